import { getLocale, getTranslations } from "next-intl/server";
import { ghgCategoryLabel } from "@/lib/dashboard/labels";

/** Names GHG post keys ("scope2", "3.1") in a server page, as the dashboard names its categories. */
export async function postLabeller(): Promise<(post: string) => string> {
  const [t, locale] = await Promise.all([getTranslations("dashboard"), getLocale()]);
  return (post) =>
    post.startsWith("scope")
      ? t(`kpi.${post}` as "kpi.scope1")
      : t("ghgCategory", { n: post.slice(2), label: ghgCategoryLabel(Number(post.slice(2)), locale) ?? "" });
}
