// The named import, not `z`: the browser then gets zod's small config function, not all of zod.
import { config } from "zod";

// zod compiles a fast parser for each object schema with `new Function`, after probing whether it
// may with `Function("")`. The Content-Security-Policy (no 'unsafe-eval') refuses that probe in the
// browser, which logs a CSP violation on every page that defines a schema (Lighthouse's
// best-practices counts it). Jitless parsing is what zod falls back to anyway, so ask for it
// outright, everywhere. It must run before the first `z.object(...)` is built: zod reads the
// setting when a schema is created. The setting lives on globalThis, so one call covers every copy
// of zod that Next.js bundles into a process.
config({ jitless: true });
