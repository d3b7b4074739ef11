"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth";
import { ZSignIn } from "@/lib/auth/schemas";
import type { ActionResult } from "@/lib/actions/result";
import { runAction } from "@/lib/actions/safe-action";
import { AppError } from "@/lib/errors";

// Auth.js reports a failed credential check as an error; turn it into a result the form can show.
export async function signInAction(raw: unknown): Promise<ActionResult<null>> {
  return runAction("sign-in", async () => {
    const input = ZSignIn.parse(raw);
    try {
      await signIn("credentials", { ...input, redirect: false });
    } catch (error) {
      if (error instanceof CredentialsSignin) {
        throw new AppError(error.code === "throttled" ? "TOO_MANY_ATTEMPTS" : "INVALID_CREDENTIALS");
      }
      if (error instanceof AuthError) throw new AppError("INVALID_CREDENTIALS");
      throw error;
    }
    return null;
  });
}
