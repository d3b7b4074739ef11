import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listAccessibleOrganizations } from "@/lib/organizations/access";
import { isFirstRun } from "@/lib/organizations/bootstrap";

// The entry point sends each person where they work: setup on a new install, the portfolio for
// consultants, otherwise their (first) organisation.
export default async function Home() {
  const user = await getSessionUser();
  if (!user) redirect((await isFirstRun(db())) ? "/setup" : "/sign-in");
  const orgs = await listAccessibleOrganizations(db(), user.id);
  if (orgs.some((o) => o.role === "CONSULTANT")) redirect("/portfolio");
  const first = orgs[0];
  if (!first) redirect("/no-organization");
  redirect(`/${first.slug}`);
}
