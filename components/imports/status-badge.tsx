import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/card";
import type { TImportStatus } from "@/lib/imports/queries";

const TONE = {
  PREVIEWED: "amber",
  QUEUED: "slate",
  RUNNING: "blue",
  COMMITTED: "green",
  FAILED: "red",
  ROLLED_BACK: "slate",
} as const;

export function ImportStatusBadge({ status }: { status: TImportStatus }) {
  const t = useTranslations("imports.status");
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
