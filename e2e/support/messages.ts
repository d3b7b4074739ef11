// The app's own message catalogues, so specs assert the texts people actually read without copying
// them: a key missing from a catalogue fails the spec instead of silently matching nothing.
import { readFileSync } from "node:fs";
import path from "node:path";

type Catalogue = { [key: string]: string | Catalogue };

function load(locale: "fr" | "en"): Catalogue {
  return JSON.parse(
    readFileSync(path.join(import.meta.dirname, "..", "..", "messages", `${locale}.json`), "utf8"),
  ) as Catalogue;
}

function translator(locale: "fr" | "en") {
  const catalogue = load(locale);
  return (key: string, values: Record<string, string | number> = {}): string => {
    let node: string | Catalogue | undefined = catalogue;
    for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
    if (typeof node !== "string") throw new Error(`messages/${locale}.json has no message "${key}"`);
    // "{name}" takes the value as it is, "{name, number}" formats it in the locale, as next-intl does.
    return node.replace(/\{(\w+)(, number)?\}/g, (whole, name: string, number?: string) => {
      if (!(name in values)) return whole;
      return number ? new Intl.NumberFormat(locale).format(Number(values[name])) : String(values[name]);
    });
  };
}

/** French text of a message key (French is the default language). */
export const fr = translator("fr");
/** English text of a message key. */
export const en = translator("en");
