export type SseEvent = { event: string; id?: string; data: string };

/** One Server-Sent Events block (the text between blank lines); null for a comment-only block. */
export function parseSseBlock(block: string): SseEvent | null {
  const fields: Record<string, string> = {};
  for (const line of block.split("\n")) {
    if (line.startsWith(":")) continue;
    const colon = line.indexOf(":");
    fields[line.slice(0, colon)] = line.slice(colon + 1).trimStart();
  }
  return fields.event ? { event: fields.event, id: fields.id, data: fields.data ?? "" } : null;
}
