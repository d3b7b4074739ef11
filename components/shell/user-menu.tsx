import { getTranslations } from "next-intl/server";
import { LogOut } from "lucide-react";
import { signOutAction, signOutEverywhereAction } from "@/app/actions/session";
import { LocaleSwitch } from "@/components/shell/locale-switch";

export async function UserMenu({
  name,
  email,
  roleLabel,
  divider = true,
}: {
  name: string;
  email: string;
  roleLabel: string;
  divider?: boolean;
}) {
  const t = await getTranslations("shell");
  return (
    <div className={divider ? "space-y-3 border-t border-slate-200 pt-4" : "space-y-3"}>
      <div className="min-w-0">
        <p className="truncate text-sm font-medium text-slate-800" data-testid="user-name">
          {name}
        </p>
        <p className="truncate text-xs text-slate-500" title={email}>
          {email}
        </p>
        <p className="mt-1 text-xs text-slate-600" data-testid="user-role">
          {roleLabel}
        </p>
      </div>
      <div className="flex items-center justify-between gap-2">
        <LocaleSwitch />
        <form action={signOutAction}>
          <button
            type="submit"
            className="inline-flex items-center gap-1.5 rounded-md px-2 py-1 text-xs font-medium text-slate-600 hover:bg-slate-100"
          >
            <LogOut aria-hidden className="size-3.5" />
            {t("signOut")}
          </button>
        </form>
      </div>
      <form action={signOutEverywhereAction}>
        <button
          type="submit"
          className="text-xs text-slate-500 underline-offset-2 hover:text-slate-700 hover:underline"
        >
          {t("signOutEverywhere")}
        </button>
      </form>
    </div>
  );
}
