import type { useTranslations } from "next-intl";

/** A failed import action in words: its known reason (imports.errors.*) when it has one, else its code's. */
export function reasonOf(
  result: { error: string; fieldErrors?: Record<string, string> },
  t: ReturnType<typeof useTranslations>,
): string {
  const reason = Object.values(result.fieldErrors ?? {})[0];
  if (reason && t.has(reason)) return t(reason as never);
  const code = `errors.${result.error}`;
  return t.has(code) ? t(code as never) : t("errors.INTERNAL");
}
