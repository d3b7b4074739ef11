"use client";

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
                <Td className="font-medium">{product.name}</Td>
                <Td>{product.functionalUnit}</Td>
                <Td className="max-w-md text-slate-600">{product.description || "—"}</Td>
                {canManage ? (
                  <Td className="space-x-1 whitespace-nowrap text-right">
                    <Button size="sm" variant="secondary" onClick={() => setEditing(product.id)}>
                      {tc("edit")}
                    </Button>
                    <ConfirmButton
                      label={tc("delete")}
                      confirmLabel={tc("confirmDelete")}
                      onConfirm={() => run(deleteProductAction(orgSlug, { id: product.id }))}
                    />
                  </Td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
