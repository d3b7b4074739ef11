import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import type { TAttribution } from "@/lib/exports/notes";
import { fromLinesSql } from "@/lib/reporting/sql";
import { ZReportOptions, type TReportStatus } from "@/lib/reporting/schemas";

// The factor releases behind a period's figures: the source and version in each line's factor id
// ("ademe:43642@23.6"; custom and GWP ids carry no version), with the licence and the credit line the
// release was installed with (FactorRelease), over the same lines as the figures (lib/reporting's FROM).

const SOURCE = Prisma.sql`split_part(e."factorId", ':', 1)`;
const VERSION = Prisma.sql`substring(e."factorId" from '@([^@:]*)$')`;

export async function factorAttributions(
  db: Db,
  organizationId: string,
  periodId: string,
  statuses: TReportStatus,
): Promise<TAttribution[]> {
  const options = ZReportOptions.parse({ periodIds: [periodId], statuses });
  const used = await db.$queryRaw<{ source: string; version: string | null; lines: number }[]>(Prisma.sql`
    SELECT ${SOURCE} AS source, ${VERSION} AS version, count(*)::int AS lines
    ${fromLinesSql(organizationId, options)}
    GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2`);
  const releases = await db.factorRelease.findMany({
    where: { OR: used.filter((u) => u.version).map((u) => ({ source: u.source, version: u.version as string })) },
    select: { source: true, version: true, publisher: true, title: true, licence: true, attribution: true },
  });
  return used.map((u) => {
    const release = releases.find((r) => r.source === u.source && r.version === u.version);
    return {
      source: u.source,
      version: u.version,
      publisher: release?.publisher ?? null,
      title: release?.title ?? null,
      licence: release?.licence ?? null,
      attribution: release?.attribution ?? null,
      lines: u.lines,
    };
  });
}
