/** "Validated by X", "Validated" (no name recorded, e.g. imported as validated) or "Not validated yet". */
export function validation(
  line: { validatedBy: string | null; activity: { status: string } },
  t: (key: "validatedBy" | "validated" | "notValidated", values?: { name: string }) => string,
) {
  if (line.activity.status !== "VALIDATED") return t("notValidated");
  return line.validatedBy ? t("validatedBy", { name: line.validatedBy }) : t("validated");
}
