import { getTranslations } from "next-intl/server";
import { changedFields } from "@/lib/audit-log/changes";

function JsonBlock({ title, value }: { title: string; value: unknown }) {
  return (
    <div className="min-w-0">
      <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">{title}</p>
      <pre className="max-h-80 max-w-xl overflow-auto rounded bg-slate-50 p-2 text-xs text-slate-800">
        {JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );
}

// The summary is the compact list of changed fields; opening it shows both snapshots in full.
export async function AuditEventDetails({ before, after }: { before: unknown; after: unknown }) {
  const t = await getTranslations("audit");
  const fields = changedFields(before, after);
  const hasSnapshot = before != null || after != null;
  if (!hasSnapshot) return <span className="text-slate-400">—</span>;
  return (
    <details className="group">
      <summary className="cursor-pointer text-sm text-slate-700 marker:text-slate-400">
        {fields.length ? <span className="font-mono text-xs">{fields.join(", ")}</span> : t("noFieldChanged")}
      </summary>
      <div className="mt-2 grid gap-3">
        {before != null ? <JsonBlock title={t("before")} value={before} /> : null}
        {after != null ? <JsonBlock title={t("after")} value={after} /> : null}
      </div>
    </details>
  );
}
