import { z } from "zod";
import { listMessagesQuery, markReadSchema, sendMessageSchema, streamQuery } from "../messages";
import { EXAMPLE_ID, operation } from "./operation";
import { message, reader } from "./shapes";

const tag = "Messages";
const who = "the family's members and coach";
const path = "/families/{familyId}/messages";

export const messageRoutes = [
  operation("get", path, {
    tag,
    summary: "A page of the family's conversation",
    who,
    description: "Newest first; `before` is the `nextCursor` of the previous page.",
    query: listMessagesQuery,
    ok: {
      status: 200,
      description: "The messages, and how far each participant has read.",
      schema: z.object({ messages: z.array(message), nextCursor: z.string().nullable(), readers: z.array(reader) }),
    },
    errors: [404],
  }),
  operation("post", path, {
    tag,
    summary: "Send a message",
    who,
    description:
      "`clientMessageId` is the message's own key: the same id and body again answer 200 with the stored message; the same id with another body is a 409. Over 10,000 characters: 422 `message_too_long`.",
    body: sendMessageSchema,
    bodyExample: { clientMessageId: EXAMPLE_ID, body: "Hello" },
    ok: { status: 201, description: "The message, as stored.", schema: z.object({ message }) },
    errors: [404, 409, 422],
  }),
  operation("post", `${path}/read`, {
    tag,
    summary: "Mark the conversation read up to a message",
    who,
    description: "Never moves the read position back.",
    body: markReadSchema,
    bodyExample: { upTo: EXAMPLE_ID },
    ok: {
      status: 200,
      description: "What is left unread.",
      schema: z.object({ unread: z.number().int() }),
      example: { unread: 0 },
    },
    errors: [404],
  }),
  operation("get", `${path}/stream`, {
    tag,
    summary: "The conversation, live (Server-Sent Events)",
    who,
    description:
      "`event: message` with the message as JSON (`id:` is the message id), `event: readers` when someone read, `event: end` when the session ended; resumes after `Last-Event-ID` or `?after=`; a heartbeat comment every 15 s; does not keep the session alive.",
    query: streamQuery,
    ok: { status: 200, description: "An event stream.", schema: z.string(), type: "text/event-stream" },
    errors: [404],
  }),
];
