import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configuredTransport, logTransport, smtpTransport } from "@/lib/email/transport";

type Received = { from: string; to: string[]; data: string };

// A real SMTP server on a free local port: the email really goes through nodemailer and SMTP.
describe("SMTP transport", () => {
  const received: Received[] = [];
  let server: SMTPServer;
  let port = 0;

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, callback) {
        let data = "";
        stream.on("data", (chunk: Buffer) => (data += chunk.toString()));
        stream.on("end", () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((r) => r.address),
            data,
          });
          callback();
        });
      },
    });
    server.listen(0, "127.0.0.1");
    await once(server.server, "listening");
    port = (server.server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("sends through SMTP_URL with MAIL_FROM as the sender", async () => {
    const transport = smtpTransport(`smtp://127.0.0.1:${port}`, "Clarity <no-reply@clarity.test>");
    expect(transport.name).toBe("smtp");
    await transport.send({
      id: "00000000-0000-4000-8000-000000000001",
      to: "parent@example.test",
      subject: "You have a new message on Clarity",
      text: "A message is waiting for you.",
    });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ from: "no-reply@clarity.test", to: ["parent@example.test"] });
    expect(received[0]!.data).toContain("Subject: You have a new message on Clarity");
    expect(received[0]!.data).toContain("A message is waiting for you.");
  });

  it("the configured transport is SMTP with SMTP_URL and the log without it", () => {
    const before = process.env.SMTP_URL;
    try {
      process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
      expect(configuredTransport().name).toBe("smtp");
      delete process.env.SMTP_URL;
      expect(configuredTransport()).toBe(logTransport);
    } finally {
      if (before === undefined) delete process.env.SMTP_URL;
      else process.env.SMTP_URL = before;
    }
  });
});
