// zod compiles a fast parser for each object schema with `new Function`, after probing whether it
// may with `Function("")`. The Content-Security-Policy (no 'unsafe-eval') refuses that probe in the
// browser, which logs a CSP violation on every page that builds a schema (Lighthouse's
// best-practices counts it). Jitless parsing is what zod falls back to there anyway, so it is asked
// for outright, everywhere.
//
// zod keeps its settings in one object on globalThis (`__zod_globalConfig`, which `z.config()`
// writes into) and reads `jitless` when a schema is built, so the setting must be in place before
// the first `z.object(...)`. It is written here without importing zod: the browser would otherwise
// load a part of zod on every page just for this (5 kB). tests/unit/zod-jitless.test.ts checks that
// zod still reads it from there.
const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
holder.__zod_globalConfig = Object.assign(holder.__zod_globalConfig ?? {}, { jitless: true });

export {};
