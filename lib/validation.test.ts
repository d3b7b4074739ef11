import { describe, expect, it } from "vitest";
import { fieldErrorsOf, optionalInt, parseMessageKey, translateValidation, z } from "@/lib/validation";
import { ZSiteCreate } from "@/lib/sites/schemas";
import { ZSetup } from "@/lib/auth/schemas";

describe("validation messages are translation keys", () => {
  it("reports an empty required string as validation.required", () => {
    const result = ZSiteCreate.safeParse({ name: "", kind: "OFFICE", country: "FR" });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrorsOf(result.error).name).toBe("validation.required");
  });

  it("carries parameters in the key", () => {
    const result = z.string().min(3).safeParse("ab");
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.message).toBe("validation.tooShort?min=3");
    expect(parseMessageKey("validation.tooShort?min=3")).toEqual({ key: "validation.tooShort", values: { min: "3" } });
  });

  it("rejects a country that is not two letters, and upper-cases a valid one", () => {
    expect(ZSiteCreate.safeParse({ name: "A", kind: "OFFICE", country: "France" }).success).toBe(false);
    const ok = ZSiteCreate.parse({
      name: "A",
      kind: "OFFICE",
      country: "fr",
      address: "",
      city: "",
      surfaceM2: "",
      headcount: "",
    });
    expect(ok).toMatchObject({ country: "FR", address: null, surfaceM2: null });
  });

  it("turns numeric strings into integers and refuses decimals", () => {
    expect(optionalInt(0, 10).parse("7")).toBe(7);
    expect(optionalInt(0, 10).safeParse("7.5").success).toBe(false);
    expect(optionalInt(0, 10).safeParse("11").success).toBe(false);
  });

  it("puts a password mismatch on the confirmation field", () => {
    const result = ZSetup.safeParse({
      kind: "company",
      name: "A",
      email: "a@b.fr",
      organizationName: "Org",
      password: "abcdefghij1",
      confirmPassword: "abcdefghij2",
    });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrorsOf(result.error).confirmPassword).toBe("validation.passwordMismatch");
  });

  it("never shows a raw message that is not a known key", () => {
    const t = (key: string, values?: Record<string, string | number>) =>
      `${key}${values ? JSON.stringify(values) : ""}`;
    expect(translateValidation(t, "Invalid input: expected string")).toBe("validation.invalid");
    expect(translateValidation(t, "validation.tooLong?max=5")).toBe('validation.tooLong{"max":"5"}');
  });
});
