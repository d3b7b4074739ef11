import { describe, expect, it } from "vitest";
import { errorReportCsv, type TTranslate } from "@/lib/imports/error-report";

const MESSAGES: Record<string, string> = {
  "imports.errors.negative": "“{value}” est négatif : saisissez zéro ou plus.",
  "validation.tooLong": "Au plus {max} caractères.",
  "validation.invalid": "Valeur invalide.",
};
const t = Object.assign(
  (key: string, values: Record<string, string | number> = {}) =>
    (MESSAGES[key] ?? key).replace(/\{(\w+)\}/g, (_m, name: string) => String(values[name])),
  { has: (key: string) => key in MESSAGES },
) as TTranslate;

describe("errorReportCsv", () => {
  it("writes row, column and the translated message, with the message's values, in the reader's CSV dialect", () => {
    const csv = errorReportCsv(
      [
        { row: 4, column: "Quantité", message: "imports.errors.negative", values: { value: "-12,5" } },
        { row: 7, column: "label", message: "validation.tooLong?max=200" },
        { row: null, column: null, message: "something the app does not know" },
        { row: 9, column: '=HYPERLINK("x")', message: "validation.invalid" },
      ],
      t,
      "fr",
      { row: "Ligne", column: "Colonne", message: "Message" },
    );
    expect(csv.split("\r\n")).toEqual([
      "\uFEFFLigne;Colonne;Message",
      "4;Quantité;“-12,5” est négatif : saisissez zéro ou plus.",
      "7;label;Au plus 200 caractères.",
      ";;Valeur invalide.",
      `9;"'=HYPERLINK(""x"")";Valeur invalide.`,
      "",
    ]);
  });
});
