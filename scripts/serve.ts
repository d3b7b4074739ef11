// Serves the built app as `next start` would, through Albedo's own HTTP server: `next start` keeps an
// X-Forwarded-For the client sent itself, so the app could not tell who is connecting. Here every request
// gets the client address (the socket's peer, or what the trusted proxies saw when TRUST_PROXY > 0) in a
// header any incoming copy of which is dropped first; sign-in throttling counts failures by it.
// Started by scripts/start.ts; PORT and TRUST_PROXY as for the app.
import { createServer, type IncomingMessage } from "node:http";
import { CLIENT_ADDRESS_HEADER, resolveClientAddress } from "../lib/http/client-address.ts";
import { REPO_ROOT } from "./db/migrations-dir.ts";
import { scriptVar, setScriptVar } from "./lib/env.ts";

const port = Number(scriptVar("PORT") ?? 3000);
const trustedProxies = Number(scriptVar("TRUST_PROXY") ?? 0);
if (!Number.isInteger(trustedProxies) || trustedProxies < 0 || trustedProxies > 10)
  throw new Error(`TRUST_PROXY must be a whole number from 0 to 10, not ${scriptVar("TRUST_PROXY")}`);

// Forwarding headers only proxies should write. With no proxy trusted they are the client's own words:
// dropped, so neither the app nor Auth.js (which builds its redirects from X-Forwarded-Host) reads them,
// and Next fills in X-Forwarded-For/-Host/-Proto from the connection itself.
const FORWARDING_HEADERS = [
  "forwarded",
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
];

function stampClientAddress(request: IncomingMessage): void {
  const forwardedFor = request.headers["x-forwarded-for"];
  const address = resolveClientAddress({
    socketAddress: request.socket.remoteAddress,
    forwardedFor: Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? null),
    trustedProxies,
  });
  if (trustedProxies === 0) for (const name of FORWARDING_HEADERS) delete request.headers[name];
  if (address) request.headers[CLIENT_ADDRESS_HEADER] = address;
  else delete request.headers[CLIENT_ADDRESS_HEADER];
}

async function main(): Promise<void> {
  // Tells the app (lib/env.ts, same process) that the header is ours and can be believed.
  setScriptVar("ALBEDO_CLIENT_ADDRESS_HEADER", "stamped");
  // As `next start` does; set before Next (and React) are loaded, since they read it once.
  setScriptVar("NODE_ENV", "production");
  const { default: next } = await import("next");
  // No hostname, as `next start` without -H: request URLs keep the Host the client used.
  const app = next({ dev: false, dir: REPO_ROOT, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((request, response) => {
    stampClientAddress(request);
    void handle(request, response);
  });
  server.listen(port, () => console.log(`[serve] listening on port ${port} (client addresses known)`));

  const stop = async (signal: NodeJS.Signals): Promise<void> => {
    console.log(`[serve] ${signal}: stopping.`);
    server.close();
    server.closeIdleConnections();
    await app.close();
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, (s) => void stop(s));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
