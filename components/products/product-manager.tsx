"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { useRecordEditor } from "@/components/forms/use-record-editor";
import { FormError } from "@/components/forms/form-error";
import { ProductForm } from "@/components/products/product-form";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { createProductAction, deleteProductAction, updateProductAction } from "@/app/actions/products";
import type { TProductCreate } from "@/lib/products/schemas";

export type ProductRow = { id: string; name: string; description: string; functionalUnit: string };

const EMPTY = { name: "", description: "", functionalUnit: "" };

export function ProductManager({
  orgSlug,
  products,
  canManage,
}: {
  orgSlug: string;
  products: ProductRow[];
  canManage: boolean;
}) {
  const t = useTranslations("products");
  const tc = useTranslations("common");
  const { editing, setEditing, current, done, error, run } = useRecordEditor(products);
  const actions = (product: ProductRow) => (
    <>
      <Button size="sm" variant="secondary" onClick={() => setEditing(product.id)}>
        {tc("edit")}
      </Button>
      <ConfirmButton
        label={tc("delete")}
        confirmLabel={tc("confirmDelete")}
        onConfirm={() => run(deleteProductAction(orgSlug, { id: product.id }))}
      />
    </>
  );

  return (
    <div>
      <div className="mb-4 flex items-center justify-between">
        <h2 className="text-lg font-semibold">{t("title")}</h2>
        {canManage && !editing ? <Button onClick={() => setEditing("new")}>{t("add")}</Button> : null}
      </div>
      <FormError message={error} />
      {editing === "new" ? (
        <ProductForm
          title={t("add")}
          initial={EMPTY}
          onDone={done}
          submit={(v: TProductCreate) => createProductAction(orgSlug, v)}
        />
      ) : null}
      {current ? (
        <ProductForm
          key={current.id}
          title={t("edit", { name: current.name })}
          initial={current}
          onDone={done}
          submit={(v: TProductCreate) => updateProductAction(orgSlug, { id: current.id, values: v })}
        />
      ) : null}
      {products.length === 0 ? (
        <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
      ) : (
        <>
          {/* Cards on a phone: a four-column table would not fit 390 px without scrolling sideways. */}
          <ul className="space-y-3 md:hidden" aria-label={t("title")}>
            {products.map((product) => (
              <li key={product.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                <p className="font-medium text-slate-900">
                  <Link href={`/${orgSlug}/products/${product.id}`} className="text-brand-700 hover:underline">
                    {product.name}
                  </Link>
                </p>
                <p className="mt-1 text-sm text-slate-700">
                  <span className="text-slate-500">{t("functionalUnit")} · </span>
                  {product.functionalUnit}
                </p>
                {product.description ? (
                  <p className="mt-1 break-words text-sm text-slate-600">{product.description}</p>
                ) : null}
                {canManage ? <div className="mt-3 flex flex-wrap gap-2">{actions(product)}</div> : null}
              </li>
            ))}
          </ul>
          <div className="hidden md:block">
            <Table label={t("title")}>
              <thead>
                <tr>
                  <Th>{t("name")}</Th>
                  <Th>{t("functionalUnit")}</Th>
                  <Th>{t("description")}</Th>
                  {canManage ? <Th className="text-right">{tc("actions")}</Th> : null}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {products.map((product) => (
                  <tr key={product.id}>
                    <Td className="font-medium">
                      <Link href={`/${orgSlug}/products/${product.id}`} className="text-brand-700 hover:underline">
                        {product.name}
                      </Link>
                    </Td>
                    <Td>{product.functionalUnit}</Td>
                    <Td className="max-w-md text-slate-600">{product.description || "—"}</Td>
                    {canManage ? <Td className="space-x-1 whitespace-nowrap text-right">{actions(product)}</Td> : null}
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
        </>
      )}
    </div>
  );
}
