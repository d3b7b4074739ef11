import { defineConfig } from "prisma/config";

// Migrations are applied by scripts/db (Prisma's WebAssembly schema engine), not by the Prisma CLI,
// which needs a native engine this project cannot download. `prisma generate` still reads this file.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
