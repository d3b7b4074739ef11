import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChevronsUpDown } from "lucide-react";
import type { AccessibleOrg } from "@/lib/organizations/access";

// A native <details> menu: keyboard and screen-reader friendly without client JavaScript.
export async function OrgSwitcher({
  current,
  orgs,
  showPortfolio,
}: {
  current: { slug: string; name: string };
  orgs: AccessibleOrg[];
  showPortfolio: boolean;
}) {
  const t = await getTranslations("shell");
  return (
    <details className="group relative" data-testid="org-switcher">
      <summary className="flex cursor-pointer list-none items-center justify-between gap-2 rounded-md border border-slate-200 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50">
        <span className="truncate">{current.name}</span>
        <ChevronsUpDown aria-hidden className="size-4 text-slate-500" />
        <span className="sr-only">{t("switchOrganization")}</span>
      </summary>
      <div className="absolute z-20 mt-1 w-64 rounded-md border border-slate-200 bg-white p-1 shadow-lg">
        <p className="px-3 py-1.5 text-xs font-semibold uppercase tracking-wide text-slate-500">{t("organizations")}</p>
        <ul>
          {orgs.map((org) => (
            <li key={org.id}>
              <Link
                href={`/${org.slug}`}
                aria-current={org.slug === current.slug ? "true" : undefined}
                className="block rounded px-3 py-2 text-sm text-slate-700 hover:bg-slate-100 aria-[current]:font-semibold aria-[current]:text-brand-700"
              >
                {org.name}
                {org.firmName ? (
                  <span className="block text-xs text-slate-500">{t("viaFirm", { firm: org.firmName })}</span>
                ) : null}
              </Link>
            </li>
          ))}
        </ul>
        {showPortfolio ? (
          <Link
            href="/portfolio"
            className="mt-1 block border-t border-slate-100 px-3 py-2 text-sm font-medium text-brand-700 hover:bg-slate-50"
          >
            {t("portfolio")}
          </Link>
        ) : null}
      </div>
    </details>
  );
}
