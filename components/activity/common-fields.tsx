"use client";

import { useLocale, useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import type { TOptionFieldProps } from "@/components/activity/field-context";
import { labelOf, langOf } from "@/components/activity/labels";
import { SelectField } from "@/components/activity/select-field";
import { Field, controlClass, fieldAria } from "@/components/ui/field";
import { unitName } from "@/lib/factors/labels/units";

export type TChoice = { id: string; name: string };
type Props = TOptionFieldProps & { periods: TChoice[]; sites: TChoice[]; products: TChoice[] };

/** The period, date and activity type: first, since they decide what the rest of the form asks. */
export function TypeFields({ form, choices, messageOf, periods }: Props) {
  const t = useTranslations("activity");
  const locale = useLocale();
  return (
    <>
      <SelectField
        form={form}
        messageOf={messageOf}
        name="periodId"
        label={t("fields.period")}
        hint={t("hints.period")}
        empty={t("choose")}
        options={periods.map((p) => ({ value: p.id, label: p.name }))}
      />
      <Field
        id="activity-activityDate"
        label={t("fields.date")}
        hint={t("hints.date")}
        error={messageOf("activityDate")}
      >
        <input
          type="date"
          {...form.register("activityDate")}
          {...fieldAria("activity-activityDate", messageOf("activityDate"))}
          className={controlClass(!!messageOf("activityDate"))}
        />
      </Field>
      <SelectField
        form={form}
        messageOf={messageOf}
        name="activityTypeId"
        className="sm:col-span-2"
        label={t("fields.activityType")}
        empty={t("choose")}
        options={choices.types.map((type) => ({ value: type.id, label: labelOf(type, locale) }))}
      />
    </>
  );
}

/** Quantity and unit (units the type accepts), unless a flight is given by its airports or hosting by servers. */
export function QuantityFields({ form, choices, messageOf }: Props) {
  const t = useTranslations("activity");
  const lang = langOf(useLocale());
  const typeId = useWatch({ control: form.control, name: "activityTypeId" });
  const mode = useWatch({ control: form.control, name: "flightMode" });
  const hostingMode = useWatch({ control: form.control, name: "hostingMode" });
  const type = choices.types.find((x) => x.id === typeId);
  if (type?.optionKeys.includes("airports") && mode === "airports") return null;
  if (type?.optionKeys.includes("servers") && hostingMode === "servers") return null;
  const quantityError = messageOf("quantity");
  const unitError = messageOf("unit");
  return (
    <div className="grid grid-cols-[minmax(0,1fr)_minmax(0,9rem)] gap-3 sm:col-span-2">
      <Field id="activity-quantity" label={t("fields.quantity")} error={quantityError}>
        <input
          {...form.register("quantity")}
          {...fieldAria("activity-quantity", quantityError)}
          inputMode="decimal"
          autoComplete="off"
          className={controlClass(!!quantityError)}
        />
      </Field>
      <Field id="activity-unit" label={t("fields.unit")} error={unitError}>
        <select
          {...form.register("unit")}
          {...fieldAria("activity-unit", unitError)}
          className={controlClass(!!unitError)}
        >
          {(type?.units ?? []).map((u) => (
            <option key={u} value={u}>
              {unitName(u, lang)}
            </option>
          ))}
        </select>
      </Field>
    </div>
  );
}

/** Where and what: site, product, label, description (how sure: components/activity/calc-choice-fields.tsx). */
export function DetailFields({ form, messageOf, sites, products }: Props) {
  const t = useTranslations("activity");
  const text = (name: "label", extra: Record<string, unknown> = {}) => {
    const id = `activity-${name}`;
    return {
      ...form.register(name),
      ...fieldAria(id, messageOf(name)),
      className: controlClass(!!messageOf(name)),
      ...extra,
    };
  };
  return (
    <>
      <SelectField
        form={form}
        messageOf={messageOf}
        name="siteId"
        label={t("fields.site")}
        empty={t("noSite")}
        options={sites.map((s) => ({ value: s.id, label: s.name }))}
      />
      <SelectField
        form={form}
        messageOf={messageOf}
        name="productId"
        label={t("fields.product")}
        empty={t("noProduct")}
        options={products.map((p) => ({ value: p.id, label: p.name }))}
      />
      <Field id="activity-label" label={t("fields.label")} hint={t("hints.label")} error={messageOf("label")}>
        <input {...text("label", { autoComplete: "off" })} />
      </Field>
      <Field
        id="activity-description"
        label={t("fields.description")}
        error={messageOf("description")}
        className="sm:col-span-2"
      >
        <textarea
          rows={3}
          {...form.register("description")}
          {...fieldAria("activity-description", messageOf("description"))}
          className={controlClass(!!messageOf("description"))}
        />
      </Field>
    </>
  );
}
