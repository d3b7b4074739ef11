import { createTranslator, type AbstractIntlMessages } from "use-intl/core";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";

// Exports are written in the language of the user who asked, from the app's message files, also where no
// request is at hand (the evidence pack is built by a background job).

const MESSAGES: Record<string, AbstractIntlMessages> = { fr, en };

export type TExportLocale = "fr" | "en";
export type TExportT = ((key: string, values?: Record<string, string | number>) => string) & {
  has(key: string): boolean;
};

export const exportLocale = (locale: string | null | undefined): TExportLocale => (locale === "en" ? "en" : "fr");

export function exportTranslator(locale: TExportLocale): TExportT {
  return createTranslator({ locale, messages: MESSAGES[locale]! }) as unknown as TExportT;
}
