// Lint: TypeScript's recommended rules plus the architecture's "never" rules (docs/architecture.md), so a
// broken boundary fails CI instead of waiting for review. eslint/rules.test.ts proves each rule still bites.
import js from "@eslint/js";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import globals from "globals";
import tseslint from "typescript-eslint";
import { noServerOnlyImports } from "./eslint/server-only-imports.mjs";

const restricted = (patterns) => ["error", { patterns }];
const NOT_IN_CALC =
  "lib/calc is the pure engine: it imports nothing else from lib/ and nothing server-only (docs/architecture.md).";

export default tseslint.config(
  {
    ignores: ["node_modules/", ".next/", ".data/", ".tmp/", "generated/", "test-results/", "playwright-report/"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { "import-x": importX, albedo: { rules: { "no-server-only-imports": noServerOnlyImports } } },
    settings: {
      // import-x parses the files an import leads to (to follow cycles): it needs TypeScript's parser.
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx", ".mts", ".cts"] },
      "import-x/extensions": [".ts", ".tsx", ".mts", ".cts", ".js", ".mjs"],
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.json" })],
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      // Environment variables are read in one place: lib/env.ts for the app, scripts/lib/env.ts for scripts.
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message: "Read settings through lib/env.ts (app) or scripts/lib/env.ts (scripts, tests).",
        },
      ],
    },
  },
  { files: ["lib/env.ts", "scripts/lib/env.ts"], rules: { "no-restricted-properties": "off" } },
  {
    files: ["lib/calc/**/*.ts"],
    rules: {
      "no-restricted-imports": restricted([
        { group: ["@/lib/*", "!@/lib/calc", "!@/lib/calc/*"], message: NOT_IN_CALC },
        { group: ["../../*", "@/app/*", "@/components/*", "@/scripts/*"], message: NOT_IN_CALC },
        {
          group: ["server-only", "@/generated/*", "@prisma/*", "pg", "next", "next/*", "node:*"],
          message: NOT_IN_CALC,
        },
      ]),
    },
  },
  {
    files: ["lib/reporting/**/*.ts"],
    rules: {
      "no-restricted-imports": restricted([
        {
          // Relative spellings too ("../calc"), so the rule cannot be walked around.
          group: [
            "@/lib/calc",
            "@/lib/calc/*",
            "@/lib/imports",
            "@/lib/imports/*",
            "**/lib/calc",
            "**/lib/calc/*",
            "../calc",
            "../calc/*",
            "**/lib/imports",
            "**/lib/imports/*",
            "../imports",
            "../imports/*",
          ],
          message: "lib/reporting reads stored emission lines (SQL); it never recomputes nor parses imports.",
        },
      ]),
    },
  },
  {
    files: ["lib/imports/**/*.ts"],
    rules: {
      "no-restricted-imports": restricted([
        {
          group: ["@/lib/calc", "@/lib/calc/*", "@/lib/factors/org-index", "@/lib/reporting", "@/lib/reporting/*"],
          message: "lib/imports turns files into activity data; factor resolution and reporting happen downstream.",
        },
      ]),
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: { "albedo/no-server-only-imports": "error" },
  },
  // Rule fixtures break the rules on purpose; eslint/rules.test.ts lints them explicitly.
  { ignores: ["eslint/fixtures/**"] },
);
