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
    return interpolate(choosePlural(node, locale, values), locale, values);
  };
}

function interpolate(text: string, locale: "fr" | "en", values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)(, number)?\}/g, (whole, name: string, number?: string) => {
    if (!(name in values)) return whole;
    return number ? new Intl.NumberFormat(locale).format(Number(values[name])) : String(values[name]);
  });
}

// A whole-message "{count, plural, =0 {…} one {…} other {…}}": the branch next-intl would pick, with "#"
// as the number formatted in the locale.
function choosePlural(text: string, locale: "fr" | "en", values: Record<string, string | number>): string {
  const head = /^\{(\w+), plural,/.exec(text);
  if (!head || !text.endsWith("}")) return text;
  const n = Number(values[head[1] as string]);
  const branches = new Map<string, string>();
  let i = head[0].length;
  while (i < text.length - 1) {
    const selector = /^\s*(=?\w+)\s*\{/.exec(text.slice(i));
    if (!selector) break;
    let depth = 1;
    let j = i + selector[0].length;
    const start = j;
    for (; depth > 0; j++) depth += text[j] === "{" ? 1 : text[j] === "}" ? -1 : 0;
    branches.set(selector[1] as string, text.slice(start, j - 1));
    i = j;
  }
  const branch =
    branches.get(`=${n}`) ?? branches.get(new Intl.PluralRules(locale).select(n)) ?? branches.get("other") ?? text;
  return branch.replaceAll("#", new Intl.NumberFormat(locale).format(n));
}

/** French text of a message key (French is the default language). */
export const fr = translator("fr");
/** English text of a message key. */
export const en = translator("en");
