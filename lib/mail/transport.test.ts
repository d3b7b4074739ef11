import { describe, expect, it } from "vitest";
import { defaultMailFrom } from "@/lib/mail/transport";

describe("default sender", () => {
  it("is no-reply at the host people use to reach Albedo, without port or path", () => {
    expect(defaultMailFrom("https://carbone.example.org:8443/albedo")).toBe("Albedo <no-reply@carbone.example.org>");
    expect(defaultMailFrom("http://localhost:3000")).toBe("Albedo <no-reply@localhost>");
  });
});
