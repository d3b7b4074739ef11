import { describe, expect, it } from "vitest";
import { canRetry, effectiveStatus, elapsedMs, isStale, percentOf, STALE_AFTER_MS } from "@/lib/jobs/status";

const now = new Date("2026-12-05T10:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

describe("job run status", () => {
  it("takes a running job without a recent heartbeat for dead, and only a running one", () => {
    expect(isStale({ status: "RUNNING", heartbeatAt: ago(STALE_AFTER_MS + 1) }, now)).toBe(true);
    expect(isStale({ status: "RUNNING", heartbeatAt: ago(STALE_AFTER_MS - 1) }, now)).toBe(false);
    expect(isStale({ status: "RUNNING", heartbeatAt: null }, now)).toBe(true);
    expect(isStale({ status: "QUEUED", heartbeatAt: null }, now)).toBe(false);
    expect(isStale({ status: "DONE", heartbeatAt: ago(3_600_000) }, now)).toBe(false);
  });

  it("shows a dead run as failed and lets failed runs, only, be retried", () => {
    expect(effectiveStatus({ status: "RUNNING", heartbeatAt: ago(60_000) }, now)).toBe("FAILED");
    expect(effectiveStatus({ status: "RUNNING", heartbeatAt: ago(1_000) }, now)).toBe("RUNNING");
    expect(canRetry({ status: "FAILED", heartbeatAt: ago(1_000) }, now)).toBe(true);
    expect(canRetry({ status: "RUNNING", heartbeatAt: ago(60_000) }, now)).toBe(true);
    expect(canRetry({ status: "RUNNING", heartbeatAt: ago(1_000) }, now)).toBe(false);
    expect(canRetry({ status: "DONE", heartbeatAt: null }, now)).toBe(false);
    expect(canRetry({ status: "QUEUED", heartbeatAt: null }, now)).toBe(false);
  });

  it("computes the bar's percentage and the elapsed time", () => {
    expect(percentOf({ status: "RUNNING", done: 37, total: 120 })).toBe(30);
    expect(percentOf({ status: "RUNNING", done: 0, total: 0 })).toBe(0);
    expect(percentOf({ status: "DONE", done: 0, total: 0 })).toBe(100);
    expect(percentOf({ status: "RUNNING", done: 130, total: 120 })).toBe(100);
    const createdAt = ago(90_000);
    expect(elapsedMs({ createdAt, startedAt: null, finishedAt: null }, now)).toBe(90_000);
    expect(elapsedMs({ createdAt, startedAt: ago(60_000), finishedAt: ago(15_000) }, now)).toBe(45_000);
  });
});
