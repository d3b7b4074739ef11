"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { translateValidation } from "@/lib/validation";

type Options<TIn extends FieldValues, TOut, R> = {
  // A schema, or one built for the page's locale (forms with numbers), as the server action does.
  schema: z.ZodType<TOut, TIn> | ((locale: string) => z.ZodType<TOut, TIn>);
  defaultValues: DefaultValues<TIn>;
  submit: (values: TOut) => Promise<ActionResult<R>>;
  onSuccess?: (data: R) => void;
};

// One form = one zod schema checked in the browser and again by the server action;
// server field errors land on the same fields, other errors as one translated message.
export function useActionForm<TIn extends FieldValues, TOut, R>({
  schema,
  defaultValues,
  submit,
  onSuccess,
}: Options<TIn, TOut, R>) {
  const t = useTranslations();
  const locale = useLocale();
  const resolver = useMemo(() => zodResolver(typeof schema === "function" ? schema(locale) : schema), [schema, locale]);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<TIn, unknown, TOut>({ resolver, defaultValues, mode: "onTouched" });

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await submit(values);
    if (result.ok) {
      onSuccess?.(result.data);
      return;
    }
    for (const [name, message] of Object.entries(result.fieldErrors ?? {})) {
      form.setError(name as Path<TIn>, { type: "server", message });
    }
    setFormError(t(`errors.${result.error}`));
  });

  const errorOf = (name: Path<TIn>): string | undefined => {
    const message = name
      .split(".")
      .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], form.formState.errors);
    const text = (message as { message?: string } | undefined)?.message;
    return translateValidation(t as never, text);
  };

  const bind = { register: form.register, errorOf };
  return { form, bind, onSubmit, formError, errorOf, submitting: form.formState.isSubmitting };
}
