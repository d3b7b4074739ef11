"use server";

import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/safe-action";
import { db } from "@/lib/db";
import { createClientOrganization } from "@/lib/organizations/portfolio";
import { zClientCreate } from "@/lib/organizations/portfolio-schemas";

export const createClientAction = userAction(zClientCreate, async (input, user) => {
  const organization = await createClientOrganization(db(), { id: user.id, email: user.email }, input);
  revalidatePath("/portfolio");
  return { slug: organization.slug };
});
