"use client";

import { useTranslations } from "next-intl";
import { FormError } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

type Props = {
  title: string;
  onSubmit: React.FormEventHandler<HTMLFormElement>;
  onCancel: () => void;
  formError: string | null;
  submitting: boolean;
  children: React.ReactNode;
};

// The frame every inline settings form shares: titled card, form-level error, Save and Cancel.
export function FormCard({ title, onSubmit, onCancel, formError, submitting, children }: Props) {
  const tc = useTranslations("common");
  return (
    <Card className="mb-6">
      <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={title}>
        <h2 className="text-base font-semibold">{title}</h2>
        <FormError message={formError} />
        {children}
        <div className="flex gap-2">
          <Button type="submit" disabled={submitting}>
            {tc("save")}
          </Button>
          <Button variant="ghost" onClick={onCancel}>
            {tc("cancel")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
