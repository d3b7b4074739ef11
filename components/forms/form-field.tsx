"use client";

import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import type { FieldValues, Path, RegisterOptions, UseFormRegister } from "react-hook-form";
import { Field, controlClass, fieldAria } from "@/components/ui/field";

/** What a field needs from its form: `useActionForm(...).bind`. */
export type TFieldBinding<T extends FieldValues> = {
  register: UseFormRegister<T>;
  errorOf: (name: Path<T>) => string | undefined;
};

type Owned = "name" | "id" | "className" | "children";

type Common<T extends FieldValues> = {
  bind: TFieldBinding<T>;
  name: Path<T>;
  id: string;
  label: string;
  hint?: string | undefined;
  className?: string; // of the field (label + control), e.g. a grid span
  registerOptions?: RegisterOptions<T, Path<T>>;
};

type Props<T extends FieldValues> =
  | (Common<T> & { as?: "input" } & Omit<InputHTMLAttributes<HTMLInputElement>, Owned>)
  | (Common<T> & { as: "textarea" } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, Owned>)
  | (Common<T> & { as: "select"; children: ReactNode } & Omit<SelectHTMLAttributes<HTMLSelectElement>, Owned>);

// A labelled control bound to one form field: registration, error message and the aria wiring that makes
// screen readers announce it, written once instead of in every form.
export function FormField<T extends FieldValues>(props: Props<T>) {
  const { bind, name, id, label, hint, className, registerOptions, ...rest } = props;
  const error = bind.errorOf(name);
  const control = {
    ...bind.register(name, registerOptions),
    ...fieldAria(id, error),
    className: controlClass(!!error),
  };
  let element: ReactNode;
  if (rest.as === "select") {
    const { as: _as, children, ...attributes } = rest;
    element = (
      <select {...attributes} {...control}>
        {children}
      </select>
    );
  } else if (rest.as === "textarea") {
    const { as: _as, ...attributes } = rest;
    element = <textarea {...attributes} {...control} />;
  } else {
    const { as: _as, ...attributes } = rest;
    element = <input {...attributes} {...control} />;
  }
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      {element}
    </Field>
  );
}
