"use server";

import { requestClient, throttleOptions, trySignIn } from "@/lib/auth";
import { ZAcceptInvitationExistingUser, ZAcceptInvitationNewUser } from "@/lib/auth/schemas";
import type { ActionResult } from "@/lib/actions/result";
import { runAction } from "@/lib/actions/safe-action";
import { db } from "@/lib/db";
import { acceptInvitation } from "@/lib/invitations/accept";

// Accepting signs the person in straight away and sends them to the organisation that invited them.
async function acceptAndSignIn(input: { token: string; password: string; name?: string }) {
  const { email, organizationSlug } = await acceptInvitation(
    db(),
    { ...input, client: await requestClient() },
    throttleOptions(),
  );
  const signedIn = await trySignIn(email, input.password);
  return { redirectTo: signedIn ? `/${organizationSlug}` : "/sign-in" };
}

export async function acceptAsNewUserAction(raw: unknown): Promise<ActionResult<{ redirectTo: string }>> {
  return runAction("invite", async () => {
    const { token, name, password } = ZAcceptInvitationNewUser.parse(raw);
    return acceptAndSignIn({ token, name, password });
  });
}

export async function acceptAsExistingUserAction(raw: unknown): Promise<ActionResult<{ redirectTo: string }>> {
  return runAction("invite", async () => acceptAndSignIn(ZAcceptInvitationExistingUser.parse(raw)));
}
