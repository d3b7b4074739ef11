"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { createApiTokenAction } from "@/app/actions/api-tokens";
import { ZApiTokenCreate, type TApiTokenCreate } from "@/lib/api-tokens/schemas";
import { CopySecret } from "@/components/api-tokens/copy-secret";

const LIFETIMES = ["30", "90", "365", "never"] as const;

// A modal (native <dialog>) that creates a token, then shows its secret once with a copy button: after it
// closes, the secret cannot be seen again (only its hash is stored).
export function CreateTokenDialog({
  orgSlug,
  roles,
  onClose,
}: {
  orgSlug: string;
  roles: TApiTokenCreate["role"][];
  onClose: () => void;
}) {
  const t = useTranslations("apiTokens");
  const tr = useTranslations("roles");
  const tc = useTranslations("common");
  const ref = useRef<HTMLDialogElement>(null);
  const [secret, setSecret] = useState<string | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const { bind, onSubmit, formError, submitting } = useActionForm({
    schema: ZApiTokenCreate,
    defaultValues: { name: "", role: roles.includes("MANAGER") ? "MANAGER" : roles[0], lifetime: "90" },
    submit: (values) => createApiTokenAction(orgSlug, values),
    onSuccess: (created) => setSecret(created.secret),
  });
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby="api-token-dialog-title"
      className="m-auto w-[min(34rem,calc(100vw-1.5rem))] rounded-lg border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      {secret ? (
        <div className="space-y-4 p-5">
          <h2 id="api-token-dialog-title" className="text-base font-semibold">
            {t("createdTitle")}
          </h2>
          <p className="text-sm text-amber-800" role="status">
            {t("secretOnce")}
          </p>
          <CopySecret secret={secret} />
          <Button onClick={() => ref.current?.close()}>{t("done")}</Button>
        </div>
      ) : (
        <form onSubmit={onSubmit} noValidate className="space-y-4 p-5">
          <h2 id="api-token-dialog-title" className="text-base font-semibold">
            {t("add")}
          </h2>
          <FormError message={formError} />
          <FormField bind={bind} name="name" id="api-token-name" label={t("name")} hint={t("nameHint")} />
          <FormField bind={bind} as="select" name="role" id="api-token-role" label={t("role")} hint={t("roleHint")}>
            {roles.map((role) => (
              <option key={role} value={role}>
                {tr(role)}
              </option>
            ))}
          </FormField>
          <FormField bind={bind} as="select" name="lifetime" id="api-token-lifetime" label={t("lifetime")}>
            {LIFETIMES.map((l) => (
              <option key={l} value={l}>
                {t(`lifetimes.${l}`)}
              </option>
            ))}
          </FormField>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={submitting}>
              {tc("create")}
            </Button>
            <Button variant="ghost" onClick={() => ref.current?.close()}>
              {tc("cancel")}
            </Button>
          </div>
        </form>
      )}
    </dialog>
  );
}
