import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../../..");
const apiRoot = path.join(root, "app", "api", "v1");

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type Method = (typeof METHODS)[number];
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
export type RouteModule = Partial<Record<Method, Handler>>;

/** Every route under app/api/v1 as its URL template ("families/[familyId]/notes"), sorted. */
export function apiRoutes(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") found.push(path.relative(apiRoot, dir).split(path.sep).join("/"));
    }
  };
  walk(apiRoot);
  return found.sort();
}

export async function loadRoute(template: string): Promise<RouteModule> {
  return (await import(/* @vite-ignore */ path.join(apiRoot, ...template.split("/"), "route.ts"))) as RouteModule;
}

export function methodsOf(module: RouteModule): Method[] {
  return METHODS.filter((method) => typeof module[method] === "function");
}

/** The route's parameters filled from `values`; throws when one is missing, so a new route is noticed. */
export function paramsFor(template: string, values: Record<string, string>): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [, name] of template.matchAll(/\[([^\]]+)\]/g)) {
    if (!(name! in values)) throw new Error(`no value for [${name}] in ${template}`);
    params[name!] = values[name!]!;
  }
  return params;
}

export type Answer = { status: number; text: string };

/**
 * Calls a route handler as Next.js would. A streaming answer (Server-Sent Events) is read for a
 * moment and then cancelled, so everything it sends at once is checked too.
 */
export async function callRoute(
  module: RouteModule,
  method: Method,
  template: string,
  params: Record<string, string>,
  body?: unknown,
): Promise<Answer> {
  const url = new URL(
    `http://localhost/api/v1/${template.replace(/\[([^\]]+)\]/g, (_, name: string) => params[name]!)}`,
  );
  const abort = new AbortController();
  const request = new Request(url, {
    method,
    signal: abort.signal,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
  });
  const response = await module[method]!(request, { params: Promise.resolve(params) });
  let text: string;
  if ((response.headers.get("content-type") ?? "").startsWith("text/event-stream") && response.body) {
    const reader = response.body.getReader();
    const chunks: string[] = [];
    const decoder = new TextDecoder();
    const deadline = Date.now() + 400;
    while (Date.now() < deadline) {
      const next = await Promise.race([
        reader.read(),
        new Promise<null>((resolve) => setTimeout(() => resolve(null), Math.max(1, deadline - Date.now()))),
      ]);
      if (!next || next.done) break;
      chunks.push(decoder.decode(next.value, { stream: true }));
    }
    abort.abort();
    await reader.cancel().catch(() => {});
    text = chunks.join("");
  } else {
    text = await response.text();
  }
  return { status: response.status, text };
}
