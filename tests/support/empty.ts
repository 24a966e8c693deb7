// Stands in for `server-only` under vitest, where there is no React server bundle to guard.
export {};
