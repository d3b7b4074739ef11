import { getTranslations } from "next-intl/server";
import { ClientForm } from "@/components/portfolio/client-form";
import { Logo } from "@/components/shell/logo";
import { UserMenu } from "@/components/shell/user-menu";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { PortfolioTable } from "@/components/portfolio/portfolio-table";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listPortfolio } from "@/lib/organizations/portfolio";
import { notFound } from "next/navigation";
import { loadPortfolioFigures } from "@/lib/portfolio/figures";
import { sortPortfolio, ZPortfolioSort } from "@/lib/portfolio/sort";

export async function generateMetadata() {
  return { title: (await getTranslations("portfolio"))("title") };
}

export default async function PortfolioPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const firms = await listPortfolio(db(), user.id);
  if (firms.length === 0) notFound();
  const t = await getTranslations("portfolio");
  const tr = await getTranslations("roles");
  const params = await searchParams;
  const order = ZPortfolioSort.parse({ sort: params.sort, dir: params.dir });
  const clients = firms.flatMap((firm) => firm.clients);
  const figures = await loadPortfolioFigures(
    db(),
    user.id,
    clients.map((c) => ({ id: c.id, baseYear: c.baseYear })),
    new Date().toISOString().slice(0, 10),
  );
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-8">
      <div className="mb-8 flex items-start justify-between gap-6">
        <Logo />
        <div className="w-64">
          <UserMenu name={user.name} email={user.email} roleLabel={tr("CONSULTANT")} divider={false} />
        </div>
      </div>
      {firms.map((firm) => (
        <section key={firm.id} className="mb-10 space-y-6">
          <PageHeader title={t("title")} description={t("subtitle", { firm: firm.name, count: firm.clients.length })} />
          {firm.clients.length === 0 ? (
            <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
          ) : (
            <>
              <p className="text-sm text-slate-600" data-testid="portfolio-basis">
                {t("figures.basis")}
              </p>
              <PortfolioTable
                order={order}
                rows={sortPortfolio(
                  firm.clients.map((c) => ({ ...c, figures: figures.get(c.id) })),
                  order,
                )}
              />
            </>
          )}
          <ClientForm firmId={firm.id} />
        </section>
      ))}
    </div>
  );
}
