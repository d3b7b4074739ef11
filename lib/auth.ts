import "server-only";
import { randomUUID } from "node:crypto";
import { cookies, headers } from "next/headers";
import NextAuth, { AuthError, CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authenticate, type SignInClient } from "@/lib/auth/authenticate";
import { DEVICE_COOKIE, DEVICE_TRUST_DAYS, rememberDevice } from "@/lib/auth/devices";
import { SESSION_MAX_AGE_SECONDS, sessionClaimsOf, type SessionClaims } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { clientAddressOf } from "@/lib/http/request-client-address";

declare module "next-auth" {
  interface Session {
    claims?: SessionClaims | null;
  }
}

class ThrottledSignin extends CredentialsSignin {
  code = "throttled";
}

const ZCredentials = z.object({ email: z.string().email(), password: z.string().min(1).max(256) });

export function throttleOptions() {
  const e = env();
  return {
    maxFailures: e.LOGIN_MAX_FAILURES,
    clientMaxFailures: e.LOGIN_CLIENT_MAX_FAILURES,
    windowMinutes: e.LOGIN_WINDOW_MINUTES,
  };
}

// The client of the request being handled (sign-in route or server action): its address and device cookie.
export async function requestClient(): Promise<SignInClient> {
  return {
    address: clientAddressOf(await headers()),
    deviceToken: (await cookies()).get(DEVICE_COOKIE)?.value ?? null,
  };
}

// After a successful sign-in this browser is trusted for the account (lib/auth/devices.ts).
async function trustThisBrowser(userId: string, token: string | null): Promise<void> {
  const kept = await rememberDevice(db(), userId, token);
  const { APP_URL } = env();
  (await cookies()).set(DEVICE_COOKIE, kept, {
    httpOnly: true,
    sameSite: "lax",
    secure: APP_URL?.startsWith("https:") ?? false,
    path: "/",
    maxAge: DEVICE_TRUST_DAYS * 86_400,
  });
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: env().AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  // A refused password is an expected outcome (recorded in LoginAttempt), not a server error to log.
  logger: {
    error(error: Error) {
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin") return;
      console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = ZCredentials.safeParse(raw);
        if (!parsed.success) return null;
        const client = await requestClient();
        const result = await authenticate(db(), { ...parsed.data, client }, throttleOptions());
        if (!result.ok) {
          if (result.reason === "throttled") throw new ThrottledSignin();
          return null;
        }
        await trustThisBrowser(result.user.id, client.deviceToken);
        return result.user;
      },
    }),
  ],
  callbacks: {
    // At sign-in the token gets its own id, the account's session version and its start time, which
    // lib/auth/session.ts checks against the database on every request (lib/auth/sessions.ts).
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.sid = randomUUID();
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        token.started = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return { ...session, claims: sessionClaimsOf(token) };
    },
  },
}));

// The client address for throttling inside server actions (same rule as for the sign-in route).
export async function requestIp(): Promise<string | null> {
  return clientAddressOf(await headers());
}

// After an account is created or joins an organisation, sign the person in; should that be refused
// (e.g. throttled), the change still stands and they sign in by hand.
export async function trySignIn(email: string, password: string): Promise<boolean> {
  try {
    await signIn("credentials", { email, password, redirect: false });
    return true;
  } catch (error) {
    if (error instanceof AuthError) return false;
    throw error;
  }
}
