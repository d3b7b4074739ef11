import { describe, expect, it } from "vitest";
import {
  fieldErrorsOf,
  optionalInt,
  optionalUserDecimal,
  optionalUserInteger,
  isSafeText,
  optionalText,
  parseMessageKey,
  requiredText,
  translateValidation,
  userDecimal,
  z,
} from "@/lib/validation";
import { zSiteCreate } from "@/lib/sites/schemas";

const ZSiteCreate = zSiteCreate("fr");
const messageOf = (result: { error?: z.ZodError }) => result.error?.issues[0]?.message;
import { ZSetup, ZSignIn } from "@/lib/auth/schemas";
import { ZPassword } from "@/lib/auth/password-rules";

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
    expect(translateValidation(t, "notationKeys.errors.hasLines")).toBe("notationKeys.errors.hasLines{}");
    expect(translateValidation(t, "notationKeys.title")).toBe("validation.invalid");
  });
});

describe("text typed by people", () => {
  const NOT_ALLOWED = "validation.controlCharacters";

  it("trims and keeps ordinary text, accents, emoji and non-breaking spaces", () => {
    expect(requiredText(120).parse("  Siège social  ")).toBe("Siège social");
    expect(requiredText(120).parse("Usine n°\u00A02 – Lyon 🏭")).toBe("Usine n°\u00A02 – Lyon 🏭");
    expect(requiredText(120).parse("東京オフィス")).toBe("東京オフィス");
  });

  it("refuses NUL, other C0 controls, DEL and C1 controls with one message", () => {
    for (const bad of ["Acme\u0000", "\u0007Bell", "Es\u001Bcape", "Del\u007F", "C1\u0085next", "a\u009Fb"]) {
      expect(messageOf(requiredText(120).safeParse(bad))).toBe(NOT_ALLOWED);
    }
  });

  it("refuses tab and line breaks on one line, keeps them in multi-line fields", () => {
    expect(messageOf(requiredText(120).safeParse("Ligne 1\nLigne 2"))).toBe(NOT_ALLOWED);
    expect(messageOf(requiredText(120).safeParse("Col 1\tCol 2"))).toBe(NOT_ALLOWED);
    const note = "Facture n° 42\r\n\tMontant : 1 250,50 €";
    expect(requiredText(2000, { multiline: true }).parse(note)).toBe(note);
    expect(messageOf(requiredText(2000, { multiline: true }).safeParse("ok\u0000"))).toBe(NOT_ALLOWED);
    expect(messageOf(requiredText(2000, { multiline: true }).safeParse("form\u000Cfeed"))).toBe(NOT_ALLOWED);
  });

  it("refuses lone UTF-16 surrogates but keeps paired ones", () => {
    expect(isSafeText("😀")).toBe(true);
    expect(isSafeText("a\uD83Db")).toBe(false);
    expect(isSafeText("\uDE00")).toBe(false);
    expect(isSafeText("end\uD83D")).toBe(false);
  });

  it("bounds the length after trimming, and reports the control characters first", () => {
    expect(requiredText(5).parse("  abcde  ")).toBe("abcde");
    expect(messageOf(requiredText(5).safeParse("abcdef"))).toBe("validation.tooLong?max=5");
    expect(messageOf(requiredText(5).safeParse("   "))).toBe("validation.required");
    expect(messageOf(requiredText(120, { min: 2 }).safeParse("a"))).toBe("validation.tooShort?min=2");
    expect(messageOf(requiredText(5).safeParse("abcdef\u0000"))).toBe(NOT_ALLOWED);
  });

  it("reads an empty optional text as null, and checks a given one", () => {
    expect(optionalText(200).parse("   ")).toBeNull();
    expect(optionalText(200).parse(undefined)).toBeNull();
    expect(optionalText(200).parse(" Paris ")).toBe("Paris");
    expect(messageOf(optionalText(200).safeParse("Paris\u0000"))).toBe(NOT_ALLOWED);
  });

  it("never trims a password; a new one refuses control characters, a sign-in only compares", () => {
    expect(ZPassword.parse("  spaced pass 42  ")).toBe("  spaced pass 42  ");
    expect(messageOf(ZPassword.safeParse("password42\u0000"))).toBe(NOT_ALLOWED);
    expect(messageOf(ZPassword.safeParse("password42\uD800"))).toBe(NOT_ALLOWED);
    expect(ZSignIn.parse({ email: "a@b.example", password: " old\tpassword " }).password).toBe(" old\tpassword ");
  });
});
