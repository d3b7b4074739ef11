import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export function StatusPage({
  code,
  title,
  text,
  homeLabel,
}: {
  code: number;
  title: string;
  text: string;
  homeLabel: string;
}) {
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center px-4 text-center">
      <p className="text-sm font-semibold text-brand-700">{code}</p>
      <h1 className="mt-2 text-2xl font-semibold">{title}</h1>
      <p className="mt-2 max-w-md text-sm text-slate-600">{text}</p>
      <Link href="/" className={`${buttonClass("secondary")} mt-6`}>
        {homeLabel}
      </Link>
    </main>
  );
}
