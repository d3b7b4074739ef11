import { describe, expect, it } from "vitest";
import { publicBaseUrl, type TPublicUrlSource } from "./public-url";

const request: TPublicUrlSource = {
  appUrl: undefined,
  host: "127.0.0.1:3000",
  forwardedHost: null,
  forwardedProto: null,
  trustedProxies: 0,
};

describe("publicBaseUrl", () => {
  it("uses APP_URL whatever the request says, without a trailing slash", () => {
    const forged = { ...request, forwardedHost: "evil.example", forwardedProto: "https", trustedProxies: 1 };
    expect(publicBaseUrl({ ...forged, appUrl: "https://albedo.example.com/" })).toBe("https://albedo.example.com");
    expect(publicBaseUrl({ ...request, appUrl: "https://example.org/albedo" })).toBe("https://example.org/albedo");
  });

  it("ignores a client-written X-Forwarded-Host when no proxy is trusted", () => {
    expect(publicBaseUrl({ ...request, forwardedHost: "evil.example", forwardedProto: "https" })).toBe(
      "http://127.0.0.1:3000",
    );
  });

  it("takes the host and protocol a trusted proxy forwarded", () => {
    const proxied = {
      ...request,
      host: "app.internal:3000",
      forwardedHost: "evil.example, albedo.example.com",
      forwardedProto: "https",
      trustedProxies: 1,
    };
    expect(publicBaseUrl(proxied)).toBe("https://albedo.example.com");
  });

  it("guesses http for a local address and https elsewhere when nothing says", () => {
    expect(publicBaseUrl({ ...request, host: "localhost:3305" })).toBe("http://localhost:3305");
    expect(publicBaseUrl({ ...request, host: "albedo.example.com" })).toBe("https://albedo.example.com");
    expect(publicBaseUrl({ ...request, host: null })).toBe("http://localhost:3000");
  });
});
