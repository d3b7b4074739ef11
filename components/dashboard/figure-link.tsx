import Link from "next/link";
import { cn } from "@/components/ui/cn";

// A dashboard figure that leads to its emission lines when it has a drill-down address, plain text otherwise.
export function FigureLink({
  href,
  className,
  children,
  testId,
}: {
  href: string | undefined;
  className?: string;
  children: React.ReactNode;
  testId?: string;
}) {
  if (!href) return <>{children}</>;
  return (
    <Link
      href={href}
      className={cn("underline decoration-slate-300 underline-offset-4 hover:decoration-current", className)}
      data-testid={testId}
    >
      {children}
    </Link>
  );
}
