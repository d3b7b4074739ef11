// Capturing a server action call the browser really makes, and replaying it with other values.
// A server action is a POST to the page's URL with a Next-Action header (the action's id) and the
// arguments encoded in the body (for orgAction: ["<org slug>", {…}]); the answer is a React flight
// stream whose root row points at the action's return value ({ ok, data } or { ok: false, error }).
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Page, Request, Route } from "@playwright/test";

const ROOT = path.join(import.meta.dirname, "..", "..");

export type CapturedAction = {
  /** "<file>#<export>", e.g. "sites.ts#updateSiteAction", from the build's server reference manifest. */
  name: string;
  url: string;
  headers: Record<string, string>;
  body: string;
};

type Manifest = { node: Record<string, { filename: string; exportedName: string }> };

let manifest: Manifest | undefined;
function actionManifest(): Manifest {
  manifest ??= JSON.parse(
    readFileSync(path.join(ROOT, ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as Manifest;
  return manifest;
}

export function actionId(name: string): string {
  const found = Object.entries(actionManifest().node).find(
    ([, e]) => `${path.basename(e.filename)}#${e.exportedName}` === name,
  );
  if (!found) throw new Error(`no action ${name} in the build's server reference manifest`);
  return found[0];
}

/** Every exported server action of app/actions/*.ts, as "<file>#<export>", read from the sources. */
export function exportedActions(): string[] {
  const dir = path.join(ROOT, "app", "actions");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .flatMap((f) =>
      [...readFileSync(path.join(dir, f), "utf8").matchAll(/^export (?:async function|const) (\w+)/gm)].map(
        (m) => `${f}#${m[1]}`,
      ),
    )
    .sort();
}

/**
 * Runs `act` (clicks in the page) and returns the call of action `name` it makes (e.g.
 * "sites.ts#updateSiteAction"). Every action call meanwhile is aborted before it reaches the server, and
 * the call is only returned once aborted: capturing never changes the attacker's own organisation.
 */
export async function captureAction(
  page: Page,
  name: string,
  act: () => Promise<unknown>,
  timeoutMs = 10_000,
): Promise<CapturedAction> {
  const id = actionId(name);
  let captured: (request: Request) => void = () => undefined;
  const call = new Promise<Request>((resolve) => (captured = resolve));
  const handler = async (route: Route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.fallback();
    await route.abort();
    if (request.headers()["next-action"] === id) captured(request);
  };
  await page.route("**/*", handler);
  let timer: NodeJS.Timeout | undefined;
  try {
    await act();
    const request = await Promise.race([
      call,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no ${name} call within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { name, url: request.url(), headers: request.headers(), body: request.postData() ?? "" };
  } finally {
    clearTimeout(timer);
    await page.unroute("**/*", handler);
  }
}

/** An action call made by hand, for an action no screen can trigger in this run (same encoding as React's). */
export function buildAction(name: string, url: string, args: unknown[]): CapturedAction {
  return {
    name,
    url,
    headers: {
      accept: "text/x-component",
      "content-type": "text/plain;charset=UTF-8",
      "next-action": actionId(name),
      origin: new URL(url).origin,
    },
    body: JSON.stringify(args),
  };
}

/** Replaces every occurrence of each key by its value (slugs and record ids are never substrings of another). */
export function substitute(call: CapturedAction, replacements: Record<string, string>): CapturedAction {
  const swap = (text: string) =>
    Object.entries(replacements).reduce((acc, [from, to]) => acc.split(from).join(to), text);
  for (const from of Object.keys(replacements)) {
    if (!call.body.includes(from)) throw new Error(`${call.name}: "${from}" is not in the captured body ${call.body}`);
  }
  return {
    name: call.name,
    url: swap(call.url),
    headers: Object.fromEntries(
      Object.entries(call.headers).map(([k, v]) => [k, k === "next-router-state-tree" ? swapEncoded(v) : v]),
    ),
    body: swap(call.body),
  };
  function swapEncoded(value: string) {
    return encodeURIComponent(swap(decodeURIComponent(value)));
  }
}

// Headers the request context sets itself (cookies come from the signed-in browser context).
const DROPPED = new Set(["cookie", "content-length", "host", "connection", "accept-encoding"]);

export type ActionOutcome = { status: number; result: unknown; raw: string };

/** Sends the call with the page's request context (same cookies as the signed-in browser). */
export async function replay(page: Page, call: CapturedAction): Promise<ActionOutcome> {
  const headers = Object.fromEntries(Object.entries(call.headers).filter(([k]) => !DROPPED.has(k.toLowerCase())));
  const response = await page.request.post(call.url, {
    headers,
    data: call.body,
    maxRedirects: 0,
    // A loaded machine can be slow; a hung request still fails the test.
    timeout: 30_000,
  });
  const raw = await response.text();
  return { status: response.status(), result: actionResult(raw), raw };
}

/**
 * The action's return value in a flight response: row 0 is { a: "$@<row>", … }, and that row holds
 * the value as JSON. Undefined when the response carries no action result (an error page, a redirect).
 */
export function actionResult(flight: string): unknown {
  const rows = new Map<string, string>();
  for (const line of flight.split("\n")) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined) rows.set(match[1], match[2]);
  }
  const root = rows.get("0");
  if (!root) return undefined;
  const pointer = (JSON.parse(root) as { a?: unknown }).a;
  if (typeof pointer !== "string" || !pointer.startsWith("$@")) return pointer;
  const row = rows.get(pointer.slice(2));
  return row === undefined ? undefined : JSON.parse(row);
}
