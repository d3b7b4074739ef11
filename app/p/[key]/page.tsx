import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { PublicTransparencyPage } from "@/components/transparency/public-page";
import { db } from "@/lib/db";
import { publishedSnapshot } from "@/lib/transparency/queries";
import { TOKEN_LENGTH } from "@/lib/transparency/token";

// The public transparency page at /p/<token> or /p/<slug>: anyone may read it, signed in or not. It renders
// the snapshot stored at publication only (one indexed lookup, never the organisation's live data); a
// revoked or unknown address is a 404 on the next request, as every request reads the row (no page cache;
// proxy.ts sets the Cache-Control).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ key: string }> };

const load = cache((key: string) => publishedSnapshot(db(), key));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { key } = await params;
  const snapshot = await load(key);
  if (!snapshot) return {};
  const t = await getTranslations("transparency.public");
  return {
    title: { absolute: t("title", { organization: snapshot.organizationName }) },
    // The unguessable address stays out of search engines (a listed copy would outlive a revocation);
    // the readable slug is the address meant to be found.
    ...(key.length === TOKEN_LENGTH ? { robots: { index: false, follow: false } } : {}),
  };
}

export default async function TransparencyPublicPage({ params }: Props) {
  const snapshot = await load((await params).key);
  if (!snapshot) notFound();
  return <PublicTransparencyPage snapshot={snapshot} locale={await getLocale()} />;
}
