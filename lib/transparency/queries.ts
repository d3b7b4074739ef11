import type { Db } from "@/lib/db/client";
import { SLUG_PATTERN, ZSnapshot, ZStoredSections, type TSnapshot } from "@/lib/transparency/schemas";
import { TOKEN_LENGTH } from "@/lib/transparency/token";

// The public page by its token or readable slug: only the stored snapshot, and only while not revoked.
// One indexed lookup; never the organisation's live data. Null for anything else (unknown, revoked, malformed).
export async function publishedSnapshot(db: Db, key: string): Promise<TSnapshot | null> {
  const where =
    key.length === TOKEN_LENGTH && /^[A-Za-z0-9_-]+$/.test(key)
      ? { token: key }
      : key.length <= 40 && SLUG_PATTERN.test(key)
        ? { slug: key }
        : null;
  if (!where) return null;
  const row = await db.transparencyPage.findFirst({ where: { ...where, revokedAt: null }, select: { snapshot: true } });
  if (!row) return null;
  const parsed = ZSnapshot.safeParse(row.snapshot);
  if (!parsed.success) {
    console.error("[transparency] a stored snapshot no longer matches ZSnapshot", parsed.error.issues.slice(0, 3));
    return null;
  }
  return parsed.data;
}

/** The management page's view of the organisation's page (null: never published). */
export async function managedPage(db: Db, organizationId: string) {
  const row = await db.transparencyPage.findUnique({
    where: { organizationId },
    select: { token: true, slug: true, sections: true, publishedAt: true, revokedAt: true },
  });
  if (!row) return null;
  return { ...row, sections: ZStoredSections.parse(row.sections), live: row.revokedAt === null };
}
