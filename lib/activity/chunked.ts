import type { Prisma } from "@/lib/db/client";
import type { TCalcContext } from "@/lib/activity/engine-input";
import type { TRowError } from "@/lib/activity/errors";
import {
  applyRecomputePlan,
  planRecompute,
  type TRecomputeChange,
  type TRecomputePlan,
  type TStoredActivity,
} from "@/lib/activity/recompute";

// A recalculation run chunk by chunk inside the caller's transaction, so a background job can report
// progress between chunks (on another connection) while the change itself stays all or nothing.

export type TRecomputeProgress = { done: number; total: number; errors: number };

export type TChunkOptions = {
  chunkSize?: number;
  /** Called before the first chunk and after each one; awaited, so the caller may also throttle. */
  onProgress?: (progress: TRecomputeProgress) => Promise<void>;
};

export const DEFAULT_CHUNK_SIZE = 200;

/**
 * Plans and writes the recalculation of `activities`, one chunk at a time. Once an activity fails, the
 * later chunks are still computed (to report every failure) but nothing more is written: the caller
 * throws and its transaction rolls the earlier chunks back.
 */
export async function recomputeInChunks(
  tx: Prisma.TransactionClient,
  organizationId: string,
  activities: readonly TStoredActivity[],
  ctx: TCalcContext,
  computedAt: Date,
  { chunkSize = DEFAULT_CHUNK_SIZE, onProgress }: TChunkOptions = {},
): Promise<{ plan: TRecomputePlan; lines: number }> {
  const total = activities.length;
  const changes: TRecomputeChange[] = [];
  const failures: TRowError[] = [];
  let lines = 0;
  await onProgress?.({ done: 0, total, errors: 0 });
  for (let start = 0; start < total; start += chunkSize) {
    const slice = activities.slice(start, start + chunkSize);
    const part = planRecompute(slice, ctx);
    failures.push(...part.failures.map((f) => ({ ...f, row: f.row + start })));
    changes.push(...part.changes);
    if (failures.length === 0) lines += await applyRecomputePlan(tx, organizationId, part.changes, computedAt, ctx);
    await onProgress?.({ done: start + slice.length, total, errors: failures.length });
  }
  return { plan: { total, changes, failures }, lines };
}
