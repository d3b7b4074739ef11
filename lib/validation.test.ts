import { describe, expect, it } from "vitest";
import {
  fieldErrorsOf,
  optionalInt,
  optionalUserDecimal,
  optionalUserInteger,
  parseMessageKey,
  translateValidation,
  userDecimal,
  z,
} from "@/lib/validation";
import { zSiteCreate } from "@/lib/sites/schemas";

const ZSiteCreate = zSiteCreate("fr");
const messageOf = (result: { error?: z.ZodError }) => result.error?.issues[0]?.message;
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

  it("reads typed numbers in the user's locale, with one message when they are not numbers", () => {
    expect(userDecimal("fr").parse("1 250,5")).toBe("1250.5");
    expect(userDecimal("en").parse("1,250.5")).toBe("1250.5");
    expect(userDecimal("en").parse(1250.5)).toBe("1250.5");
    expect(messageOf(userDecimal("fr").safeParse("1,250.5"))).toBe("validation.number");
    expect(messageOf(userDecimal("en").safeParse("0,5"))).toBe("validation.number");
    expect(messageOf(userDecimal("fr").safeParse(""))).toBe("validation.required");
    expect(optionalUserDecimal("fr").parse("  ")).toBeNull();
    expect(messageOf(optionalUserDecimal("fr", { maxFractionDigits: 2 }).safeParse("0,125"))).toBe(
      "validation.decimals?max=2",
    );
    expect(optionalUserDecimal("fr", { maxFractionDigits: 2 }).parse("0,1200")).toBe("0.1200");
    expect(messageOf(optionalUserDecimal("fr", { min: 0 }).safeParse("-0,5"))).toBe("validation.tooSmall?min=0");
    expect(messageOf(optionalUserDecimal("fr", { max: 1000 }).safeParse("1 000,01"))).toBe(
      "validation.tooBig?max=1000",
    );
    expect(optionalUserInteger("en").parse("12,000")).toBe(12000);
    expect(messageOf(optionalUserInteger("fr").safeParse("12,5"))).toBe("validation.integer");
    expect(messageOf(optionalUserInteger("fr").safeParse("douze"))).toBe("validation.integer");
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
