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

/** Reads Server-Sent Events from a stream as they arrive. */
export function eventReader(stream: ReadableStream<Uint8Array>) {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  return {
    /** The next event (comments and the retry hint skipped), or null when the stream ended. */
    async next(timeoutMs = 2000): Promise<{ event: string; id?: string; data: string } | null> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const end = buffer.indexOf("\n\n");
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = parseSseBlock(block);
          if (!event) continue;
          return event;
        }
        const left = deadline - Date.now();
        if (left <= 0) throw new Error("no event in time");
        const chunk = await Promise.race([
          reader.read(),
          new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), left)),
        ]);
        if (chunk === "timeout") throw new Error("no event in time");
        if (chunk.done) return null;
        buffer += decoder.decode(chunk.value, { stream: true });
      }
    },
  };
}
