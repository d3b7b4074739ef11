import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { History } from "lucide-react";
import { buttonClass } from "@/components/ui/button";

// The factor section header's way to the library versions the organisation uses.
export async function FactorReleasesLink({ orgSlug }: { orgSlug: string }) {
  const t = await getTranslations("factorReleases");
  return (
    <Link href={`/${orgSlug}/factors/releases`} className={buttonClass("secondary", "sm")}>
      <History aria-hidden className="size-4" />
      {t("headerLink")}
    </Link>
  );
}
