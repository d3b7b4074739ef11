import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
const exclude = ["**/node_modules/**", "**/.next/**", "e2e/**", ".data/**", "generated/**", ".tmp/**"];

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}` }, // tsconfig "paths": {"@/*": ["./*"]}
      { find: /^server-only$/, replacement: `${root}tests/setup/server-only.ts` },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["**/*.test.ts"],
          exclude: [...exclude, "**/*.integration.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["**/*.integration.test.ts"],
          exclude,
          // One throwaway database per run (see tests/setup/integration-db.ts), shared by files that run
          // one after another; tests isolate themselves with their own organisations (random slugs).
          globalSetup: ["tests/setup/integration-db.ts"],
          setupFiles: ["tests/setup/integration-env.ts"],
          fileParallelism: false,
          // Generous: CI shares two cores with a build and a browser, and a first test pays for warm-up.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
