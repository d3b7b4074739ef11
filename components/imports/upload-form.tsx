"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { uploadImportAction } from "@/app/actions/imports";
import { FormError } from "@/components/forms/form-error";
import { BoaviztaAnswers } from "@/components/imports/boavizta-answers";
import { Button } from "@/components/ui/button";
import { controlClass, Field } from "@/components/ui/field";

// Period + file → the preview page. A file already imported into the period is refused with a choice to
// replace the earlier import; a file over the size limit is refused before it is sent.
export function ImportUploadForm({
  orgSlug,
  periods,
  maxMb,
}: {
  orgSlug: string;
  periods: { id: string; label: string }[];
  maxMb: number;
}) {
  const t = useTranslations("imports.upload");
  const tAll = useTranslations();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [duplicate, setDuplicate] = useState(false);
  const [pending, startTransition] = useTransition();

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (file instanceof File && file.size > maxMb * 1024 * 1024) {
      setError(tAll("imports.errors.tooLarge", { max: maxMb }));
      return;
    }
    startTransition(async () => {
      const result = await uploadImportAction(orgSlug, form);
      if (result.ok) {
        router.push(`/${orgSlug}/imports/${result.data.id}`);
        return;
      }
      const key =
        result.fieldErrors?.file ??
        result.fieldErrors?.periodId ??
        result.fieldErrors?.boaviztaPue ??
        result.fieldErrors?.boaviztaLifetime ??
        result.fieldErrors?.boaviztaCoveredHours ??
        result.fieldErrors?.boaviztaEmbedded ??
        result.fieldErrors?.boaviztaUsage ??
        `errors.${result.error}`;
      setDuplicate(key === "imports.errors.duplicate" || duplicate);
      setError(tAll.has(key) ? tAll(key, { max: maxMb }) : tAll("errors.INTERNAL"));
    });
  }

  if (periods.length === 0) return <p className="text-sm text-slate-600">{t("noOpenPeriod")}</p>;
  return (
    <form onSubmit={submit} className="space-y-4" aria-label={t("title")}>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="import-period" label={t("period")}>
          <select id="import-period" name="periodId" className={controlClass(false)} defaultValue={periods[0]?.id}>
            {periods.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </Field>
        <Field id="import-file" label={t("fileAll")} hint={t("fileHintAll", { max: maxMb })}>
          <input
            id="import-file"
            name="file"
            type="file"
            required
            accept=".csv,.txt,.xlsx,.json,.jsonl,.prom,text/csv,text/plain,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium file:text-slate-800 hover:file:bg-slate-200"
          />
        </Field>
      </div>
      <BoaviztaAnswers />
      {duplicate ? (
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" name="replace" value="true" className="size-4 rounded border-slate-300" />
          {t("replace")}
        </label>
      ) : null}
      <FormError message={error} />
      <Button type="submit" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
