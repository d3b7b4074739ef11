import type { UseFormRegisterReturn } from "react-hook-form";
import { Field, controlClass, fieldAria } from "@/components/ui/field";

/** A new password and its confirmation, with the password rules as hint (invitation and reset forms). */
export function NewPasswordFields({
  labels,
  password,
  confirmPassword,
  errors,
}: {
  labels: { password: string; rules: string; confirmPassword: string };
  password: UseFormRegisterReturn;
  confirmPassword: UseFormRegisterReturn;
  errors: { password: string | undefined; confirmPassword: string | undefined };
}) {
  return (
    <>
      <Field id="password" label={labels.password} hint={labels.rules} error={errors.password}>
        <input
          type="password"
          autoComplete="new-password"
          {...password}
          {...fieldAria("password", errors.password)}
          className={controlClass(!!errors.password)}
        />
      </Field>
      <Field id="confirmPassword" label={labels.confirmPassword} error={errors.confirmPassword}>
        <input
          type="password"
          autoComplete="new-password"
          {...confirmPassword}
          {...fieldAria("confirmPassword", errors.confirmPassword)}
          className={controlClass(!!errors.confirmPassword)}
        />
      </Field>
    </>
  );
}
