import { ZPassword } from "@/lib/auth/password-rules";
import { requiredText, z } from "@/lib/validation";

export const ZEmail = z.string().trim().toLowerCase().email().max(254);

export const ZSignIn = z.object({
  email: ZEmail,
  password: z.string().min(1).max(256),
});
export type TSignIn = z.infer<typeof ZSignIn>;

const ZNewPassword = z.object({ password: ZPassword, confirmPassword: z.string().min(1) });

function passwordsMatch<S extends z.ZodType<{ password: string; confirmPassword: string }, Record<string, unknown>>>(
  schema: S,
): S {
  return schema.refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    error: "validation.passwordMismatch",
  });
}

export const ZAcceptInvitationNewUser = passwordsMatch(
  ZNewPassword.extend({ token: z.string().min(20).max(200), name: requiredText(120) }),
);
export type TAcceptInvitationNewUser = z.infer<typeof ZAcceptInvitationNewUser>;

export const ZAcceptInvitationExistingUser = z.object({
  token: z.string().min(20).max(200),
  password: z.string().min(1).max(256),
});
export type TAcceptInvitationExistingUser = z.infer<typeof ZAcceptInvitationExistingUser>;

export const ZSetup = passwordsMatch(
  ZNewPassword.extend({
    kind: z.enum(["company", "consultancy"]),
    name: requiredText(120),
    email: ZEmail,
    organizationName: requiredText(120, { min: 2 }),
  }),
);
export type TSetup = z.infer<typeof ZSetup>;

export const ZForgotPassword = z.object({ email: ZEmail });
export type TForgotPassword = z.infer<typeof ZForgotPassword>;

export const ZResetPassword = passwordsMatch(ZNewPassword.extend({ token: z.string().min(20).max(200) }));
export type TResetPassword = z.infer<typeof ZResetPassword>;
