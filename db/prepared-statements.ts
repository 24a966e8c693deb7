import type { Sql } from "postgres";

/**
 * drizzle runs each query as an unnamed statement (`prepare: false`), and postgres.js must then
 * ask the server for the parameter types before it can send the values: two round trips for
 * every query with a parameter, and Postgres parses and plans it every time. A named statement
 * is described once per connection and afterwards runs in one round trip, parsed once. This
 * wraps the client drizzle is given so every query is named, inside transactions too.
 *
 * What it costs: each connection keeps its statements until it is recycled (postgres.js renews
 * connections every 30–60 minutes), and a pooler in front of Postgres must support prepared
 * statements (PgBouncer ≥ 1.21 with max_prepared_statements). A statement invalidated by a
 * migration is prepared again by postgres.js on its own.
 */
export function withNamedStatements(sql: Sql): Sql {
  return new Proxy(sql, {
    get(target, property, receiver) {
      if (property === "unsafe") {
        return (query: string, parameters?: unknown[], options?: Record<string, unknown>) =>
          target.unsafe(query, parameters as never, { ...options, prepare: true });
      }
      if (property === "begin" || property === "savepoint") {
        const open = Reflect.get(target, property, receiver) as (...args: unknown[]) => Promise<unknown>;
        return (...args: unknown[]) => {
          const work = args.pop() as (inner: Sql) => unknown;
          return open.call(target, ...args, (inner: Sql) => work(withNamedStatements(inner)));
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
}
