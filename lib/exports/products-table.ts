import type { TPeriodAllocation } from "@/lib/allocation/compute";
import { fromMillionths, toMillionths } from "@/lib/allocation/shares";
import { decimalCell, type TExportValue } from "@/lib/exports/cells";
import type { TExportT } from "@/lib/exports/messages";
import { KG_FORMAT, SHARE_FORMAT, TONNES_FORMAT, type TExportTable } from "@/lib/exports/table";

// The products table with its allocation made visible: per product the lines tagged with it (direct), its
// share of shared posts (allocated) and the keys behind it, then a row for what no product carries: the
// untagged lines, minus what keys allocated, leaving the unallocated rest. Columns add up: Σ direct = the
// organisation's total, Σ allocated = 0, Σ total = the organisation's total (lib/allocation/compute).

export function productsAllocationTable(
  allocation: TPeriodAllocation,
  names: Record<string, string>,
  t: TExportT,
  postName: (post: string) => string,
): TExportTable {
  const c = (key: string) => t(`exports.columns.${key}`);
  const a = (key: string) => t(`allocation.export.${key}`);
  const total = allocation.organizationKg;
  const share = (kg: string) => (Number(total) !== 0 ? Number(kg) / Number(total) : null);
  const figures = (direct: string, allocated: string, sum: string): TExportValue[] => [
    decimalCell(direct),
    decimalCell(allocated),
    decimalCell(sum),
    Number(sum) / 1000,
    share(sum),
  ];
  const keysOf = (posts: TPeriodAllocation["products"][number]["posts"]) =>
    posts
      .map(
        (p) =>
          `${postName(p.post)}: ${t(`allocation.kinds.${p.kind}`)} ${p.weight} (${(Number(p.share) * 100).toFixed(2)} %)`,
      )
      .join("; ");
  const sumOf = (pick: (p: TPeriodAllocation["posts"][number]) => string) =>
    allocation.posts.reduce((s, p) => s + toMillionths(pick(p)), 0n);
  const untagged = fromMillionths(sumOf((p) => p.untaggedKg));
  const allocatedAway = fromMillionths(-sumOf((p) => p.allocatedKg));
  return {
    sheet: t("exports.tables.products"),
    columns: [
      { header: c("product"), kind: "text", width: 36 },
      { header: a("direct"), kind: "number", format: KG_FORMAT, width: 18 },
      { header: a("allocated"), kind: "number", format: KG_FORMAT, width: 18 },
      { header: a("total"), kind: "number", format: KG_FORMAT, width: 18 },
      { header: c("tCO2e"), kind: "number", format: TONNES_FORMAT, width: 14 },
      { header: c("shareOfTotal"), kind: "number", format: SHARE_FORMAT, width: 14 },
      { header: a("keys"), kind: "text", width: 80 },
    ],
    rows: [
      ...allocation.products.map((p) => [
        names[p.productId] ?? p.productId,
        ...figures(p.directKg, p.allocatedKg, p.totalKg),
        keysOf(p.posts),
      ]),
      [t("dashboard.noProduct"), ...figures(untagged, allocatedAway, allocation.unallocatedKg), a("unallocatedNote")],
      [t("exports.rows.total"), ...figures(total, "0", total), null],
    ],
  };
}
