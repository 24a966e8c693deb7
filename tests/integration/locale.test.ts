import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { emailOutbox, users } from "@/db/schema";
import { saveLocale, savedLocaleOf } from "@/lib/accounts/locale";
import { resolveSession } from "@/lib/identity/sessions";
import { queueDueNotifications } from "@/lib/messages/notifications";
import { parseSendInput, sendMessage } from "@/lib/messages/send";
import { describeEachDatabase } from "./support/databases";
import { makeActor, makeFamily } from "./support/factories";

describeEachDatabase("the saved language", (context) => {
  const db = () => context.handle.db;

  it("is saved on the user's own account and comes back with their session", async () => {
    const [parent, other] = await Promise.all([makeActor(db(), "parent"), makeActor(db(), "parent")]);
    expect((await resolveSession(parent.sessionId))?.locale).toBeNull();
    await saveLocale(parent, "es");
    expect((await resolveSession(parent.sessionId))?.locale).toBe("es");
    expect(await savedLocaleOf(parent.id)).toBe("es");
    expect(await savedLocaleOf(other.id)).toBeNull();
    await saveLocale(parent, "en");
    expect((await resolveSession(parent.sessionId))?.locale).toBe("en");
  });

  it("is refused by the database when it is not a language Clarity speaks", async () => {
    const parent = await makeActor(db(), "parent");
    await expect(db().update(users).set({ locale: "fr" }).where(eq(users.id, parent.id))).rejects.toThrow();
  });

  it("decides the language of each unread-message email: Spanish for the family, English for the coach", async () => {
    const [coach, parent] = await Promise.all([makeActor(db(), "coach"), makeActor(db(), "parent")]);
    const family = await makeFamily(db(), { parents: [parent], coach, name: "Familia Ortega" });
    await saveLocale(parent, "es");
    const send = (actor: typeof coach, body: string) =>
      sendMessage(actor, family.id, parseSendInput({ clientMessageId: crypto.randomUUID(), body }));
    await send(coach, "Hello from the coach");
    await send(parent, "Hola desde la familia");
    expect(await queueDueNotifications(db(), new Date(Date.now() + 16 * 60_000))).toBe(2);
    const emails = await db().select().from(emailOutbox).where(eq(emailOutbox.familyId, family.id));
    const toParent = emails.find((email) => email.toAddress === parent.email)!;
    const toCoach = emails.find((email) => email.toAddress === coach.email)!;
    expect(toParent.subject).toBe("Tiene un mensaje nuevo en Clarity");
    expect(toParent.bodyText).toContain("Hay un mensaje esperándole en la conversación de Familia Ortega en Clarity.");
    expect(toParent.bodyText).not.toContain("Hello from the coach");
    expect(toCoach.subject).toBe("You have a new message on Clarity");
  });
});
