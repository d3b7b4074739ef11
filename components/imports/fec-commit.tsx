"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { confirmImportAction, uploadImportAction } from "@/app/actions/imports";
import { FormError } from "@/components/forms/form-error";
import { reasonOf } from "@/components/imports/reason";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

type Props = {
  orgSlug: string;
  periodId: string;
  file: File;
  rows: number;
  blocked: boolean; // the file or a row has errors: nothing can be imported
  busy: boolean; // a mapping is being saved: the import waits for it
};

// The mapping screen's way into the one import pipeline: the same file goes through the imports page's
// upload action (read with the mapping just saved) and, once previewed without errors, its commit job is
// started; the import's page then shows the progress. A file already imported into the period is refused
// with the choice to replace the earlier import, as on the imports page.
export function FecCommit({ orgSlug, periodId, file, rows, blocked, busy }: Props) {
  const t = useTranslations("imports.fec");
  const tAll = useTranslations();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [duplicate, setDuplicate] = useState(false);
  const [replace, setReplace] = useState(false);
  const [pending, startTransition] = useTransition();

  const commit = () =>
    startTransition(async () => {
      setError(null);
      const form = new FormData();
      form.set("periodId", periodId);
      form.set("file", file);
      if (replace) form.set("replace", "true");
      const uploaded = await uploadImportAction(orgSlug, form);
      if (!uploaded.ok) {
        setDuplicate((was) => was || uploaded.fieldErrors?.file === "imports.errors.duplicate");
        return setError(reasonOf(uploaded, tAll));
      }
      const page = `/${orgSlug}/imports/${uploaded.data.id}`;
      // A file the pipeline refuses row by row: its page lists the errors, nothing is committed.
      if (uploaded.data.status !== "PREVIEWED") return router.push(page);
      const started = await confirmImportAction(orgSlug, { importId: uploaded.data.id });
      if (!started.ok) return setError(reasonOf(started, tAll));
      router.push(page);
    });

  return (
    <Card className="space-y-3">
      <h2 className="text-lg font-semibold text-slate-900">{t("commitTitle")}</h2>
      <p className="text-sm text-slate-600">{blocked ? t("commitBlocked") : t("commitHint")}</p>
      {duplicate ? (
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            className="size-4 rounded border-slate-300"
            checked={replace}
            onChange={(e) => setReplace(e.target.checked)}
          />
          {tAll("imports.upload.replace")}
        </label>
      ) : null}
      <FormError message={error} />
      <Button data-testid="fec-commit" onClick={commit} disabled={pending || busy || blocked || rows === 0}>
        {pending ? t("committing") : t("commit", { count: rows })}
      </Button>
    </Card>
  );
}
