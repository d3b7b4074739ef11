import { ZBoaviztaChoices, type TBoaviztaChoicesInput } from "@/lib/imports/boavizta/choices";
import { parseUserNumber } from "@/lib/numbers/user-number";
import { ZId, z } from "@/lib/validation";

// The upload form, read the same way from the imports page's action (app/actions/imports.ts) and from
// POST /api/v1/imports: a period, a non-empty file, and whether it replaces the committed import of the
// same file in that period. The size limit is checked by each way in before the bytes are read.
// A Boavizta output may come with the accounting answers (boaviztaUsage: auto | cloud | owned; boaviztaPue:
// an optional uplift on use, "1,2" or "1.2"); they are ignored for other files.
export const ZImportUpload = z.instanceof(FormData).transform((form, ctx) => {
  const periodId = ZId.safeParse(form.get("periodId"));
  const file = form.get("file");
  if (!periodId.success) ctx.addIssue({ code: "custom", path: ["periodId"], message: "validation.required" });
  if (!(file instanceof File) || file.size === 0)
    ctx.addIssue({ code: "custom", path: ["file"], message: "imports.errors.emptyFile" });
  const boavizta = boaviztaAnswers(form);
  if (!boavizta.success) {
    const pue = boavizta.error.issues.some((i) => i.path[0] === "pue");
    ctx.addIssue({
      code: "custom",
      path: [pue ? "boaviztaPue" : "boaviztaUsage"],
      message: pue ? "imports.errors.boaviztaPue" : "validation.invalid",
    });
  }
  if (!periodId.success || !(file instanceof File) || file.size === 0 || !boavizta.success) return z.NEVER;
  return { periodId: periodId.data, file, replace: form.get("replace") === "true", boavizta: boavizta.data };
});

function boaviztaAnswers(form: FormData) {
  const text = (key: string) => {
    const v = form.get(key);
    return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
  };
  const pue = text("boaviztaPue");
  const answers: TBoaviztaChoicesInput = {
    ...(text("boaviztaUsage") === undefined ? {} : { usage: text("boaviztaUsage") as "auto" }),
    // A comma or a point: "1,2" and "1.2" are both 1.2.
    ...(pue === undefined ? {} : { pue: Number(parseUserNumber(pue, "fr") ?? Number.NaN) }),
  };
  return ZBoaviztaChoices.safeParse(answers);
}
