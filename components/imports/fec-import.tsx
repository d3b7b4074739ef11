"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { analyseFecAction, previewFecAction, resetFecMappingAction, saveFecMappingAction } from "@/app/actions/fec";
import { FormError, FormSuccess } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import { Field, controlClass } from "@/components/ui/field";
import { FecAccounts, type TFecChoices, type TFecEdit } from "@/components/imports/fec-accounts";
import { FecCommit } from "@/components/imports/fec-commit";
import { FecErrors, FecRows, FecShares } from "@/components/imports/fec-results";
import type { TFecPreview } from "@/lib/imports/fec/preview-types";
import { IMPORT_MAX_BYTES, IMPORT_MAX_MB } from "@/lib/imports/limits";
import type { TImportRowError } from "@/lib/imports/types";

type Props = {
  orgSlug: string;
  periods: { id: string; label: string }[];
  defaultPeriodId: string | null;
  choices: TFecChoices;
};

// Upload an FEC for a period, then map its accounts: each edit is saved for the organisation at once and
// the spend rows are previewed again with their kgCO2e (computed on the server by the engine).
export function FecImport({ orgSlug, periods, defaultPeriodId, choices }: Props) {
  const t = useTranslations();
  const locale = useLocale();
  const [pending, startTransition] = useTransition();
  const [periodId, setPeriodId] = useState(defaultPeriodId ?? "");
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<TFecPreview | null>(null);
  const [fileName, setFileName] = useState("");
  const [analysed, setAnalysed] = useState<File | null>(null); // the file the preview is of, for the import
  const [fileErrors, setFileErrors] = useState<TImportRowError[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (periods.length === 0) return <EmptyState title={t("imports.fec.noPeriods")} />;

  const failed = (result: { error: string; fieldErrors?: Record<string, string> }) => {
    const field = Object.values(result.fieldErrors ?? {})[0];
    setError(
      field?.startsWith("imports.")
        ? t(field as never, { max: IMPORT_MAX_MB } as never)
        : t(`errors.${result.error}` as never),
    );
  };

  const analyse = (event: React.FormEvent) => {
    event.preventDefault();
    if (!file) return;
    // The imports page's limit: a larger file would not reach the server (body size limits, next.config.ts).
    if (file.size > IMPORT_MAX_BYTES) return setError(t("imports.errors.tooLarge", { max: IMPORT_MAX_MB }));
    startTransition(async () => {
      setError(null);
      setNotice(null);
      const form = new FormData();
      form.set("periodId", periodId);
      form.set("file", file);
      const result = await analyseFecAction(orgSlug, form);
      if (!result.ok) return failed(result);
      const { fileName: name, ...data } = result.data;
      setFileName(name);
      setAnalysed(file);
      setPreview(data);
      setFileErrors(data.errors);
    });
  };

  const refresh = async (current: TFecPreview) => {
    const accounts = current.accounts.map(({ account, label, kind, debit, credit, net, lines, firstLine }) => ({
      ...{ account, label, kind, debit, credit, net, lines, firstLine },
    }));
    const result = await previewFecAction(orgSlug, { periodId: current.periodId, accounts, lines: current.lines });
    if (!result.ok) return failed(result);
    setPreview({ ...result.data, errors: fileErrors.length > 0 ? fileErrors : result.data.errors });
  };

  const edit = (e: TFecEdit) =>
    startTransition(async () => {
      if (!preview) return;
      setError(null);
      const result = await saveFecMappingAction(orgSlug, e);
      if (!result.ok) return failed(result);
      setNotice(t("imports.fec.saved", { account: e.account }));
      await refresh(preview);
    });

  const reset = (account: string) =>
    startTransition(async () => {
      if (!preview) return;
      setError(null);
      const result = await resetFecMappingAction(orgSlug, { account });
      if (!result.ok) return failed(result);
      await refresh(preview);
    });

  return (
    <div className="space-y-6">
      <Card>
        <form
          aria-label={t("imports.fec.uploadLabel")}
          onSubmit={analyse}
          className="grid gap-4 md:grid-cols-[1fr_2fr_auto] md:items-end"
        >
          <Field id="fec-period" label={t("imports.fec.period")}>
            <select
              id="fec-period"
              className={controlClass(false)}
              value={periodId}
              onChange={(e) => setPeriodId(e.target.value)}
            >
              {periods.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
          </Field>
          <Field id="fec-file" label={t("imports.fec.file")}>
            <input
              id="fec-file"
              type="file"
              accept=".txt,.csv,.tsv,text/plain"
              className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </Field>
          <Button type="submit" disabled={pending || !file || !periodId}>
            {pending ? t("imports.fec.reading") : t("imports.fec.analyse")}
          </Button>
        </form>
        <div className="mt-3 space-y-2">
          <FormError message={error} />
          <FormSuccess message={notice} />
        </div>
      </Card>
      {preview ? (
        <>
          <p className="text-sm text-slate-600">
            {t("imports.fec.fileSummary", {
              file: fileName,
              lines: preview.lines,
              accounts: preview.accounts.length,
              year: preview.spendYear,
            })}
          </p>
          <FecErrors errors={preview.errors} />
          <FecShares totals={preview.totals} locale={locale} />
          <FecAccounts
            accounts={preview.accounts}
            choices={choices}
            locale={locale}
            pending={pending}
            onEdit={edit}
            onReset={reset}
          />
          <FecRows preview={preview} choices={choices} locale={locale} />
          {analysed ? (
            <FecCommit
              orgSlug={orgSlug}
              periodId={preview.periodId}
              file={analysed}
              rows={preview.rows.length}
              blocked={preview.errors.length > 0 || preview.rows.some((r) => !r.preview.ok)}
              busy={pending}
            />
          ) : null}
        </>
      ) : null}
    </div>
  );
}
