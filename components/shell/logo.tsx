export function Logo() {
  return (
    <span className="flex items-center gap-2 text-lg font-semibold tracking-tight text-slate-900">
      <svg aria-hidden viewBox="0 0 24 24" className="size-6">
        <circle cx="12" cy="12" r="10" className="fill-brand-600" />
        <path d="M12 2a10 10 0 0 1 0 20z" className="fill-brand-100" />
      </svg>
      Albedo
    </span>
  );
}
