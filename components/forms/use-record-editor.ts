"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ActionResult } from "@/lib/actions/result";

// The state every settings list shares: which record (or "new") is open in the form, the last action
// error in the user's language, and a refresh of the server data after each change.
export function useRecordEditor<T extends { id: string }>(rows: T[]) {
  const te = useTranslations("errors");
  const router = useRouter();
  const [editing, setEditing] = useState<"new" | string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = editing && editing !== "new" ? rows.find((row) => row.id === editing) : undefined;
  const done = () => {
    setEditing(null);
    router.refresh();
  };
  const run = async (action: Promise<ActionResult<unknown>>) => {
    const result = await action;
    setError(result.ok ? null : te(result.error));
    router.refresh();
  };
  return { editing, setEditing, current, creating: editing === "new", done, error, run };
}
