import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientForm } from "@/components/portfolio/client-form";
import { Logo } from "@/components/shell/logo";
import { UserMenu } from "@/components/shell/user-menu";
import { Badge, EmptyState, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listPortfolio } from "@/lib/organizations/portfolio";
import { notFound } from "next/navigation";
import { formatDate, formatNumber } from "@/lib/numbers/format";

export async function generateMetadata() {
  return { title: (await getTranslations("portfolio"))("title") };
}

export default async function PortfolioPage() {
  const user = await requireUser();
  const firms = await listPortfolio(db(), user.id);
  if (firms.length === 0) notFound();
  const t = await getTranslations("portfolio");
  const tp = await getTranslations("home.periodStatus");
  const tr = await getTranslations("roles");
  const locale = await getLocale();
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
            <Table label={t("clients")}>
              <thead>
                <tr>
                  <Th>{t("client")}</Th>
                  <Th>{t("country")}</Th>
                  <Th>{t("headcount")}</Th>
                  <Th>{t("sites")}</Th>
                  <Th>{t("members")}</Th>
                  <Th>{t("latestPeriod")}</Th>
                  <Th>{t("updated")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {firm.clients.map((client) => {
                  const latest = client.periods[0];
                  return (
                    <tr key={client.id}>
                      <Td className="font-medium">
                        <Link href={`/${client.slug}`} className="text-brand-700 hover:underline">
                          {client.name}
                        </Link>
                      </Td>
                      <Td>{client.country}</Td>
                      <Td className="tabular-nums">
                        {client.headcount === null ? "—" : formatNumber(client.headcount, locale)}
                      </Td>
                      <Td className="tabular-nums">{client._count.sites}</Td>
                      <Td className="tabular-nums">{client._count.memberships}</Td>
                      <Td>
                        {latest ? (
                          <span className="inline-flex items-center gap-2">
                            {latest.year}{" "}
                            <Badge tone={latest.status === "LOCKED" ? "amber" : "green"}>{tp(latest.status)}</Badge>
                          </span>
                        ) : (
                          "—"
                        )}
                      </Td>
                      <Td className="text-slate-600">{formatDate(client.updatedAt, locale)}</Td>
                    </tr>
                  );
                })}
              </tbody>
            </Table>
          )}
          <ClientForm firmId={firm.id} />
        </section>
      ))}
    </div>
  );
}
