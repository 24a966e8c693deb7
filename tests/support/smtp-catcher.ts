import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type CaughtEmail = { to: string[]; from: string; subject: string; text: string };

/**
 * A real SMTP server on a free loopback port: what the app sends through SMTP_URL arrives here
 * and is read back as a person's mail program would (MIME decoded), instead of mocking nodemailer.
 */
export async function startSmtpCatcher() {
  const received: CaughtEmail[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    // Connections still open when a suite ends are cut after this, not after the default 30 s.
    closeTimeout: 5_000,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            to: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            subject: mail.subject ?? "",
            text: mail.text ?? "",
          });
          for (const wake of waiters) wake();
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  // An app server stopped at the end of a suite may be halfway through sending an email: its
  // socket resets. Unheard, that error would be thrown into whichever test runs next; a client
  // leaving is not a failure, anything else is reported when the catcher closes.
  const unexpected: Error[] = [];
  server.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "ECONNRESET" && error.code !== "EPIPE") unexpected.push(error);
  });
  server.listen(0, "127.0.0.1");
  await once(server.server, "listening");
  const port = (server.server.address() as AddressInfo).port;

  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** Everything sent to this address so far. */
    to: (address: string) => received.filter((email) => email.to.includes(address.toLowerCase())),
    /** The first email to this address whose subject matches, waiting for it up to `ms`. */
    async waitFor(address: string, subject: RegExp = /./, ms = 10_000): Promise<CaughtEmail> {
      const deadline = Date.now() + ms;
      for (;;) {
        const found = received.find((email) => email.to.includes(address.toLowerCase()) && subject.test(email.subject));
        if (found) return found;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no email to ${address} matching ${subject} within ${ms} ms`);
        await new Promise<void>((resolve) => {
          const wake = () => {
            waiters.delete(wake);
            clearTimeout(timer);
            resolve();
          };
          const timer = setTimeout(wake, left);
          waiters.add(wake);
        });
      }
    },
    close: () =>
      new Promise<void>((resolve, reject) =>
        server.close(() => (unexpected.length > 0 ? reject(unexpected[0]) : resolve())),
      ),
  };
}

export type SmtpCatcher = Awaited<ReturnType<typeof startSmtpCatcher>>;

/** The reset link in an email's text: its token. */
export function resetTokenIn(text: string): string {
  const match = /\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error(`no reset link in: ${text}`);
  return match[1]!;
}

/** The six-digit code in an email's text. */
export function codeIn(text: string): string {
  const match = /\b(\d{6})\b/.exec(text);
  if (!match) throw new Error(`no code in: ${text}`);
  return match[1]!;
}
