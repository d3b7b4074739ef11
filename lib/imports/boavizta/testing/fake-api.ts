import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

// A stand-in BoaviztAPI for tests: a real HTTP server on an ephemeral port (or a given one) that records
// every request and answers with what the test says — usually a real response from ../shared/data/boavizta.

export type TFakeRequest = { method: string; path: string; query: Record<string, string>; body: unknown };
export type TFakeAnswer = { status?: number; body: string | Buffer; delayMs?: number };
export type TFakeBoaviztApi = {
  url: string;
  requests: TFakeRequest[];
  answer: (handler: (request: TFakeRequest) => TFakeAnswer | null) => void;
  close: () => Promise<void>;
};

const PROVIDERS = ["aws", "azure", "gcp", "ovhcloud", "scaleway"];
const INSTANCES: Record<string, string[]> = {
  aws: ["a1.medium", "m6g.xlarge", "r6g.medium", "c5a.24xlarge"],
  azure: ["e8ads_v5", "d2s_v5"],
};

/** The list routes as BoaviztAPI 2.4.1 answers them (providers.csv; a short list of instance types). */
export function listAnswer(request: TFakeRequest): TFakeAnswer | null {
  if (request.method !== "GET") return null;
  if (request.path === "/v1/cloud/instance/all_providers") return { body: JSON.stringify(PROVIDERS) };
  if (request.path === "/v1/utils/version") return { body: JSON.stringify("2.4.1") };
  if (request.path === "/v1/cloud/instance/all_instances") {
    const list = INSTANCES[request.query.provider ?? ""];
    return list
      ? { body: JSON.stringify(list) }
      : {
          status: 404,
          body: JSON.stringify({ detail: `No available data for this cloud provider (${request.query.provider})` }),
        };
  }
  return null;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (text === "") return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export async function startFakeBoaviztApi(port = 0): Promise<TFakeBoaviztApi> {
  const requests: TFakeRequest[] = [];
  let handler: (request: TFakeRequest) => TFakeAnswer | null = listAnswer;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://fake");
      const request = {
        method: req.method ?? "GET",
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body: await readBody(req),
      };
      requests.push(request);
      const answer = handler(request) ?? listAnswer(request) ?? { status: 404, body: '{"detail":"Not Found"}' };
      if (answer.delayMs) await new Promise((r) => setTimeout(r, answer.delayMs));
      if (res.destroyed) return;
      res.writeHead(answer.status ?? 200, { "content-type": "application/json" });
      res.end(answer.body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    requests,
    answer: (h) => {
      handler = h;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
