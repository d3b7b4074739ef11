// A two-column list of labelled facts, used by the factor and custom factor detail pages.
export function Facts({ items }: { items: Array<{ label: string; value: React.ReactNode } | null> }) {
  return (
    <dl className="divide-y divide-slate-100 text-sm">
      {items
        .filter((i) => i !== null)
        .map((item) => (
          <div key={item.label} className="grid grid-cols-1 gap-1 py-2 sm:grid-cols-[12rem_1fr] sm:gap-4">
            <dt className="text-slate-500">{item.label}</dt>
            <dd className="min-w-0 break-words text-slate-900">{item.value}</dd>
          </div>
        ))}
    </dl>
  );
}
