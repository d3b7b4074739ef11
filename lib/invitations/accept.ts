import { recordAudit } from "@/lib/audit";
import { authenticate, type SignInClient } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import type { ThrottleOptions } from "@/lib/auth/throttle";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { hashInvitationToken, invitationState } from "@/lib/invitations/token";

export async function findInvitationByToken(db: Db, token: string) {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: {
      id: true,
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      organization: { select: { name: true, slug: true } },
    },
  });
  if (!invitation) return null;
  const accountExists = (await db.user.count({ where: { email: invitation.email } })) > 0;
  return { ...invitation, state: invitationState(invitation), accountExists };
}

type AcceptInput = { token: string; password: string; name?: string; client?: SignInClient };

const DEFAULT_THROTTLE: ThrottleOptions = { maxFailures: 5, clientMaxFailures: 20, windowMinutes: 15 };

// A used, revoked, expired or unknown link is refused before anything else, whatever password comes with it:
// an old link must not tell a right password from a wrong one (nor cost a throttle attempt).
function assertOpen(
  invitation: { expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null } | null,
): asserts invitation is NonNullable<typeof invitation> {
  if (!invitation) throw new AppError("INVITATION_INVALID");
  const state = invitationState(invitation);
  if (state === "used") throw new AppError("INVITATION_USED");
  if (state === "expired") throw new AppError("INVITATION_EXPIRED");
  if (state === "revoked") throw new AppError("INVITATION_INVALID");
}

// An existing account proves itself exactly like a sign-in — same throttle, same attempt log — so an
// invitation link cannot be used to guess someone's password.
async function verifyExistingAccount(db: Db, input: AcceptInput, throttle: ThrottleOptions): Promise<string | null> {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(input.token) },
    select: { email: true, expiresAt: true, acceptedAt: true, revokedAt: true },
  });
  assertOpen(invitation);
  if ((await db.user.count({ where: { email: invitation.email } })) === 0) return null;
  const result = await authenticate(
    db,
    { email: invitation.email, password: input.password, client: input.client ?? { address: null, deviceToken: null } },
    throttle,
  );
  if (result.ok) return result.user.id;
  if (result.reason === "throttled") throw new AppError("TOO_MANY_ATTEMPTS");
  throw new AppError("INVALID_CREDENTIALS", { password: "errors.INVALID_CREDENTIALS" });
}

// A newcomer sets a name and password; someone who already has an account proves it with theirs, only once
// the link is known to be open. Marking the invitation used is a guarded update, so a link works once even
// under concurrent use.
export async function acceptInvitation(
  db: Db,
  input: AcceptInput,
  throttle: ThrottleOptions = DEFAULT_THROTTLE,
): Promise<{ email: string; organizationSlug: string }> {
  const verifiedUserId = await verifyExistingAccount(db, input, throttle);
  const newHash = input.name && !verifiedUserId ? await hashPassword(input.password) : null;
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({
      where: { tokenHash: hashInvitationToken(input.token) },
      include: { organization: { select: { slug: true } } },
    });
    // Checked again inside the transaction: the link may have been used or revoked meanwhile.
    assertOpen(invitation);

    let user = await tx.user.findUnique({ where: { email: invitation.email } });
    if (user) {
      // Only an account verified above may join; one created meanwhile must sign in through the form.
      if (user.id !== verifiedUserId)
        throw new AppError("INVALID_CREDENTIALS", { password: "errors.INVALID_CREDENTIALS" });
    } else {
      if (!input.name || !newHash) throw new AppError("VALIDATION", { name: "validation.required" });
      user = await tx.user.create({ data: { email: invitation.email, name: input.name, passwordHash: newHash } });
    }

    const { count } = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { acceptedAt: new Date() },
    });
    if (count !== 1) throw new AppError("INVITATION_USED");

    const scope = { organizationId: invitation.organizationId, actor: { id: user.id, email: user.email } };
    const existing = await tx.membership.findUnique({
      where: { organizationId_userId: { organizationId: invitation.organizationId, userId: user.id } },
    });
    if (!existing) {
      const membership = await tx.membership.create({
        data: { organizationId: invitation.organizationId, userId: user.id, role: invitation.role },
      });
      await recordAudit(tx, {
        ...scope,
        action: "member.join",
        entityType: "Membership",
        entityId: membership.id,
        after: { email: user.email, role: membership.role },
      });
    }
    await recordAudit(tx, { ...scope, action: "invitation.accept", entityType: "Invitation", entityId: invitation.id });
    return { email: user.email, organizationSlug: invitation.organization.slug };
  });
}
