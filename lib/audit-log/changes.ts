// Bookkeeping columns change on every write or never; listing them would hide the fields that matter.
const IGNORED = new Set(["id", "organizationId", "createdAt", "updatedAt"]);

type Json = unknown;

function asRecord(value: Json): Record<string, Json> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, Json>) : {};
}

// Snapshots are JSON already, so comparing their serialisations is exact.
export function changedFields(before: Json, after: Json): string[] {
  const a = asRecord(before);
  const b = asRecord(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.filter((key) => !IGNORED.has(key) && JSON.stringify(a[key] ?? null) !== JSON.stringify(b[key] ?? null));
}
