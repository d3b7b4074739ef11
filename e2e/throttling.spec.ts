// Sign-in throttling as deployed by `npm start`, with no proxy in front: repeated wrong passwords lock an
// account for browsers that never signed in to it (5 failures in 15 minutes), not for the owner's own
// browser; one client failing on many accounts is stopped whatever X-Forwarded-For it sends; owners see
// lock-outs in the audit log. Uses accounts made for these tests only.
import { expect, test } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, NUAGE, fillSignIn, inviteNewUser, newPerson, signIn, uniqueEmail } from "./support/app";
import { LOGIN_LIMITS } from "./support/limits";
import { fr } from "./support/messages";
import { attemptSignIn, loopbackAddress } from "./support/raw-sign-in";

test("five wrong passwords lock the account's sign-in, not other people's", async ({ page, browser }, testInfo) => {
  const user = await inviteNewUser(browser, testInfo, {
    org: NUAGE,
    ownerEmail: DEMO.nuage.owner,
    role: "VIEWER",
    prefix: "verrou",
  });

  for (let attempt = 1; attempt <= LOGIN_LIMITS.maxFailures; attempt += 1) {
    await fillSignIn(page, user.email, `mauvais-mot-de-passe-${attempt}`);
    await expect(page.getByText(fr("errors.INVALID_CREDENTIALS")), `attempt ${attempt}`).toBeVisible();
  }

  // The sixth attempt is refused even with the right password, and says why.
  await fillSignIn(page, user.email, user.password);
  await expect(page.getByText(fr("errors.TOO_MANY_ATTEMPTS"))).toBeVisible();
  await expect(page.getByText(fr("errors.INVALID_CREDENTIALS"))).toHaveCount(0);
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto(`/${NUAGE.slug}`);
  await expect(page).toHaveURL(`/sign-in?next=${encodeURIComponent(`/${NUAGE.slug}`)}`);

  // Someone else signs in normally from the same browser.
  await signIn(page, DEMO.nuage.viewer);
  await expect(page).toHaveURL(`/${NUAGE.slug}`);
  await expect(page.getByTestId("user-name")).toHaveText("Marc Lefèvre");
});

test("an unknown e-mail is throttled the same way, without revealing that it does not exist", async ({ page }) => {
  const email = `personne-${Date.now()}@e2e.example`;
  for (let attempt = 1; attempt <= LOGIN_LIMITS.maxFailures; attempt += 1) {
    await fillSignIn(page, email, `essai-${attempt}-incorrect`);
    await expect(page.getByText(fr("errors.INVALID_CREDENTIALS")), `attempt ${attempt}`).toBeVisible();
  }
  await fillSignIn(page, email, "essai-6-incorrect");
  await expect(page.getByText(fr("errors.TOO_MANY_ATTEMPTS"))).toBeVisible();
});

test("a stranger's failures do not lock out the browser the person signed in with before, and owners see the lock-out", async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  // Four browsers one after another (owner inviting, invitee, a stranger's, the owner reading the log).
  test.setTimeout(120_000);
  const user = await inviteNewUser(browser, testInfo, {
    org: NUAGE,
    ownerEmail: DEMO.nuage.owner,
    role: "VIEWER",
    prefix: "appareil",
  });
  await signIn(page, user.email, user.password);
  const device = (await page.context().cookies()).find((cookie) => cookie.name === "albedo-device");
  expect(device?.httpOnly, "the sign-in left a device cookie scripts cannot read").toBe(true);
  await page.getByRole("button", { name: fr("shell.signOut") }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  // A stranger guesses from elsewhere until the account is locked for every browser it does not know.
  const stranger = loopbackAddress();
  for (let attempt = 1; attempt <= LOGIN_LIMITS.maxFailures; attempt += 1) {
    const { outcome } = await attemptSignIn(baseURL!, {
      from: stranger,
      email: user.email,
      password: `devine-${attempt}`,
    });
    expect(outcome, `attempt ${attempt}`).toBe("refused");
  }
  const locked = await attemptSignIn(baseURL!, { from: stranger, email: user.email, password: user.password });
  expect(locked.outcome).toBe("throttled");
  const unknownBrowser = await newPerson(browser, testInfo);
  await fillSignIn(unknownBrowser.page, user.email, user.password);
  await expect(unknownBrowser.page.getByText(fr("errors.TOO_MANY_ATTEMPTS"))).toBeVisible();
  await unknownBrowser.context.close();

  // The person's own browser still signs in.
  await signIn(page, user.email, user.password);
  await expect(page.getByTestId("user-name")).toHaveText(user.name);

  // The organisation's owner finds the lock-out in the audit log, with the stranger's address.
  const owner = await newPerson(browser, testInfo);
  await signIn(owner.page, DEMO.nuage.owner);
  await owner.page.goto(`/${NUAGE.slug}/settings/audit`);
  const event = owner.page
    .getByRole("row")
    .filter({ hasText: fr("audit.actions.user_signInLocked") })
    .filter({
      hasText: user.email,
    });
  await expect(event).toHaveCount(1);
  await event.locator("summary").click();
  await expect(event.getByText(stranger)).toBeVisible();
  await owner.context.close();
});

test("one client failing on many accounts is stopped, whatever X-Forwarded-For it sends", async ({ baseURL }) => {
  const from = loopbackAddress();
  // What a client would forge to look like many clients: every attempt claims another address.
  const forged = (n: number) => ({
    "x-forwarded-for": `203.0.113.${n % 250}`,
    "x-albedo-client-address": `198.51.100.${n % 250}`,
    "x-real-ip": `192.0.2.${n % 250}`,
    "x-forwarded-host": "evil.example",
    "x-forwarded-proto": "https",
  });
  let sent = 0;
  // Under the per-account limit on each account, so only the per-client limit can stop it.
  const perAccount = LOGIN_LIMITS.maxFailures - 1;
  while (sent < LOGIN_LIMITS.clientMaxFailures) {
    const email = uniqueEmail("balayage");
    for (let i = 0; i < perAccount && sent < LOGIN_LIMITS.clientMaxFailures; i += 1) {
      sent += 1;
      const { outcome, redirectedTo } = await attemptSignIn(baseURL!, {
        from,
        email,
        password: `essai-${i}`,
        headers: forged(sent),
      });
      expect(outcome, `attempt ${sent}`).toBe("refused");
      // The forged host and scheme are not believed either: Auth.js sends the client back to this server.
      expect([redirectedTo.protocol, redirectedTo.port]).toEqual(["http:", new URL(baseURL!).port]);
      expect(redirectedTo.hostname).not.toBe("evil.example");
    }
  }
  // Even a real account with its right password is refused to this client now…
  const next = { from, email: DEMO.panier.viewer, password: DEMO_PASSWORD, headers: forged(sent + 1) };
  expect((await attemptSignIn(baseURL!, next)).outcome).toBe("throttled");
  // …and only to this client.
  expect((await attemptSignIn(baseURL!, { ...next, from: loopbackAddress() })).outcome).toBe("signed-in");
});
