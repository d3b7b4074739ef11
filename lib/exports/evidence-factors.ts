import type { Db } from "@/lib/db/client";

// The factors behind the pack's lines, looked up once each (library factors with their release's licence
// and credit line; the organisation's own custom factors), and counted as the lines go by, for the
// "Factors" sheet. Ids that match no stored factor (GWP values: "gwp:AR5:R-410A") keep their source.

export type TEvidenceFactor = {
  id: string;
  name: string | null;
  value: string | null;
  unit: string | null;
  uncertaintyPct: string | null;
  source: string;
  release: string | null;
  publisher: string | null;
  licence: string | null;
  attribution: string | null;
  lines: number;
};

const CUSTOM = "custom:";

export class EvidenceFactors {
  private readonly byId = new Map<string, TEvidenceFactor>();

  constructor(
    private readonly db: Db,
    private readonly organizationId: string,
    private readonly locale: "fr" | "en",
  ) {}

  /** Loads the factors of `ids` not seen yet. */
  async load(ids: Iterable<string>): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.byId.has(id));
    if (missing.length === 0) return;
    const customIds = missing.filter((id) => id.startsWith(CUSTOM)).map((id) => id.slice(CUSTOM.length));
    const [library, custom] = await Promise.all([
      this.db.emissionFactor.findMany({
        where: { id: { in: missing.filter((id) => !id.startsWith(CUSTOM)) } },
        select: {
          id: true,
          nameFr: true,
          nameEn: true,
          value: true,
          unitLabel: true,
          uncertaintyPct: true,
          source: true,
          version: true,
          release: { select: { publisher: true, licence: true, attribution: true } },
        },
      }),
      customIds.length === 0
        ? []
        : this.db.customFactor.findMany({
            where: { id: { in: customIds }, organizationId: this.organizationId },
            select: {
              id: true,
              nameFr: true,
              nameEn: true,
              value: true,
              unit: true,
              uncertaintyPct: true,
              version: true,
              source: true,
            },
          }),
    ]);
    const name = (f: { nameFr: string; nameEn: string | null }) =>
      this.locale === "en" ? (f.nameEn ?? f.nameFr) : f.nameFr;
    for (const f of library) {
      this.byId.set(f.id, {
        id: f.id,
        name: name(f),
        value: f.value.toFixed(),
        unit: f.unitLabel,
        uncertaintyPct: f.uncertaintyPct?.toFixed() ?? null,
        source: f.source,
        release: f.version,
        publisher: f.release.publisher,
        licence: f.release.licence,
        attribution: f.release.attribution,
        lines: 0,
      });
    }
    for (const f of custom) {
      this.byId.set(`${CUSTOM}${f.id}`, {
        id: `${CUSTOM}${f.id}`,
        name: name(f),
        value: f.value.toFixed(),
        unit: f.unit,
        uncertaintyPct: f.uncertaintyPct?.toFixed() ?? null,
        source: "custom",
        release: `v${f.version}`,
        publisher: f.source,
        licence: null,
        attribution: null,
        lines: 0,
      });
    }
    for (const id of missing) {
      if (this.byId.has(id)) continue;
      this.byId.set(id, {
        id,
        name: null,
        value: null,
        unit: null,
        uncertaintyPct: null,
        source: id.split(":")[0] ?? id,
        release: id.includes("@") ? (id.split("@").at(-1) ?? null) : null,
        publisher: null,
        licence: null,
        attribution: null,
        lines: 0,
      });
    }
  }

  /** The factor of a line (loaded before), counted once more. */
  use(id: string): TEvidenceFactor {
    const factor = this.byId.get(id) as TEvidenceFactor;
    factor.lines += 1;
    return factor;
  }

  /** Every factor used, most used first. */
  list(): TEvidenceFactor[] {
    return [...this.byId.values()]
      .filter((f) => f.lines > 0)
      .sort((a, b) => b.lines - a.lines || a.id.localeCompare(b.id));
  }
}
