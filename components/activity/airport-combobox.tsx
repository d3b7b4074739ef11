"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { searchAirportsAction } from "@/app/actions/activities";
import { controlClass } from "@/components/ui/field";
import { langOf } from "@/components/activity/labels";

type THit = { iata: string; label: string };

type Props = {
  orgSlug: string;
  id: string;
  label: string;
  value: string; // IATA code, "" when none chosen
  initialLabel: string | null;
  error: string | undefined;
  onChange: (iata: string) => void;
};

const DELAY_MS = 250;

// ARIA 1.2 combobox: type a city, airport name or code; ↑/↓ move, Enter picks, Escape closes. The search
// runs on the server (the airport table stays out of the browser bundle); late answers are dropped. Three
// letters left without picking are taken as a code, which the preview then checks.
export function AirportCombobox({ orgSlug, id, label, value, initialLabel, error, onChange }: Props) {
  const t = useTranslations("activity.airport");
  const locale = langOf(useLocale());
  const listId = useId();
  const [text, setText] = useState(initialLabel ?? value);
  const [hits, setHits] = useState<THit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [searching, setSearching] = useState(false);
  const sequence = useRef(0);
  const typed = useRef(false);

  useEffect(() => {
    if (!typed.current) return;
    const request = ++sequence.current;
    const query = text.trim();
    if (query.length < 2) {
      setHits([]);
      setSearching(false);
      return;
    }
    setSearching(true);
    const timer = setTimeout(async () => {
      const result = await searchAirportsAction(orgSlug, { query, locale }).catch(() => null);
      if (request !== sequence.current) return;
      setSearching(false);
      setHits(result?.ok ? result.data : []);
      setActive(result?.ok && result.data.length > 0 ? 0 : -1);
    }, DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, orgSlug, locale]);

  const pick = (hit: THit) => {
    typed.current = false;
    sequence.current++;
    setText(hit.label);
    setOpen(false);
    setHits([]);
    onChange(hit.iata);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      if (hits.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (i + step + hits.length) % hits.length);
    } else if (event.key === "Enter" && open && hits[active]) {
      event.preventDefault();
      pick(hits[active]);
    } else if (event.key === "Escape") {
      setOpen(false);
    }
  };

  const onBlur = () => {
    setOpen(false);
    const code = text.trim().toUpperCase();
    if (typed.current && /^[A-Z]{3}$/.test(code)) onChange(code);
  };

  const showList = open && (hits.length > 0 || searching || text.trim().length >= 2);
  return (
    <div className="relative space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <input
        id={id}
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        autoComplete="off"
        placeholder={t("placeholder")}
        className={controlClass(!!error)}
        value={text}
        onChange={(event) => {
          typed.current = true;
          setText(event.target.value);
          setOpen(true);
          if (value) onChange("");
        }}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      />
      {showList ? (
        <ul
          id={listId}
          role="listbox"
          aria-label={label}
          className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg"
        >
          {hits.map((hit, i) => (
            <li
              key={hit.iata}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={`cursor-pointer px-3 py-2 ${i === active ? "bg-brand-50 text-brand-700" : "text-slate-800"}`}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(hit)}
            >
              {hit.label}
            </li>
          ))}
          {hits.length === 0 ? (
            <li className="px-3 py-2 text-slate-500">{searching ? t("searching") : t("noResults")}</li>
          ) : null}
        </ul>
      ) : null}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-xs font-medium text-red-600">
          {error}
        </p>
      ) : null}
    </div>
  );
}
