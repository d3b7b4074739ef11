import { expect, it } from "vitest";

export type CrossTenantWorld<R extends string> = {
  a: { organization: { slug: string } };
  b: { organization: { slug: string } };
  signInAs: (role: R) => void;
  snapshotB: () => Promise<unknown>;
};
export type CrossTenantCall<W> = (slug: string, world: W) => Promise<{ ok: boolean; error?: string }>;

// The checks every tenant-scoped server action must pass, shared by the cross-tenant test files:
// a user of A reaching organisation B (by B's slug, or by B's record id through A's slug) gets NOT_FOUND,
// an anonymous caller UNAUTHENTICATED, and B is left exactly as it was.
export function itRefusesCrossTenantCalls<R extends string, W extends CrossTenantWorld<R>>(options: {
  world: () => Promise<W>;
  byId: Record<string, CrossTenantCall<W>>;
  onOrg: Record<string, CrossTenantCall<W>>;
  actingRole: R;
}) {
  const { world, byId, onOrg, actingRole } = options;
  for (const [name, call] of Object.entries({ ...byId, ...onOrg })) {
    it(`${name}: a user of A gets NOT_FOUND on organisation B, and B is unchanged`, async () => {
      const w = await world();
      w.signInAs(actingRole);
      const before = await w.snapshotB();
      expect(await call(w.b.organization.slug, w)).toMatchObject({ ok: false, error: "NOT_FOUND" });
      expect(await w.snapshotB()).toEqual(before);
    });

    it(`${name}: unauthenticated calls are refused with UNAUTHENTICATED`, async () => {
      const w = await world();
      const before = await w.snapshotB();
      expect(await call(w.b.organization.slug, w)).toMatchObject({ ok: false, error: "UNAUTHENTICATED" });
      expect(await w.snapshotB()).toEqual(before);
    });
  }

  for (const [name, call] of Object.entries(byId)) {
    it(`${name}: B's record id through A's own organisation is NOT_FOUND`, async () => {
      const w = await world();
      w.signInAs(actingRole);
      const before = await w.snapshotB();
      expect(await call(w.a.organization.slug, w)).toMatchObject({ ok: false, error: "NOT_FOUND" });
      expect(await w.snapshotB()).toEqual(before);
    });
  }
}

/** Members of A whose role lacks the actions' permission get FORBIDDEN even in their own organisation. */
export function itForbidsRolesInOwnOrganisation<R extends string, W extends CrossTenantWorld<R>>(options: {
  world: () => Promise<W>;
  calls: Record<string, CrossTenantCall<W>>;
  roles: readonly R[];
}) {
  for (const [name, call] of Object.entries(options.calls)) {
    it(`${name}: ${options.roles.join(" and ")} of A are FORBIDDEN in A`, async () => {
      const w = await options.world();
      for (const role of options.roles) {
        w.signInAs(role);
        expect(await call(w.a.organization.slug, w)).toMatchObject({ ok: false, error: "FORBIDDEN" });
      }
    });
  }
}
