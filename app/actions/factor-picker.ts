"use server";

import { orgAction } from "@/lib/actions/safe-action";
import { db } from "@/lib/db";
import { searchPickerFactors } from "@/lib/factors/db/picker";
import { requiredText, z } from "@/lib/validation";

// The activity form's factor picker: library factors the organisation can choose for an activity.
export const searchPickerFactorsAction = orgAction(
  { permission: "factors.read", schema: z.object({ q: requiredText(200) }) },
  async ({ q }, ctx) => ({
    hits: await searchPickerFactors(db(), ctx.organization.id, q),
  }),
);
