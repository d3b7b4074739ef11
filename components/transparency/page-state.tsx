"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { revokeTransparencyAction } from "@/app/actions/transparency";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { FormError, FormSuccess } from "@/components/forms/form-error";
import { Card } from "@/components/ui/card";
import { CopyField } from "@/components/ui/copy-field";

// The page's state for its managers: when it was last published or revoked, its links (copy buttons), a
// preview in a new tab, the sections it shows, and revocation (two clicks; the link is dead at once).
export function PageState({
  orgSlug,
  state,
  links,
  sections,
  canManage,
}: {
  orgSlug: string;
  state: { kind: "none" } | { kind: "live" | "revoked"; date: string };
  links: { tokenUrl: string; slugUrl: string | null } | null;
  sections: string[];
  canManage: boolean;
}) {
  const t = useTranslations("transparency.manage");
  const te = useTranslations("errors");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [revoked, setRevoked] = useState(false);
  return (
    <Card className="space-y-4">
      <p className="text-sm text-slate-700" data-testid="transparency-state">
        {state.kind === "none" ? t("state.none") : t(`state.${state.kind}`, { date: state.date })}
      </p>
      <FormError message={error} />
      <FormSuccess message={revoked ? t("revoked") : null} />
      {links ? (
        <>
          <CopyField
            id="transparency-link"
            label={t("link")}
            value={links.tokenUrl}
            copyLabel={t("copy")}
            copiedLabel={t("copied")}
            testId="transparency-link"
          />
          {links.slugUrl ? (
            <CopyField
              id="transparency-slug-link"
              label={t("slugLink")}
              value={links.slugUrl}
              copyLabel={t("copy")}
              copiedLabel={t("copied")}
            />
          ) : null}
          <div>
            <h2 className="text-sm font-medium text-slate-800">{t("chosen")}</h2>
            <ul className="mt-1 list-inside list-disc text-sm text-slate-700">
              {sections.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <a
              href={links.tokenUrl}
              target="_blank"
              rel="noreferrer"
              className="text-sm font-medium text-emerald-700 underline underline-offset-2"
            >
              {t("preview")}
            </a>
            {canManage ? (
              <ConfirmButton
                label={t("revoke")}
                confirmLabel={t("revokeConfirm")}
                onConfirm={async () => {
                  setError(null);
                  const result = await revokeTransparencyAction(orgSlug, {});
                  if (!result.ok) return setError(te(result.error));
                  setRevoked(true);
                  router.refresh();
                }}
              />
            ) : null}
          </div>
        </>
      ) : null}
    </Card>
  );
}
