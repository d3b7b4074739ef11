import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// The real Boavizta outputs of ../shared/data/boavizta (the shared folder beside the repository; a worktree
// under /work/wt/<name> finds it one level further up). Missing samples fail the tests, never skip them.

const repoRoot = path.resolve(import.meta.dirname, "../../../..");
const candidates = [
  path.resolve(repoRoot, "../shared/data/boavizta"),
  path.resolve(repoRoot, "../../shared/data/boavizta"),
];

export const BOAVIZTA_SAMPLES_DIR = candidates.find((d) => existsSync(path.join(d, "README.md"))) ?? candidates[0]!;

export const boaviztaSampleNames = (): string[] =>
  readdirSync(BOAVIZTA_SAMPLES_DIR)
    .filter((f) => f !== "README.md")
    .sort();

export const readBoaviztaSample = (name: string): Buffer => readFileSync(path.join(BOAVIZTA_SAMPLES_DIR, name));
