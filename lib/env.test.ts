import { describe, expect, it } from "vitest";
import { boaviztaApiUrl, parseEnv } from "./env";

const base = { DATABASE_URL: "postgresql://albedo@localhost:5432/albedo", AUTH_SECRET: "0123456789abcdef" };

describe("parseEnv: APP_URL", () => {
  it("is required in production, with a message saying what to set", () => {
    expect(() => parseEnv({ ...base, NODE_ENV: "production" })).toThrow(/APP_URL is required in production/);
    expect(parseEnv({ ...base, NODE_ENV: "production", APP_URL: "https://albedo.example.com" }).APP_URL).toBe(
      "https://albedo.example.com",
    );
  });

  it("stays optional in development and tests", () => {
    expect(parseEnv({ ...base, NODE_ENV: "development" }).APP_URL).toBeUndefined();
    expect(parseEnv({ ...base, NODE_ENV: "test" }).APP_URL).toBeUndefined();
  });

  it("must be a URL", () => {
    expect(() => parseEnv({ ...base, APP_URL: "albedo.example.com" })).toThrow(/APP_URL/);
  });
});

describe("parseEnv: SMTP_URL and MAIL_FROM", () => {
  it("are optional, and SMTP_URL takes smtp:// and smtps:// URLs only", () => {
    expect(parseEnv(base).SMTP_URL).toBeUndefined();
    expect(parseEnv({ ...base, SMTP_URL: "smtps://user:pass@mail.example.com:465" }).SMTP_URL).toBe(
      "smtps://user:pass@mail.example.com:465",
    );
    expect(() => parseEnv({ ...base, SMTP_URL: "https://mail.example.com" })).toThrow(/smtp:\/\/ or smtps:\/\//);
    expect(parseEnv({ ...base, MAIL_FROM: "Carbone <carbone@example.com>" }).MAIL_FROM).toBe(
      "Carbone <carbone@example.com>",
    );
  });
});

describe("boaviztaApiUrl", () => {
  it("is null when unset or empty, the base address without its trailing slash otherwise", () => {
    expect(boaviztaApiUrl({})).toBeNull();
    expect(boaviztaApiUrl({ BOAVIZTAPI_URL: "" })).toBeNull();
    expect(boaviztaApiUrl({ BOAVIZTAPI_URL: "http://boaviztapi:5000/" })).toBe("http://boaviztapi:5000");
  });

  it("refuses what is not an http(s) address", () => {
    expect(() => boaviztaApiUrl({ BOAVIZTAPI_URL: "boaviztapi:5000" })).toThrow(/BOAVIZTAPI_URL/);
    expect(() => boaviztaApiUrl({ BOAVIZTAPI_URL: "ftp://boaviztapi" })).toThrow(/http:\/\/ or https:\/\//);
  });
});
