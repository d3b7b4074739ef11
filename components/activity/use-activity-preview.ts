"use client";

import { useEffect, useRef, useState } from "react";
import { previewActivityAction } from "@/app/actions/activities";
import type { TPreviewResult } from "@/lib/activity/preview";
import { ZActivityCreate } from "@/lib/activity/schemas";
import type { TActivityPayload } from "@/components/activity/form-values";

export type TPreviewState =
  | { kind: "idle" } // the input is not complete enough to compute
  | { kind: "loading"; last: TPreviewResult | null }
  | { kind: "done"; result: TPreviewResult }
  | { kind: "failed" };

const DELAY_MS = 400;

// Recomputes the preview as the user types: debounced, only for input the shared schema accepts, and a
// response that arrives after a newer request was sent is dropped.
export function useActivityPreview(orgSlug: string, payload: TActivityPayload): TPreviewState {
  const [state, setState] = useState<TPreviewState>({ kind: "idle" });
  const sequence = useRef(0);
  const key = JSON.stringify(payload);
  useEffect(() => {
    const request = ++sequence.current;
    const input = JSON.parse(key) as TActivityPayload;
    if (!ZActivityCreate.safeParse(input).success) {
      setState({ kind: "idle" });
      return;
    }
    setState((s) => ({ kind: "loading", last: s.kind === "done" ? s.result : s.kind === "loading" ? s.last : null }));
    const timer = setTimeout(async () => {
      const response = await previewActivityAction(orgSlug, input).catch(() => null);
      if (request !== sequence.current) return; // a newer input is on its way
      if (!response) setState({ kind: "failed" });
      else if (response.ok) setState({ kind: "done", result: response.data });
      else
        setState({
          kind: "done",
          result: { ok: false, fieldErrors: response.fieldErrors ?? { _form: `errors.${response.error}` } },
        });
    }, DELAY_MS);
    return () => clearTimeout(timer);
  }, [orgSlug, key]);
  return state;
}
