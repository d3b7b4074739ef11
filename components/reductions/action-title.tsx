import { cn } from "@/components/ui/cn";

// An action's title in a view of the plan: a button that opens it in the editing form for managers
// (onOpen given), plain text for the others.
export function ActionTitle({
  id,
  title,
  onOpen,
  className,
}: {
  id: string;
  title: string;
  onOpen: ((id: string) => void) | undefined;
  className?: string;
}) {
  if (!onOpen) return <span className={cn("min-w-0", className)}>{title}</span>;
  return (
    <button
      type="button"
      onClick={() => onOpen(id)}
      className={cn("min-w-0 text-left text-brand-700 hover:underline", className)}
    >
      {title}
    </button>
  );
}
