"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { DefaultValues, FieldValues } from "react-hook-form";
import type { z } from "zod";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { parseMessageKey } from "@/lib/validation";

type TPreview = { id: string; status: "PREVIEWED" | "FAILED" };

// A BoaviztAPI form: validated in the browser and by the action with the same locale-built schema; on
// success the import's page (its preview and confirmation), as after a file upload. The API's failures and
// the pipeline's refusals (the same assessment already imported) are shown as their own message.
export function useBoaviztaApiForm<TIn extends FieldValues, TOut>(options: {
  orgSlug: string;
  schema: (locale: string) => z.ZodType<TOut, TIn>;
  defaultValues: DefaultValues<TIn>;
  action: (orgSlug: string, values: TOut) => Promise<ActionResult<TPreview>>;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [apiError, setApiError] = useState<string | null>(null);
  const form = useActionForm({
    schema: options.schema,
    defaultValues: options.defaultValues,
    submit: async (values) => {
      setApiError(null);
      const result = await options.action(options.orgSlug, values);
      const refusal = result.ok ? undefined : (result.fieldErrors?.api ?? result.fieldErrors?.file);
      if (refusal) {
        const { key, values: params } = parseMessageKey(refusal);
        setApiError(t.has(key) ? t(key, params) : t("errors.INTERNAL"));
      }
      return result;
    },
    onSuccess: (preview) => router.push(`/${options.orgSlug}/imports/${preview.id}`),
  });
  // The specific message replaces the generic "invalid input" the form would show.
  return { ...form, message: apiError ?? form.formError };
}
