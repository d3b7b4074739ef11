"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import {
  changeRoleAction,
  generateResetLinkAction,
  removeMemberAction,
  revokeInvitationAction,
} from "@/app/actions/members";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { FormError } from "@/components/forms/form-error";
import { ResetLinkPanel, type ResetLinkResult } from "@/components/members/reset-link-panel";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { ActionResult } from "@/lib/actions/result";
import { MEMBER_ROLES } from "@/lib/invitations/schemas";
import { formatDate, formatDateTime } from "@/lib/numbers/format";

type Member = {
  id: string;
  role: (typeof MEMBER_ROLES)[number];
  user: { id: string; name: string; email: string; lastLoginAt: Date | null };
};
type Invitation = { id: string; email: string; role: (typeof MEMBER_ROLES)[number]; expiresAt: Date };

export function MemberTable({
  orgSlug,
  members,
  invitations,
  canManage,
  resettable,
  currentUserId,
}: {
  orgSlug: string;
  members: Member[];
  invitations: Invitation[];
  canManage: boolean;
  /** Memberships whose password-reset link the current user may create. */
  resettable: string[];
  currentUserId: string;
}) {
  const t = useTranslations("members");
  const tr = useTranslations("roles");
  const tc = useTranslations("common");
  const te = useTranslations("errors");
  const locale = useLocale();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [reset, setReset] = useState<ResetLinkResult | null>(null);
  const hasActions = canManage || resettable.length > 0;
  const createResetLink = async (id: string) => {
    const result = await generateResetLinkAction(orgSlug, { id });
    setError(result.ok ? null : te(result.error));
    setReset(result.ok ? result.data : null);
  };
  const run = async (action: Promise<ActionResult<unknown>>) => {
    const result = await action;
    setError(result.ok ? null : te(result.error));
    router.refresh();
  };
  // compact: the phone layout, where the reset button's visible text is shortened (its label stays whole).
  const actionsOf = (m: (typeof members)[number], compact = false) => (
    <>
      {resettable.includes(m.id) ? (
        <Button
          variant="secondary"
          size="sm"
          disabled={pending}
          className="whitespace-nowrap"
          aria-label={t("resetLinkFor", { name: m.user.name })}
          onClick={() => startTransition(() => createResetLink(m.id))}
        >
          {compact ? t("resetLinkShort") : t("resetLink")}
        </Button>
      ) : null}
      {canManage ? (
        <ConfirmButton
          label={t("remove")}
          confirmLabel={t("confirmRemove")}
          onConfirm={() => run(removeMemberAction(orgSlug, { id: m.id }))}
        />
      ) : null}
    </>
  );
  return (
    <div className="space-y-6">
      <FormError message={error} />
      {reset ? <ResetLinkPanel result={reset} onClose={() => setReset(null)} /> : null}
      <Table label={t("title")}>
        <thead>
          <tr>
            <Th>{t("name")}</Th>
            {/* On a phone the e-mail goes under the name and the last sign-in is left out, so the role and
                the actions stay on screen without scrolling sideways. */}
            <Th className="hidden md:table-cell">{t("email")}</Th>
            <Th>{t("role")}</Th>
            <Th className="hidden lg:table-cell">{t("lastLogin")}</Th>
            {hasActions ? <Th className="hidden text-right sm:table-cell">{tc("actions")}</Th> : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {members.map((m) => (
            <tr key={m.id} data-testid={`member-${m.user.email}`}>
              <Td className="font-medium">
                {m.user.name}
                {m.user.id === currentUserId ? <span className="ml-2 text-xs text-slate-500">({t("you")})</span> : null}
                <span className="block break-all text-xs font-normal text-slate-500 md:hidden">{m.user.email}</span>
              </Td>
              <Td className="hidden md:table-cell">{m.user.email}</Td>
              <Td>
                {canManage ? (
                  <select
                    aria-label={t("roleOf", { name: m.user.name })}
                    value={m.role}
                    disabled={pending}
                    onChange={(e) => {
                      const role = e.target.value;
                      startTransition(() => run(changeRoleAction(orgSlug, { id: m.id, role })));
                    }}
                    className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
                  >
                    {MEMBER_ROLES.map((role) => (
                      <option key={role} value={role}>
                        {tr(role)}
                      </option>
                    ))}
                  </select>
                ) : (
                  tr(m.role)
                )}
                {/* On a phone the actions column is left out: the member's actions sit under the role. */}
                {hasActions ? <div className="mt-2 flex flex-wrap gap-2 sm:hidden">{actionsOf(m, true)}</div> : null}
              </Td>
              <Td className="hidden text-slate-600 lg:table-cell">
                {m.user.lastLoginAt ? formatDate(m.user.lastLoginAt, locale) : "—"}
              </Td>
              {hasActions ? (
                <Td className="hidden text-right sm:table-cell">
                  <div className="flex justify-end gap-2">{actionsOf(m)}</div>
                </Td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </Table>
      {invitations.length > 0 ? (
        <div>
          <h2 className="mb-3 text-base font-semibold">{t("pending")}</h2>
          <Table label={t("pending")}>
            <thead>
              <tr>
                <Th>{t("email")}</Th>
                <Th>{t("role")}</Th>
                <Th>{t("expires")}</Th>
                {canManage ? <Th className="text-right">{tc("actions")}</Th> : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {invitations.map((inv) => (
                <tr key={inv.id}>
                  <Td>{inv.email}</Td>
                  <Td>
                    <Badge tone="blue">{tr(inv.role)}</Badge>
                  </Td>
                  <Td className="text-slate-600">{formatDateTime(inv.expiresAt, locale)}</Td>
                  {canManage ? (
                    <Td className="text-right">
                      <ConfirmButton
                        label={t("revoke")}
                        confirmLabel={t("confirmRevoke")}
                        onConfirm={() => run(revokeInvitationAction(orgSlug, { id: inv.id }))}
                      />
                    </Td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      ) : null}
    </div>
  );
}
