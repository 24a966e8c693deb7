import "server-only";
import nodemailer from "nodemailer";
import { config } from "@/lib/core/config";
import { log } from "@/lib/core/log";

/** `id` is the outbox row: what the log names instead of the recipient. */
export type OutgoingEmail = { id: string; to: string; subject: string; text: string };
export type MailTransport = { name: "smtp" | "log"; send: (email: OutgoingEmail) => Promise<void> };

/**
 * Without SMTP_URL: a log line and the admins' mailbox page. The line names the outbox row and
 * the subject, never the recipient's address or the body: server logs travel further than the
 * database.
 */
export const logTransport: MailTransport = {
  name: "log",
  send: async (email) => {
    log.info(`email ${email.id} (no SMTP_URL, see /admin/mailbox): ${email.subject}`);
  },
};

export function smtpTransport(url: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    name: "smtp",
    send: async (email) => {
      await transporter.sendMail({ from, to: email.to, subject: email.subject, text: email.text });
    },
  };
}

let cached: { key: string; transport: MailTransport } | undefined;

/** SMTP when SMTP_URL is set, the log otherwise (one SMTP transport per setting, reused). */
export function configuredTransport(): MailTransport {
  if (!config.smtpUrl) return logTransport;
  const key = `${config.smtpUrl}\u0000${config.mailFrom}`;
  if (cached?.key !== key) cached = { key, transport: smtpTransport(config.smtpUrl, config.mailFrom) };
  return cached.transport;
}
