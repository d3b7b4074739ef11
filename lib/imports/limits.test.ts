import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";
import { EVIDENCE_MAX_BYTES } from "@/lib/evidence/rules";
import { FEC_MAX_BYTES } from "@/lib/imports/fec/schemas";
import { IMPORT_MAX_BYTES, IMPORT_MAX_REQUEST_BYTES } from "@/lib/imports/limits";

// Next refuses a server-action body over serverActions.bodySizeLimit with its own generic error, and hands
// a route only the first proxyClientMaxBodySize bytes of a body (proxy.ts runs on every request): both must
// let the largest acceptable upload through, so the action or the API answers a too-large file itself.
const bytesOf = (limit: unknown) => {
  if (typeof limit === "number") return limit;
  const m = /^(\d+)(kb|mb)$/i.exec(String(limit));
  if (!m) throw new Error(`unreadable size limit ${String(limit)}`);
  return Number(m[1]) * (m[2]?.toLowerCase() === "mb" ? 1024 * 1024 : 1024);
};

describe("upload size limits", () => {
  it("the FEC screen reads what the imports page accepts", () => {
    expect(FEC_MAX_BYTES).toBe(IMPORT_MAX_BYTES);
    expect(IMPORT_MAX_BYTES).toBe(20 * 1024 * 1024);
  });

  it("Next's body limits let the largest import or evidence file through, with its multipart envelope", () => {
    const largest = Math.max(IMPORT_MAX_BYTES, EVIDENCE_MAX_BYTES, FEC_MAX_BYTES);
    expect(IMPORT_MAX_REQUEST_BYTES).toBeGreaterThan(largest);
    const experimental = nextConfig.experimental ?? {};
    expect(bytesOf(experimental.serverActions?.bodySizeLimit)).toBeGreaterThanOrEqual(IMPORT_MAX_REQUEST_BYTES);
    // Strictly above: the API reads a body up to IMPORT_MAX_REQUEST_BYTES and answers 413 past it, which it
    // can only see if the proxy did not cut the body at exactly that length.
    expect(bytesOf(experimental.proxyClientMaxBodySize)).toBeGreaterThan(IMPORT_MAX_REQUEST_BYTES);
    // …and not far above it: a body limit is also a memory bound per request.
    expect(bytesOf(experimental.serverActions?.bodySizeLimit)).toBeLessThan(largest + 2 * 1024 * 1024);
  });
});
