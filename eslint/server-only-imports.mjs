// Rule albedo/no-server-only-imports: a file under components/ may not import Prisma, pg, the database
// client, or a project module that is server-side (see isServerModule).
// Type-only imports are allowed: they vanish at build time.
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const EXTENSIONS = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"];
const ALWAYS_SERVER = [/^server-only$/, /^@prisma\//, /^pg$/, /^@\/generated\//, /^@\/lib\/db(\/|$)/];
const cache = new Map();

function resolveProjectFile(source, importer) {
  let base;
  if (source.startsWith("@/")) base = path.join(ROOT, source.slice(2));
  else if (source.startsWith(".")) base = path.resolve(path.dirname(importer), source);
  else return null;
  for (const ext of EXTENSIONS) {
    const file = base + ext;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

// A project module is server-side when it says so (`import "server-only"`) or when it imports the database
// client, Prisma or pg — even for types only: a module written against `Db` is database code.
const SERVER_IMPORT =
  /^\s*(?:import|export)\b[^;]*?from\s+["'](?:server-only|pg|@prisma\/[^"']*|@\/generated\/[^"']*|@\/lib\/db(?:\/[^"']*)?)["']/m;
const SERVER_ONLY_MARKER = /^\s*import\s+["']server-only["']/m;

// Server actions ("use server" files under app/actions/) are how components reach the server: allowed.
const USE_SERVER = /^\s*(?:\/\/[^\n]*\n\s*)*["']use server["']/;

function isServerModule(file) {
  if (!cache.has(file)) {
    const text = readFileSync(file, "utf8");
    cache.set(file, !USE_SERVER.test(text) && (SERVER_ONLY_MARKER.test(text) || SERVER_IMPORT.test(text)));
  }
  return cache.get(file);
}

export const noServerOnlyImports = {
  meta: {
    type: "problem",
    docs: { description: "components/ never import the database, Prisma or server-only modules" },
    messages: {
      serverOnly:
        "components/ must not import '{{source}}': it is server-only. Pass data in as props, or call a server action from app/actions/.",
    },
    schema: [],
  },
  create(context) {
    const check = (node, source, typeOnly) => {
      if (typeOnly || typeof source !== "string") return;
      const forbidden =
        ALWAYS_SERVER.some((pattern) => pattern.test(source)) ||
        (() => {
          const file = resolveProjectFile(source, context.filename);
          return file !== null && isServerModule(file);
        })();
      if (forbidden) context.report({ node, messageId: "serverOnly", data: { source } });
    };
    return {
      ImportDeclaration(node) {
        const allTypes =
          node.importKind === "type" ||
          (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === "type"));
        check(node, node.source.value, allTypes);
      },
      ExportNamedDeclaration(node) {
        if (node.source) check(node, node.source.value, node.exportKind === "type");
      },
      ExportAllDeclaration(node) {
        check(node, node.source.value, node.exportKind === "type");
      },
      ImportExpression(node) {
        if (node.source.type === "Literal") check(node, node.source.value, false);
      },
    };
  },
};
