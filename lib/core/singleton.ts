/**
 * One value per process, however many times the module that asks is loaded: Next.js loads a
 * module once for instrumentation, once for pages and once for route handlers, so a module-level
 * `let` would make three database pools, three timers, three caches.
 */
export function processSingleton<T>(name: string, create: () => T): T {
  const slot = Symbol.for(`clarity.${name}`);
  const holder = globalThis as unknown as Record<symbol, T | undefined>;
  if (!(slot in holder)) holder[slot] = create();
  return holder[slot] as T;
}
