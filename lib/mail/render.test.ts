import { describe, expect, it } from "vitest";
import { renderMail } from "@/lib/mail/render";

const link = "https://albedo.example.com/reset-password/AbC_dEf-123";

describe("e-mail rendering", () => {
  it("writes a password-reset e-mail in French with the link in text and HTML", () => {
    const mail = renderMail({ kind: "passwordReset", name: "Léa Dubois", email: "lea@exemple.fr", link }, "fr");
    expect(mail.subject).toBe("Choisissez un nouveau mot de passe Albedo");
    expect(mail.text).toContain("Bonjour Léa Dubois,");
    expect(mail.text).toContain("votre compte Albedo lea@exemple.fr");
    expect(mail.text).toContain(`Choisir un nouveau mot de passe : ${link}`);
    expect(mail.text).toContain("expire dans une heure");
    expect(mail.html).toContain('<html lang="fr">');
    expect(mail.html.match(new RegExp(`href="${link}"`, "g"))).toHaveLength(2);
  });

  it("writes an invitation in English with the role, organisation and days", () => {
    const mail = renderMail(
      { kind: "invitation", inviter: "Sam Green", organization: "Nuage Analytics", role: "MANAGER", link, days: 7 },
      "en",
    );
    expect(mail.subject).toBe("Join Nuage Analytics on Albedo");
    expect(mail.text).toContain("Sam Green invites you to join Nuage Analytics on Albedo, as Sustainability manager.");
    expect(mail.text).toContain("expires in 7 days");
    expect(
      renderMail({ kind: "invitation", inviter: "A", organization: "B", role: "VIEWER", link, days: 1 }, "fr").text,
    ).toContain("expire dans 1 jour.");
  });

  it("escapes names in the HTML part and falls back to French for an unknown language", () => {
    const mail = renderMail(
      {
        kind: "invitation",
        inviter: '<img src=x onerror="alert(1)">',
        organization: "R&D",
        role: "VIEWER",
        link,
        days: 7,
      },
      "de",
    );
    expect(mail.subject).toBe("Rejoignez R&D sur Albedo");
    expect(mail.html).not.toContain("<img");
    expect(mail.html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(mail.html).toContain("R&amp;D");
  });
});
