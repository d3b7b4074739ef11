import "server-only";
import { randomUUID } from "node:crypto";
import { requestLocale } from "@/i18n/request-locale";
import { ZodError, type z } from "zod";
import { requireUserForAction } from "@/lib/actions/user";
import type { ActionResult } from "@/lib/actions/result";
import { db } from "@/lib/db";
import { AppError, prismaErrorCode } from "@/lib/errors";
import { resolveOrgAccess, type OrgAccess } from "@/lib/organizations/access";
import { assertPermission, type Permission } from "@/lib/permissions";
import { fieldErrorsOf } from "@/lib/validation";
import type { SessionUser } from "@/lib/auth/session";

export type OrgActionContext = OrgAccess & { user: SessionUser; requestId: string };

// Base link of the chain: expected errors become codes, anything else is logged and stays generic.
export async function runAction<T>(requestId: string, body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (error) {
    if (error instanceof AppError) {
      return { ok: false, error: error.code, ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}) };
    }
    if (error instanceof ZodError) return { ok: false, error: "VALIDATION", fieldErrors: fieldErrorsOf(error) };
    const code = prismaErrorCode(error);
    if (code === "P2002") return { ok: false, error: "CONFLICT" };
    if (code === "P2025") return { ok: false, error: "NOT_FOUND" };
    // A serialization failure means someone changed the same records at the same moment: try again.
    if (code === "P2034") return { ok: false, error: "CONFLICT" };
    console.error(`[action ${requestId}]`, error);
    return { ok: false, error: "INTERNAL" };
  }
}

// A schema, or a schema built for the user's locale (forms with numbers: "1 250,5" in French, "1,250.5" in
// English), read from the request like the page the form came from.
type SchemaOf<S extends z.ZodType> = S | ((locale: string) => S);

async function parseInput<S extends z.ZodType>(schema: SchemaOf<S>, raw: unknown): Promise<z.output<S>> {
  const resolved = typeof schema === "function" ? schema(await requestLocale()) : schema;
  return resolved.parse(raw);
}

export function publicAction<S extends z.ZodType, R>(schema: SchemaOf<S>, handler: (input: z.output<S>) => Promise<R>) {
  return async (raw: unknown): Promise<ActionResult<R>> =>
    runAction(randomUUID(), async () => handler(await parseInput(schema, raw)));
}

export function userAction<S extends z.ZodType, R>(
  schema: SchemaOf<S>,
  handler: (input: z.output<S>, user: SessionUser) => Promise<R>,
) {
  return async (raw: unknown): Promise<ActionResult<R>> =>
    runAction(randomUUID(), async () => {
      const user = await requireUserForAction();
      return handler(await parseInput(schema, raw), user);
    });
}

// Authenticated → member of the bound organisation → holds the permission → validated input.
export function orgAction<S extends z.ZodType, R>(
  options: { permission: Permission; schema: SchemaOf<S> },
  handler: (input: z.output<S>, context: OrgActionContext) => Promise<R>,
) {
  return async (orgSlug: string, raw: unknown): Promise<ActionResult<R>> => {
    const requestId = randomUUID();
    return runAction(requestId, async () => {
      const user = await requireUserForAction();
      const access =
        typeof orgSlug === "string" ? await resolveOrgAccess(db(), { userId: user.id, slug: orgSlug }) : null;
      if (!access) throw new AppError("NOT_FOUND");
      assertPermission(access.role, options.permission);
      const input = await parseInput(options.schema, raw);
      return handler(input, { ...access, user, requestId });
    });
  };
}
