import "server-only";
import { env } from "@/lib/env";
import { boss } from "@/lib/jobs/boss";
import type { TJobSender } from "@/lib/jobs/enqueue";

/** The app process's pg-boss, for queueing jobs from server actions. */
export function jobSender(): Promise<TJobSender> {
  return boss(env().DATABASE_URL);
}
