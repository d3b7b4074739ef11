import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

// Shown instead of the forms when BOAVIZTAPI_URL is not set: how to run BoaviztAPI and connect it, and the
// file import for those who already have an output.
export const BOAVIZTAPI_DOCKER = "docker run -p 5000:5000 ghcr.io/boavizta/boaviztapi:2.4.1";
const ENV_LINE = "BOAVIZTAPI_URL=http://localhost:5000";

export async function BoaviztaApiHowTo({ orgSlug }: { orgSlug: string }) {
  const t = await getTranslations("boaviztaApi.howTo");
  const code = (text: string) => (
    <pre className="whitespace-pre-wrap break-words rounded-md bg-slate-900 px-3 py-2 text-xs text-slate-50">
      <code>{text}</code>
    </pre>
  );
  return (
    <Card className="space-y-4 p-4 sm:p-5">
      <h2 className="text-base font-semibold text-slate-900">{t("title")}</h2>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <ol className="list-decimal space-y-3 pl-5 text-sm text-slate-700">
        <li className="space-y-2">
          <p>{t("step1")}</p>
          {code(BOAVIZTAPI_DOCKER)}
        </li>
        <li className="space-y-2">
          <p>{t("step2")}</p>
          {code(ENV_LINE)}
        </li>
        <li>{t("step3")}</li>
      </ol>
      <div className="flex flex-col gap-3 border-t border-slate-200 pt-4 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-sm text-slate-700">{t("fileImport")}</p>
        <Link href={`/${orgSlug}/imports`} className={`${buttonClass("secondary", "sm")} shrink-0 whitespace-nowrap`}>
          {t("fileImportLink")}
        </Link>
      </div>
    </Card>
  );
}
