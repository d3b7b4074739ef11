import { getTranslations } from "next-intl/server";
import { ProductManager } from "@/components/products/product-manager";
import { ProductVolumes } from "@/components/products/product-volumes";
import { db } from "@/lib/db";
import { requireOrgPermission } from "@/lib/organizations/context";
import { can } from "@/lib/permissions";
import { listPeriods } from "@/lib/periods/queries";
import { listProducts } from "@/lib/products/queries";
import { listProductVolumes } from "@/lib/products/volumes";

export async function generateMetadata() {
  return { title: (await getTranslations("products"))("title") };
}

export default async function ProductsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const context = await requireOrgPermission(org, "settings.read");
  const organizationId = context.organization.id;
  const [products, periods, volumes] = await Promise.all([
    listProducts(db(), organizationId),
    listPeriods(db(), organizationId),
    listProductVolumes(db(), organizationId),
  ]);
  const rows = products.map((p) => ({
    id: p.id,
    name: p.name,
    description: p.description ?? "",
    functionalUnit: p.functionalUnit,
  }));
  const canManage = can(context.role, "products.manage");
  return (
    <>
      <ProductManager orgSlug={org} products={rows} canManage={canManage} />
      <ProductVolumes
        orgSlug={org}
        canManage={canManage}
        periods={periods.slice(0, 8).map((p) => ({ id: p.id, label: p.label, locked: p.status === "LOCKED" }))}
        products={products.map((p) => ({
          id: p.id,
          name: p.name,
          functionalUnit: p.functionalUnit,
          volumes: Object.fromEntries(volumes.filter((v) => v.productId === p.id).map((v) => [v.periodId, v.volume])),
        }))}
      />
    </>
  );
}
