import { DEFAULT_LOCALE, isLocale, type Locale } from "@/i18n/config";

// The respondent's language: the switch they used (?lang= or the form's hidden field), else the browser's
// first choice, else French. No cookie: the public pages set none. Pure.
export function respondentLocale(chosen: string | null | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(chosen)) return chosen;
  for (const part of (acceptLanguage ?? "").split(",")) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (isLocale(tag)) return tag;
  }
  return DEFAULT_LOCALE;
}
