import "server-only";
import nodemailer from "nodemailer";
import { config } from "@/lib/config";

export type OutgoingEmail = { to: string; subject: string; text: string };
export type MailTransport = { name: "smtp" | "log"; send: (email: OutgoingEmail) => Promise<void> };

/** Without SMTP_URL: a log line (recipient and subject, never the body) and the admins' mailbox page. */
export const logTransport: MailTransport = {
  name: "log",
  send: async (email) => {
    console.log(`[clarity] email (no SMTP_URL, see /admin/mailbox) to ${email.to}: ${email.subject}`);
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

/** SMTP when SMTP_URL is set, the log otherwise. */
export function configuredTransport(): MailTransport {
  return config.smtpUrl ? smtpTransport(config.smtpUrl, config.mailFrom) : logTransport;
}
