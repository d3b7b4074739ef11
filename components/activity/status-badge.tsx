import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/card";

const TONES = { DRAFT: "slate", SUBMITTED: "blue", VALIDATED: "green", REJECTED: "red" } as const;
export type TActivityStatus = keyof typeof TONES;

// Read-only: the workflow actions (submit, validate, reject) live elsewhere.
export function ActivityStatusBadge({ status }: { status: TActivityStatus }) {
  const t = useTranslations("activity.status");
  return <Badge tone={TONES[status]}>{t(status)}</Badge>;
}
