import "server-only";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";

export async function requireUserForAction(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new AppError("UNAUTHENTICATED");
  return user;
}
