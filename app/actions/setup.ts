"use server";

import { trySignIn } from "@/lib/auth";
import { ZSetup } from "@/lib/auth/schemas";
import type { ActionResult } from "@/lib/actions/result";
import { runAction } from "@/lib/actions/safe-action";
import { db } from "@/lib/db";
import { bootstrapFirstRun } from "@/lib/organizations/bootstrap";

export async function setupAction(raw: unknown): Promise<ActionResult<{ redirectTo: string }>> {
  return runAction("setup", async () => {
    const input = ZSetup.parse(raw);
    const result = await bootstrapFirstRun(db(), input);
    return (await trySignIn(input.email, input.password)) ? result : { redirectTo: "/sign-in" };
  });
}
