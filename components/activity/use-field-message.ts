"use client";

import { useTranslations } from "next-intl";
import { translateValidation } from "@/lib/validation";

// Error messages arrive as translation keys: shared validation keys (validation.*, errors.*) and the
// activity's own (activity.validation.*, siteEnergy.*). Unknown keys read as "not valid", never as a key.
export function useFieldMessage() {
  const t = useTranslations();
  return (message: string | undefined): string | undefined => {
    if (!message) return undefined;
    if (/^(activity\.validation|siteEnergy|dataQuality|factorPicker)\./.test(message) && t.has(message))
      return t(message);
    return translateValidation(t as never, message);
  };
}
