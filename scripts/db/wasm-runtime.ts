// Loads Prisma's WebAssembly schema engine. The Prisma 7 CLI only drives a native schema-engine binary
// that it downloads, which this project cannot rely on; the wasm build is the same engine.
// Its API is internal to Prisma: @prisma/schema-engine-wasm is pinned exactly in package.json, together
// with @prisma/adapter-pg and @prisma/driver-adapter-utils. Re-test scripts/db when bumping any of them.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import * as runtime from "@prisma/schema-engine-wasm/schema_engine_bg";

export type SchemaEngineClass = typeof runtime.SchemaEngine;
export type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

interface PanicRegistry {
  message: string;
  set_message(message: string): void;
  get(): string;
}

// The wasm glue writes Rust panic messages into this global; without it a panic is an opaque trap.
export function installPanicRegistry(): PanicRegistry {
  const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };
  g.PRISMA_WASM_PANIC_REGISTRY ??= {
    message: "",
    set_message(message: string) {
      this.message = message;
    },
    get() {
      return this.message;
    },
  };
  return g.PRISMA_WASM_PANIC_REGISTRY;
}

let loading: Promise<SchemaEngineClass> | undefined;

/** Instantiates the wasm module once per process and returns its SchemaEngine class. */
export function loadSchemaEngine(): Promise<SchemaEngineClass> {
  loading ??= (async () => {
    installPanicRegistry();
    const require = createRequire(import.meta.url);
    const glue = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(glue), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": runtime });
    runtime.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return runtime.SchemaEngine;
  })();
  return loading;
}

/** The last Rust panic message, to append to an otherwise unreadable "unreachable" error. */
export function lastPanicMessage(): string {
  return installPanicRegistry().get();
}
