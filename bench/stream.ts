// A live message stream as a browser holds it: each message's arrival time by id.

/** Opens the stream at `url` and records `performance.now()` as each message arrives. */
export async function openStream(url: string, headers: Record<string, string>, arrivals: Map<string, number>) {
  const abort = new AbortController();
  const response = await fetch(url, { headers, signal: abort.signal });
  if (response.status !== 200) throw new Error(`stream answered ${response.status}`);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const reading = (async () => {
    for (;;) {
      const chunk = await reader.read().catch(() => ({ done: true as const, value: undefined }));
      if (chunk.done) return;
      const now = performance.now();
      buffer += decoder.decode(chunk.value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const id = /^id: (.+)$/mu.exec(block)?.[1];
        if (id && /^event: message$/mu.test(block)) arrivals.set(id, now);
      }
    }
  })();
  return { close: async () => (abort.abort(), await reading) };
}
