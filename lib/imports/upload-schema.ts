import { ZBoaviztaChoices, type TBoaviztaChoicesInput } from "@/lib/imports/boavizta/choices";
import { parseUserNumber } from "@/lib/numbers/user-number";
import { ZId, z } from "@/lib/validation";

// The upload form, read the same way from the imports page's action (app/actions/imports.ts) and from
// POST /api/v1/imports: a period, a non-empty file, and whether it replaces the committed import of the
// same file in that period. The size limit is checked by each way in before the bytes are read.
// A Boavizta output may come with the accounting answers (boaviztaUsage: auto | cloud | owned;
// boaviztaEmbedded: method | whole; boaviztaPue: an optional uplift on use, "1,2" or "1.2"; boaviztaLifetime:
// years; boaviztaCoveredHours: the hours a response without a duration covers); ignored for other files.
export const ZImportUpload = z.instanceof(FormData).transform((form, ctx) => {
  const periodId = ZId.safeParse(form.get("periodId"));
  const file = form.get("file");
  if (!periodId.success) ctx.addIssue({ code: "custom", path: ["periodId"], message: "validation.required" });
  if (!(file instanceof File) || file.size === 0)
    ctx.addIssue({ code: "custom", path: ["file"], message: "imports.errors.emptyFile" });
  const boavizta = boaviztaAnswers(form);
  if (!boavizta.success) {
    const field = ANSWER_FIELDS[String(boavizta.error.issues[0]?.path[0])] ?? ANSWER_FIELDS.usage!;
    ctx.addIssue({ code: "custom", path: [field.name], message: field.message });
  }
  if (!periodId.success || !(file instanceof File) || file.size === 0 || !boavizta.success) return z.NEVER;
  return { periodId: periodId.data, file, replace: form.get("replace") === "true", boavizta: boavizta.data };
});

// Each answer's form field and the message a bad value gets.
const ANSWER_FIELDS: Record<string, { name: string; message: string }> = {
  usage: { name: "boaviztaUsage", message: "validation.invalid" },
  embedded: { name: "boaviztaEmbedded", message: "validation.invalid" },
  pue: { name: "boaviztaPue", message: "imports.errors.boaviztaPue" },
  lifetimeYears: { name: "boaviztaLifetime", message: "imports.errors.boaviztaLifetime" },
  coveredHours: { name: "boaviztaCoveredHours", message: "imports.errors.boaviztaCoveredHours" },
};

function boaviztaAnswers(form: FormData) {
  const text = (key: string) => {
    const v = form.get(key);
    return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
  };
  // A comma or a point: "1,2" and "1.2" are both 1.2.
  const number = (key: string) => {
    const v = text(key);
    return v === undefined ? undefined : Number(parseUserNumber(v, "fr") ?? Number.NaN);
  };
  const answers: Record<keyof TBoaviztaChoicesInput, unknown> = {
    usage: text("boaviztaUsage"),
    embedded: text("boaviztaEmbedded"),
    pue: number("boaviztaPue"),
    lifetimeYears: number("boaviztaLifetime"),
    coveredHours: number("boaviztaCoveredHours"),
  };
  const given = Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined));
  return ZBoaviztaChoices.safeParse(given);
}
