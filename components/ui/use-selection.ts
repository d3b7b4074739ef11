"use client";

import { useState } from "react";

// Which of the rows on screen are ticked. Ids no longer on the page (after a refresh or a new page) drop
// out of `selected` by themselves, so an action never carries a line the person cannot see.
export function useSelection(ids: readonly string[]) {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const selected = ids.filter((id) => ticked.has(id));
  const allSelected = ids.length > 0 && selected.length === ids.length;
  return {
    selected,
    allSelected,
    isSelected: (id: string) => ticked.has(id),
    toggle: (id: string) =>
      setTicked((current) => {
        const next = new Set(current);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    toggleAll: () => setTicked(allSelected ? new Set() : new Set(ids)),
    clear: () => setTicked(new Set()),
  };
}
export type TSelection = ReturnType<typeof useSelection>;
