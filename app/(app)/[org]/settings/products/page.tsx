import { getTranslations } from "next-intl/server";
import { ProductManager } from "@/components/products/product-manager";
import { db } from "@/lib/db";
import { requireOrgPermission } from "@/lib/organizations/context";
import { can } from "@/lib/permissions";
import { listProducts } from "@/lib/products/queries";

export async function generateMetadata() {
  return { title: (await getTranslations("products"))("title") };
}

export default async function ProductsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const context = await requireOrgPermission(org, "settings.read");
  const products = await listProducts(db(), context.organization.id);
  const rows = products.map((p) => ({
    id: p.id,
    name: p.name,
    description: p.description ?? "",
    functionalUnit: p.functionalUnit,
  }));
  return <ProductManager orgSlug={org} products={rows} canManage={can(context.role, "products.manage")} />;
}
