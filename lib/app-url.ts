import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

// Links we hand out (invitations) use APP_URL when configured, else the host the request came to.
export async function appUrl(): Promise<string> {
  const configured = env().APP_URL;
  if (configured) return configured.replace(/\/$/, "");
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto =
    h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}
