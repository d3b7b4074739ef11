"use server";

import { after } from "next/server";
import { requestIp } from "@/lib/auth";
import { ZForgotPassword, ZResetPassword } from "@/lib/auth/schemas";
import { publicAction } from "@/lib/actions/safe-action";
import { appUrl } from "@/lib/app-url";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { deliverMail } from "@/lib/mail/deliver";
import { configuredMailer } from "@/lib/mail/transport";
import { resetPassword } from "@/lib/password-reset/consume";
import { requestPasswordReset } from "@/lib/password-reset/request";

// The answer is the same whether or not an account exists; the e-mail leaves after the response, so
// the time taken does not tell either.
export const requestPasswordResetAction = publicAction(ZForgotPassword, async ({ email }) => {
  const base = await appUrl();
  const mailer = configuredMailer(base);
  if (!mailer) throw new AppError("FORBIDDEN");
  const result = await requestPasswordReset(db(), { email, ip: await requestIp() });
  if (result) {
    const { token, user } = result;
    const link = `${base}/reset-password/${token}`;
    after(() => deliverMail(mailer, user.email, user.locale, { kind: "passwordReset", ...user, link }));
  }
  return { email };
});

export const resetPasswordAction = publicAction(ZResetPassword, async ({ token, password }) => {
  await resetPassword(db(), { token, password });
  return { redirectTo: "/sign-in?reset=1" };
});
