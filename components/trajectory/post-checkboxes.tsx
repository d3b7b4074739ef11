"use client";

import { useTranslations } from "next-intl";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { useCategoryLabel } from "@/components/dashboard/category-label";
import { SCOPE3_POSTS } from "@/lib/targets/posts";

// The posts a target covers or an action is linked to, as checkboxes grouped by scope, with quick picks
// ("scopes 1 + 2", "all of scope 3") for the usual SBTi coverages.
export function PostCheckboxes<T extends FieldValues>({
  form,
  name,
  idPrefix,
  legend,
  error,
}: {
  form: UseFormReturn<T, unknown, unknown>;
  name: Path<T>;
  idPrefix: string;
  legend: string;
  error?: string | undefined;
}) {
  const t = useTranslations("trajectory.posts");
  const label = useCategoryLabel("ghg");
  const set = (posts: string[]) => form.setValue(name, posts as never, { shouldValidate: true, shouldDirty: true });
  const box = (post: string) => (
    <label key={post} className="flex items-start gap-2 text-sm">
      <input type="checkbox" value={post} id={`${idPrefix}-${post}`} className="mt-0.5" {...form.register(name)} />
      <span>{label(post)}</span>
    </label>
  );
  return (
    <fieldset aria-describedby={error ? `${idPrefix}-error` : undefined} className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="flex flex-wrap gap-2 text-xs">
        <button
          type="button"
          className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-50"
          onClick={() => set(["scope1", "scope2"])}
        >
          {t("scopes12")}
        </button>
        <button
          type="button"
          className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-50"
          onClick={() => set(SCOPE3_POSTS)}
        >
          {t("scope3")}
        </button>
        <button
          type="button"
          className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-50"
          onClick={() => set(["scope1", "scope2", ...SCOPE3_POSTS])}
        >
          {t("all")}
        </button>
      </div>
      <div className="grid gap-1 sm:grid-cols-2">
        {box("scope1")}
        {box("scope2")}
        {SCOPE3_POSTS.map(box)}
      </div>
      {error ? (
        <p id={`${idPrefix}-error`} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
