// Sign-in attempts over plain HTTP, through Auth.js's credentials endpoint (the same check the form's
// action runs), from a loopback address of the test's choosing: every 127.x.y.z address reaches the app,
// and the app must count failures by the address the connection really comes from, whatever headers the
// client adds.
import http from "node:http";

type Reply = { status: number; location: string | undefined; cookies: string[]; body: string };

function send(
  baseURL: string,
  method: "GET" | "POST",
  path: string,
  options: { from: string; cookie?: string; headers?: Record<string, string>; form?: Record<string, string> },
): Promise<Reply> {
  const url = new URL(path, baseURL);
  const body = options.form ? new URLSearchParams(options.form).toString() : undefined;
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method,
        localAddress: options.from,
        headers: {
          ...(body ? { "content-type": "application/x-www-form-urlencoded" } : {}),
          ...(options.cookie ? { cookie: options.cookie } : {}),
          ...options.headers,
        },
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            location: response.headers.location,
            cookies: (response.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]!),
            body: text,
          }),
        );
      },
    );
    request.on("error", reject);
    if (body) request.write(body);
    request.end();
  });
}

export type Outcome = "signed-in" | "refused" | "throttled";
export type Attempt = { outcome: Outcome; redirectedTo: URL };

/** One attempt from `from` (a 127.x.y.z address); extra headers are what a forging client would add. */
export async function attemptSignIn(
  baseURL: string,
  attempt: { from: string; email: string; password: string; headers?: Record<string, string> },
): Promise<Attempt> {
  const csrf = await send(baseURL, "GET", "/api/auth/csrf", { from: attempt.from, headers: attempt.headers });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const reply = await send(baseURL, "POST", "/api/auth/callback/credentials", {
    from: attempt.from,
    cookie: csrf.cookies.join("; "),
    headers: attempt.headers,
    form: { email: attempt.email, password: attempt.password, csrfToken },
  });
  if (reply.status !== 302 || !reply.location) throw new Error(`Unexpected sign-in reply ${reply.status}`);
  const redirectedTo = new URL(reply.location);
  const code = redirectedTo.searchParams.get("code");
  if (code === "throttled") return { outcome: "throttled", redirectedTo };
  return { outcome: redirectedTo.searchParams.has("error") ? "refused" : "signed-in", redirectedTo };
}

/** A loopback address no other test of this run uses. */
export function loopbackAddress(): string {
  const byte = () => 2 + Math.floor(Math.random() * 250);
  return `127.${byte()}.${byte()}.${byte()}`;
}
