import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { TPostAllocation } from "@/lib/allocation/compute";
import { formatEmission, formatNumber, formatPercent, type TEmissionUnit } from "@/lib/numbers/format";

// One shared post of the period: its emissions, the part tagged with products (counted for them
// directly), the part without a product, the key with its inputs, what each product receives and the
// unallocated rest. Figures from lib/allocation/compute (exact to the milligram).

export function AllocationPost({
  allocation,
  label,
  products,
  unit,
  children,
}: {
  allocation: TPostAllocation;
  label: string;
  products: { id: string; name: string }[];
  unit: TEmissionUnit;
  children?: React.ReactNode; // the manager's form
}) {
  const t = useTranslations("allocation");
  const locale = useLocale();
  const mass = (kg: string) => `${formatEmission(kg, unit, locale)} ${unit === "t" ? "t" : "kg"}`;
  const { key } = allocation;
  const rows = products
    .map((p) => {
      const share = allocation.shares.find((s) => s.productId === p.id);
      const weight = key?.weights.find((w) => w.productId === p.id)?.weight ?? null;
      return { ...p, direct: allocation.directKg[p.id] ?? null, share, weight };
    })
    .filter((r) => r.direct !== null || (r.weight !== null && Number(r.weight) !== 0));
  const input = (kind: NonNullable<typeof key>["kind"], weight: string) =>
    kind === "REVENUE"
      ? `${formatNumber(weight, locale, 2)} €`
      : kind === "HOSTING"
        ? `${formatEmission(weight, "kg", locale)} kg (Boavizta)`
        : `${formatNumber(weight, locale, 6)} ${t(`units.${kind}`)}`;
  return (
    <Card>
      <section aria-label={label} data-post={allocation.post} data-testid="allocation-post">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <h2 className="min-w-0 text-base font-semibold text-slate-900">{label}</h2>
          <span className="tabular-nums font-semibold text-slate-900">{mass(allocation.kg)}</span>
        </div>
        <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 text-sm text-slate-600 sm:grid-cols-3">
          <div>
            <dt className="inline">{t("post.direct")}</dt>{" "}
            <dd className="inline tabular-nums text-slate-900">{mass(allocation.taggedKg)}</dd>
          </div>
          <div>
            <dt className="inline">{t("post.untagged")}</dt>{" "}
            <dd className="inline tabular-nums text-slate-900">{mass(allocation.untaggedKg)}</dd>
          </div>
          <div>
            <dt className="inline">{t("post.key")}</dt>{" "}
            <dd className="inline font-medium text-slate-900" data-testid="allocation-key">
              {key ? t(`kinds.${key.kind}`) : t("post.noKey")}
            </dd>
          </div>
        </dl>
        {rows.length > 0 ? (
          <ul className="mt-3 divide-y divide-slate-100 border-t border-slate-100 text-sm">
            {rows.map((r) => (
              <li
                key={r.id}
                className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2"
                data-testid="allocation-row"
                data-product={r.name}
              >
                <span className="min-w-0 font-medium text-slate-800">{r.name}</span>
                <span className="flex flex-wrap gap-x-4 gap-y-1 tabular-nums text-slate-700">
                  {r.direct !== null ? <span>{t("post.directShort", { kg: mass(r.direct) })}</span> : null}
                  {key && r.weight !== null && r.share ? (
                    <span>
                      {key.kind === "CUSTOM" ? null : `${input(key.kind, r.weight)} · `}
                      {formatPercent(Number(r.share.share), locale)} →{" "}
                      <span className="font-semibold text-slate-900" data-testid="allocated-kg">
                        {mass(r.share.kg)}
                      </span>
                    </span>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        ) : null}
        <p className="mt-3 text-sm" data-testid="unallocated">
          <span className="text-slate-600">{t("post.unallocated")}</span>{" "}
          <span
            className={`tabular-nums font-medium ${Number(allocation.unallocatedKg) !== 0 ? "text-amber-700" : "text-slate-900"}`}
          >
            {mass(allocation.unallocatedKg)}
          </span>
          {key?.kind === "HOSTING" && allocation.shares.length === 0 && Number(allocation.untaggedKg) !== 0 ? (
            <span className="block text-xs text-amber-700">{t("post.hostingNone")}</span>
          ) : null}
        </p>
        {children}
      </section>
    </Card>
  );
}
