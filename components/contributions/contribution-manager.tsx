"use client";

import { useLocale, useTranslations } from "next-intl";
import { deleteContributionAction } from "@/app/actions/contributions";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { useRecordEditor } from "@/components/forms/use-record-editor";
import { ContributionForm } from "@/components/contributions/contribution-form";
import { Button } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import { formatAmount, formatNumber } from "@/lib/numbers/format";

export type TProjectRow = {
  id: string;
  name: string;
  kind: "AVOIDANCE" | "REMOVAL";
  standard: string | null;
  registry: string | null;
  vintage: number;
  tonnes: number;
  pricePerTonneEur: number;
  totalEur: number;
};

export function ContributionManager({
  orgSlug,
  projects,
  canManage,
}: {
  orgSlug: string;
  projects: TProjectRow[];
  canManage: boolean;
}) {
  const t = useTranslations("contributions");
  const locale = useLocale();
  const editor = useRecordEditor(projects);
  return (
    <div className="space-y-4">
      {canManage && !editor.creating ? (
        <Button onClick={() => editor.setEditing("new")}>{t("form.open")}</Button>
      ) : null}
      {editor.error ? (
        <p role="alert" className="text-sm text-red-700">
          {editor.error}
        </p>
      ) : null}
      {canManage && editor.creating ? <ContributionForm orgSlug={orgSlug} onDone={editor.done} /> : null}
      <Table label={t("table.label")}>
        <thead>
          <tr>
            <Th>{t("fields.name")}</Th>
            <Th className="hidden sm:table-cell">{t("fields.kind")}</Th>
            <Th className="hidden sm:table-cell">{t("fields.vintage")}</Th>
            <Th className="text-right">{t("fields.tonnes")}</Th>
            <Th className="hidden text-right sm:table-cell">{t("fields.price")}</Th>
            <Th className="text-right">{t("table.total")}</Th>
            {canManage ? <Th /> : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {projects.map((p) => (
            <tr key={p.id}>
              <Td>
                <span className="font-medium">{p.name}</span>
                {/* On a phone the hidden columns' facts sit under the name. */}
                <span className="block text-xs text-slate-500 sm:hidden">
                  {t(`kinds.${p.kind}`)} · {p.vintage} · {formatAmount(p.pricePerTonneEur, "EUR", locale)}/t
                </span>
                {p.standard || p.registry ? (
                  <span className="block text-xs text-slate-500">
                    {[p.standard, p.registry].filter(Boolean).join(" · ")}
                  </span>
                ) : null}
              </Td>
              <Td className="hidden sm:table-cell">{t(`kinds.${p.kind}`)}</Td>
              <Td className="hidden sm:table-cell">{p.vintage}</Td>
              <Td className="text-right tabular-nums">{formatNumber(p.tonnes, locale, 3)}</Td>
              <Td className="hidden text-right tabular-nums sm:table-cell">
                {formatAmount(p.pricePerTonneEur, "EUR", locale)}
              </Td>
              <Td className="text-right tabular-nums">{formatAmount(p.totalEur, "EUR", locale)}</Td>
              {canManage ? (
                <Td className="text-right">
                  <ConfirmButton
                    label={t("table.delete")}
                    confirmLabel={t("table.deleteConfirm")}
                    variant="ghost"
                    onConfirm={() => editor.run(deleteContributionAction(orgSlug, { id: p.id }))}
                  />
                </Td>
              ) : null}
            </tr>
          ))}
          {projects.length === 0 ? (
            <tr>
              <Td className="text-slate-500">{t("table.none")}</Td>
            </tr>
          ) : null}
        </tbody>
      </Table>
    </div>
  );
}
