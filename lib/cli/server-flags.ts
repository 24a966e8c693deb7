/**
 * V8 flags for the production server (`npm run serve`, `npm start`, the benchmark). Left to its
 * defaults on a large machine, V8 lets the heap grow to several times what is alive before it
 * collects: measured at 10,000 families, 80–110 MB alive but 630–680 MB resident under 50
 * connections. A 384 MB old generation keeps the peak near 360 MB; the young generation is set
 * explicitly because lowering the old generation alone also shrinks it, and the extra minor
 * collections cost 15–20 % of the throughput at 50 connections.
 */
export const SERVER_NODE_FLAGS = ["--max-old-space-size=384", "--max-semi-space-size=16"] as const;

/**
 * Flags for `next start`. Node closes a connection after 5 s idle by default; a client (a proxy
 * pooling connections, a test's request context) that reuses it at that moment gets ECONNRESET.
 * Idle connections stay open longer than the 60 s after which proxies usually drop their own.
 */
export const NEXT_START_FLAGS = ["--keepAliveTimeout", "75000"] as const;
