"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { deleteTargetAction, rebaseTargetAction } from "@/app/actions/targets";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { Button } from "@/components/ui/button";

export function RebaseTargetButton({ orgSlug, id }: { orgSlug: string; id: string }) {
  const t = useTranslations("trajectory.target");
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <Button
      size="sm"
      variant="secondary"
      disabled={pending}
      onClick={() =>
        start(async () => {
          await rebaseTargetAction(orgSlug, { id });
          router.refresh();
        })
      }
    >
      {t("rebase")}
    </Button>
  );
}

export function DeleteTargetButton({ orgSlug, id }: { orgSlug: string; id: string }) {
  const t = useTranslations("trajectory.target");
  const router = useRouter();
  return (
    <ConfirmButton
      label={t("delete")}
      confirmLabel={t("deleteConfirm")}
      variant="ghost"
      onConfirm={async () => {
        await deleteTargetAction(orgSlug, { id });
        router.refresh();
      }}
    />
  );
}
