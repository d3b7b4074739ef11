import { getTranslations } from "next-intl/server";
import { ghgCategoryLabel } from "@/lib/dashboard/labels";
import { formatNumber } from "@/lib/numbers/format";
import { SCOPE3_POSTS } from "@/lib/targets/posts";

// Names and numbers of the public page, on the server: posts ("scope1", "3.6") as the dashboard names
// them, kg as tonnes in the reader's format.
export async function publicFormatters(locale: string) {
  const t = await getTranslations("dashboard");
  const tp = await getTranslations("trajectory.posts");
  const post = (key: string) =>
    key.startsWith("scope")
      ? t(`kpi.${key}` as "kpi.scope1")
      : t("ghgCategory", { n: key.slice(2), label: ghgCategoryLabel(Number(key.slice(2)), locale) ?? "" });
  const tonnes = (kg: number) => formatNumber(kg / 1000, locale, Math.abs(kg) < 10_000 ? 2 : 1);
  const source = (id: string) =>
    t.has(`sources.${id}` as "sources.ademe") ? t(`sources.${id}` as "sources.ademe") : id;
  // A coverage of every scope-3 category reads "Scope 3 (all categories)", not fifteen names.
  const coverage = (posts: readonly string[]) => {
    const whole3 = SCOPE3_POSTS.every((p) => posts.includes(p));
    const named = posts.filter((p) => !(whole3 && SCOPE3_POSTS.includes(p))).map(post);
    return (whole3 ? [...named, tp("scope3")] : named).join(", ");
  };
  return { post, tonnes, source, coverage };
}
export type TPublicFormatters = Awaited<ReturnType<typeof publicFormatters>>;

/** A section of the public page: a heading and its content, kept on one printed page where it fits. */
export function PublicSection({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="mt-8 break-inside-avoid-page print:mt-6">
      <h2 id={`${id}-title`} className="mb-3 text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}
