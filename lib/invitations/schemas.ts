import { ZEmail } from "@/lib/auth/schemas";
import { z } from "@/lib/validation";

export const MEMBER_ROLES = ["OWNER", "MANAGER", "CONTRIBUTOR", "VIEWER"] as const;
export const ZMemberRole = z.enum(MEMBER_ROLES);

export const ZInvitationCreate = z.object({ email: ZEmail, role: ZMemberRole });
export type TInvitationCreate = z.infer<typeof ZInvitationCreate>;
