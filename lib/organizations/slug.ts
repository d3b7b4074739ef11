import type { Prisma } from "@/generated/prisma/client";

export function slugify(name: string): string {
  const base = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48);
  return base || "org";
}

// Slugs name URLs, so they are unique across organisations and firms alike.
const RESERVED = new Set(["api", "sign-in", "setup", "invite", "portfolio", "no-organization", "s", "p", "_next"]);

export async function uniqueSlug(tx: Prisma.TransactionClient, name: string): Promise<string> {
  const base = slugify(name);
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 && !RESERVED.has(base) ? base : `${base}-${n}`;
    if (RESERVED.has(candidate)) continue;
    const [org, firm] = await Promise.all([
      tx.organization.findUnique({ where: { slug: candidate }, select: { id: true } }),
      tx.consultingFirm.findUnique({ where: { slug: candidate }, select: { id: true } }),
    ]);
    if (!org && !firm) return candidate;
  }
  throw new Error(`No free slug for ${name}`);
}
