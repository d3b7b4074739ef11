"use client";

import { useId, useMemo, useState } from "react";
import { cn } from "@/components/ui/cn";
import { controlClass } from "@/components/ui/field";

export type TSearchOption = { value: string; label: string; detail?: string };

type Props = {
  id: string;
  options: readonly TSearchOption[];
  value: string | null;
  onChange: (value: string | null) => void;
  placeholder: string;
  noneLabel: string; // the "nothing chosen" entry, always first
  noResults: string;
  more: (count: number) => string; // "12 more: refine the search"
  invalid?: boolean;
  describedBy?: string | undefined;
  limit?: number;
};

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

// A select over a long list (hundreds of heating networks): a text box filters accent- and case-
// insensitively on every word, the matches show as a listbox under it (keyboard: ↑ ↓ Enter Escape).
export function SearchSelect({
  id,
  options,
  value,
  onChange,
  placeholder,
  noneLabel,
  noResults,
  more,
  invalid = false,
  describedBy,
  limit = 30,
}: Props) {
  const listId = useId();
  const selected = options.find((o) => o.value === value) ?? null;
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const folded = useMemo(() => options.map((o) => fold(`${o.label} ${o.detail ?? ""}`)), [options]);
  const words = fold(query).split(/\s+/).filter(Boolean);
  const matches = options.filter((_, i) => words.every((w) => (folded[i] as string).includes(w)));
  const shown: (TSearchOption | null)[] = [null, ...matches.slice(0, limit)];
  const choose = (option: TSearchOption | null) => {
    onChange(option?.value ?? null);
    setQuery("");
    setOpen(false);
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, shown.length - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === "Enter" && open) {
      e.preventDefault();
      choose(shown[active] ?? null);
    } else if (e.key === "Escape") {
      setOpen(false);
    }
  };
  return (
    <div className="relative">
      <input
        id={id}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        autoComplete="off"
        className={controlClass(invalid)}
        placeholder={selected ? selected.label : placeholder}
        value={open ? query : (selected?.label ?? "")}
        onFocus={() => {
          setOpen(true);
          setActive(0);
        }}
        onBlur={() => setOpen(false)}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {open ? (
        <ul
          id={listId}
          role="listbox"
          className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg"
        >
          {shown.map((option, i) => (
            <li
              key={option?.value ?? "__none"}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={(option?.value ?? null) === value}
              className={cn(
                "cursor-pointer px-3 py-2",
                i === active ? "bg-brand-50 text-slate-900" : "text-slate-800",
                option === null && "italic text-slate-500",
              )}
              onMouseDown={(e) => e.preventDefault()} // keep focus until the click chooses
              onMouseEnter={() => setActive(i)}
              onClick={() => choose(option)}
            >
              {option ? (
                <>
                  <span className="block">{option.label}</span>
                  {option.detail ? <span className="block text-xs text-slate-500">{option.detail}</span> : null}
                </>
              ) : (
                noneLabel
              )}
            </li>
          ))}
          {matches.length === 0 ? <li className="px-3 py-2 text-slate-500">{noResults}</li> : null}
          {matches.length > limit ? (
            <li className="px-3 py-2 text-xs text-slate-500">{more(matches.length - limit)}</li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}
