"use client";

import type { Path } from "react-hook-form";
import type { TOptionFieldProps } from "@/components/activity/field-context";
import type { TActivityFormValues } from "@/components/activity/form-values";
import { Field, controlClass, fieldAria } from "@/components/ui/field";

type Props = Pick<TOptionFieldProps, "form" | "messageOf"> & {
  name: Path<TActivityFormValues>;
  label: string;
  hint?: string;
  empty: string; // the first, empty choice ("default", "choose…")
  options: readonly { value: string; label: string; group?: string }[];
  className?: string;
  children?: React.ReactNode; // shown between the label and the select (e.g. a filter box)
};

// One select bound to the form; options with a `group` are shown under <optgroup>s, in their given order.
export function SelectField({ form, messageOf, name, label, hint, empty, options, className, children }: Props) {
  const id = `activity-${name.replaceAll(".", "-")}`;
  const error = messageOf(name);
  const groups = [...new Set(options.map((o) => o.group ?? ""))];
  const render = (list: Props["options"]) =>
    list.map((o) => (
      <option key={o.value} value={o.value}>
        {o.label}
      </option>
    ));
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      {children}
      <select {...form.register(name)} {...fieldAria(id, error)} className={controlClass(!!error)}>
        <option value="">{empty}</option>
        {groups.length > 1 || groups[0] !== ""
          ? groups.map((g) => (
              <optgroup key={g} label={g}>
                {render(options.filter((o) => (o.group ?? "") === g))}
              </optgroup>
            ))
          : render(options)}
      </select>
    </Field>
  );
}
