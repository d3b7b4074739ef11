import type { FieldValues, Path } from "react-hook-form";
import { FormField, type TFieldBinding } from "@/components/forms/form-field";

type TNewPassword = FieldValues & { password: string; confirmPassword: string };

/** A new password and its confirmation, with the password rules as hint (invitation and reset forms). */
export function NewPasswordFields<T extends TNewPassword>({
  bind,
  labels,
}: {
  bind: TFieldBinding<T>;
  labels: { password: string; rules: string; confirmPassword: string };
}) {
  return (
    <>
      <FormField
        bind={bind}
        name={"password" as Path<T>}
        id="password"
        label={labels.password}
        hint={labels.rules}
        type="password"
        autoComplete="new-password"
      />
      <FormField
        bind={bind}
        name={"confirmPassword" as Path<T>}
        id="confirmPassword"
        label={labels.confirmPassword}
        type="password"
        autoComplete="new-password"
      />
    </>
  );
}
