"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { FormError } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { Badge, EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { CreateTokenDialog } from "@/components/api-tokens/create-token-dialog";
import { revokeApiTokenAction } from "@/app/actions/api-tokens";
import type { TApiTokenCreate } from "@/lib/api-tokens/schemas";

export type TApiTokenView = {
  id: string;
  name: string;
  role: TApiTokenCreate["role"];
  prefix: string;
  state: "active" | "expired" | "revoked";
  createdAt: string; // formatted for the user's locale by the page
  createdBy: string | null;
  expiresAt: string | null;
  lastUsedAt: string | null;
};

const TONE = { active: "green", expired: "amber", revoked: "slate" } as const;

export function ApiTokenManager({
  orgSlug,
  tokens,
  roles,
}: {
  orgSlug: string;
  tokens: TApiTokenView[];
  roles: TApiTokenCreate["role"][];
}) {
  const t = useTranslations("apiTokens");
  const tr = useTranslations("roles");
  const te = useTranslations("errors");
  const tc = useTranslations("common");
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">{t("title")}</h2>
        <Button onClick={() => setCreating(true)}>{t("add")}</Button>
      </div>
      <p className="mb-4 text-sm text-slate-600">
        {t("description")}{" "}
        <a className="text-brand-700 underline" href="/api/v1/openapi.json">
          {t("openapi")}
        </a>
      </p>
      <FormError message={error} />
      {creating ? <CreateTokenDialog orgSlug={orgSlug} roles={roles} onClose={() => setCreating(false)} /> : null}
      {tokens.length === 0 ? (
        <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
      ) : (
        <Table label={t("title")}>
          <thead>
            <tr>
              <Th>{t("name")}</Th>
              <Th className="hidden md:table-cell">{t("role")}</Th>
              <Th className="hidden sm:table-cell">{t("lastUsed")}</Th>
              <Th className="hidden lg:table-cell">{t("expires")}</Th>
              <Th className="text-right">{tc("actions")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {tokens.map((token) => (
              <tr key={token.id} data-testid="api-token-row">
                <Td>
                  <span className="flex flex-wrap items-center gap-2">
                    <span className="break-all font-medium">{token.name}</span>
                    <Badge tone={TONE[token.state]}>{t(`states.${token.state}`)}</Badge>
                  </span>
                  <span className="block font-mono text-xs text-slate-500">{token.prefix}…</span>
                  <span className="block text-xs text-slate-500">
                    {t("createdBy", { date: token.createdAt, name: token.createdBy ?? "—" })}
                  </span>
                  <span className="block text-xs text-slate-500 md:hidden">{tr(token.role)}</span>
                  <span className="block text-xs text-slate-500 sm:hidden">
                    {token.lastUsedAt ? t("lastUsedOn", { date: token.lastUsedAt }) : t("neverUsed")}
                  </span>
                </Td>
                <Td className="hidden md:table-cell">{tr(token.role)}</Td>
                <Td className="hidden sm:table-cell">{token.lastUsedAt ?? t("neverUsed")}</Td>
                <Td className="hidden lg:table-cell">{token.expiresAt ?? t("noExpiry")}</Td>
                <Td className="text-right">
                  {token.state === "revoked" ? null : (
                    <ConfirmButton
                      label={t("revoke")}
                      confirmLabel={t("confirmRevoke")}
                      onConfirm={async () => {
                        const result = await revokeApiTokenAction(orgSlug, { id: token.id });
                        setError(result.ok ? null : te(result.error));
                      }}
                    />
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
