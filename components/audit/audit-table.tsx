import { getLocale, getTranslations } from "next-intl/server";
import { AuditEventDetails } from "@/components/audit/audit-event-details";
import { EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { AuditEventRow } from "@/lib/audit-log/queries";
import { formatDateTime } from "@/lib/numbers/format";

export async function AuditTable({
  events,
  entityLabel,
}: {
  events: AuditEventRow[];
  entityLabel: (type: string) => string;
}) {
  const t = await getTranslations("audit");
  // Known actions read as a sentence; the raw code stays visible for auditors and for newer actions.
  const actionLabel = (action: string) => {
    const key = `actions.${action.replace(".", "_")}`;
    return t.has(key) ? t(key) : action;
  };
  const locale = await getLocale();
  if (events.length === 0) return <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>;
  return (
    <Table label={t("title")}>
      <thead>
        <tr>
          <Th>{t("when")}</Th>
          <Th>{t("actor")}</Th>
          <Th>{t("action")}</Th>
          <Th>{t("entity")}</Th>
          <Th>{t("changes")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {events.map((event) => (
          <tr key={event.id} className="align-top">
            <Td className="whitespace-nowrap align-top tabular-nums">
              <time dateTime={event.createdAt.toISOString()}>{formatDateTime(event.createdAt, locale)}</time>
            </Td>
            <Td className="align-top">{event.actorEmail ?? <span className="text-slate-500">{t("system")}</span>}</Td>
            <Td className="align-top">
              {actionLabel(event.action)}
              <code className="block text-xs text-slate-500">{event.action}</code>
            </Td>
            <Td className="align-top">
              {entityLabel(event.entityType)}
              <span className="block font-mono text-xs text-slate-500" title={event.entityId}>
                {event.entityId.slice(0, 12)}
              </span>
            </Td>
            <Td className="align-top">
              <AuditEventDetails before={event.before} after={event.after} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
