/**
 * Requests the page makes on its own (polling, marking read, live streams) say so with this
 * header: they must not keep an idle session alive, only what the person does should.
 */
const BACKGROUND_HEADER = "x-clarity-background";

export function isBackgroundRequest(request: Request): boolean {
  return request.headers.get(BACKGROUND_HEADER) === "1";
}
