"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { RejectDialog } from "@/components/activity/reject-dialog";
import { ActivityStatusBadge, RejectionComment } from "@/components/activity/status-badge";
import { FormError } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { submitActivitiesAction, validateActivitiesAction } from "@/app/actions/activity-status";
import type { ActionResult } from "@/lib/actions/result";
import { availableTransitions, type TActivityStatus } from "@/lib/activity/status-rules";

export type TStatusControlsProps = {
  orgSlug: string;
  activityId: string;
  status: TActivityStatus;
  /** The reviewer's reason, shown while the line is rejected. */
  comment: string | null;
  /** What the person may do (from lib/permissions: activity.submit, activity.validate). */
  canSubmit: boolean;
  canValidate: boolean;
  /** How the line is named in the reject dialog (its label or type). */
  lineLabel?: string;
};

// One line's status, the rejection comment, and the buttons its status and the person's rights allow.
export function StatusControls(props: TStatusControlsProps) {
  const { orgSlug, activityId, status, comment, canSubmit, canValidate, lineLabel = "" } = props;
  const t = useTranslations("activityStatus");
  const te = useTranslations("errors");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState(false);
  const [pending, startTransition] = useTransition();
  const actions = availableTransitions(status, { submit: canSubmit, validate: canValidate });
  const run = (call: () => Promise<ActionResult<unknown>>) =>
    startTransition(async () => {
      const result = await call();
      setError(result.ok ? null : te(result.error));
      router.refresh();
    });

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <ActivityStatusBadge status={status} />
        {actions.includes("submit") ? (
          <Button
            size="sm"
            disabled={pending}
            onClick={() => run(() => submitActivitiesAction(orgSlug, { ids: [activityId] }))}
          >
            {t("submit")}
          </Button>
        ) : null}
        {actions.includes("validate") ? (
          <Button
            size="sm"
            disabled={pending}
            onClick={() => run(() => validateActivitiesAction(orgSlug, { ids: [activityId] }))}
          >
            {t("validate")}
          </Button>
        ) : null}
        {actions.includes("reject") ? (
          <Button size="sm" variant="danger" disabled={pending} onClick={() => setRejecting(true)}>
            {t("reject")}
          </Button>
        ) : null}
      </div>
      {status === "REJECTED" ? <RejectionComment comment={comment} /> : null}
      <FormError message={error} />
      {rejecting ? (
        <RejectDialog
          orgSlug={orgSlug}
          activityId={activityId}
          lineLabel={lineLabel}
          onClose={() => setRejecting(false)}
          onDone={() => {
            setRejecting(false);
            router.refresh();
          }}
        />
      ) : null}
    </div>
  );
}
