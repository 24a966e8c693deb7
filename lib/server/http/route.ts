import "server-only";
import { config } from "@/lib/core/config";
import { describeError, log } from "@/lib/core/log";
import { negotiateLocale, defaultLocale } from "@/lib/core/i18n/locales";
import { withRequestLocale } from "@/lib/core/i18n/request-locale";
import { AppError } from "@/lib/core/errors";
import { databaseErrorCode, isDatabaseUnavailable, isUnstorableText } from "@/lib/core/database-errors";
import { appErrorResponse, errorResponse, unavailableResponse } from "./respond";
import { withSecurityHeaders } from "./own-headers";
import { assertSameOrigin, isMutating } from "./origin";
import { RequestDeadlineError, withDeadline, type Deadline } from "@/lib/core/deadline";
import { isServerAway, probeDatabaseServer, reportDatabaseAway, whileWaiting } from "./database-away";

type Handler<P> = (request: Request, params: P) => Promise<Response>;
type Context<P> = { params: Promise<P> };

/** Runs database work against the request's deadline (see withinDeadline below). */
export type Timed = <T>(work: () => Promise<T>) => Promise<T>;
type StreamingHandler<P> = (request: Request, params: P, timed: Timed) => Promise<Response>;

/**
 * Every route handler goes through here: cross-site refusal for writes, and one mapping from
 * errors to the JSON error shape. Unexpected errors are logged by name only (no request data).
 * Messages follow Accept-Language (the app's pages send their own language; see api-client.ts).
 */
export function route<P = Record<string, never>>(handler: Handler<P>) {
  return handle<P>((request, params, timed) => timed(() => handler(request, params)));
}

/**
 * A route that reads a large body as it arrives (an upload): the deadline covers only the parts
 * it hands to `timed`, its database work, because a 15 MB file sent over a phone's connection may
 * take minutes to arrive, and waiting for it holds no connection and no transaction.
 */
export function streamingRoute<P = Record<string, never>>(handler: StreamingHandler<P>) {
  return handle<P>(handler);
}

function handle<P>(handler: StreamingHandler<P>) {
  return async (request: Request, context: Context<P>): Promise<Response> =>
    withRequestLocale(negotiateLocale(request.headers.get("accept-language")) ?? defaultLocale, async () => {
      let response: Response;
      try {
        if (isMutating(request.method)) assertSameOrigin(request.headers, config.appUrl);
        response = await handler(request, await context.params, timed);
      } catch (error) {
        response = toErrorResponse(error, `${request.method} ${new URL(request.url).pathname}`);
      }
      return withSecurityHeaders(response);
    });
}

const timed: Timed = (work) => {
  const ms = config.databaseConnectTimeoutSeconds * 1000 + config.databaseStatementTimeoutMs;
  const deadline = { at: Date.now() + ms };
  return withinDeadline(withDeadline(deadline, work), ms, deadline);
};

/**
 * No request waits longer than a connection may take to open plus a statement may run: after
 * that the database is as good as away, and the caller gets the 503 it would get for an outage.
 * This covers a driver call that never settles after its connection was killed mid-transaction
 * (seen in the connection-kill test); retrying is safe, as message sends are idempotent. Writes
 * that resume after it roll back instead of committing (assertBeforeDeadline in lib/core/deadline.ts).
 */
function withinDeadline<T>(work: Promise<T>, ms: number, writes: Deadline): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopWaiting = () => {};
  // A request still waiting after a second asks whether the server is there at all.
  const slow = setTimeout(() => void probeDatabaseServer(), 1000);
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RequestDeadlineError("request deadline passed")), ms);
    // The database server went away under this request: answer now, and let no write land later.
    stopWaiting = whileWaiting(() => {
      writes.at = 0;
      reject(new RequestDeadlineError("database server away"));
    });
  });
  return Promise.race([work, deadline]).finally(() => {
    clearTimeout(timer);
    clearTimeout(slow);
    stopWaiting();
  });
}

export function toErrorResponse(error: unknown, where: string): Response {
  if (error instanceof AppError) return appErrorResponse(error);
  if (isDatabaseUnavailable(error)) {
    if (isServerAway(databaseErrorCode(error)) && error instanceof Error) reportDatabaseAway(error);
    log.warn(`database unavailable during ${where}`);
    return unavailableResponse();
  }
  if (isUnstorableText(error)) return errorResponse("bad_request");
  log.error(`unexpected error during ${where}: ${describeError(error)}`);
  return errorResponse("internal");
}
