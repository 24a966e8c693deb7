import { safeRedirectPath } from "@/lib/core/safe-redirect";

const CALLBACK_URL = "callbackUrl";

/**
 * next-auth takes a `callbackUrl` from the query or the form body and follows it after sign-in
 * and sign-out. Its own check lets `//host` through as a path and throws on what it cannot parse
 * (a 500), so the value is replaced by the app's safe path before next-auth reads it; the
 * `redirect` callback in options.ts applies the same rule to what is left (its cookie).
 */
export function withSafeCallbackUrl(params: URLSearchParams, origin: string): URLSearchParams {
  if (!params.has(CALLBACK_URL)) return params;
  const safe = new URLSearchParams(params);
  safe.set(CALLBACK_URL, safeRedirectPath(params.get(CALLBACK_URL), origin, "/"));
  return safe;
}

/** The URL with a safe `callbackUrl`, or the URL itself when it has none. */
export function urlWithSafeCallbackUrl(url: string, origin: string): string {
  const parsed = new URL(url);
  if (!parsed.searchParams.has(CALLBACK_URL)) return url;
  parsed.search = withSafeCallbackUrl(parsed.searchParams, origin).toString();
  return parsed.toString();
}

/** next-auth's cookie that remembers the callback URL, under its plain and its HTTPS name. */
const CALLBACK_URL_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

/**
 * A callback-URL cookie that next-auth itself would not have set (it only ever stores the app's
 * origin, or what the `redirect` callback answered: the origin and a safe path): its name, else
 * null. next-auth answers a cookie it cannot parse with a configuration error (a 500), so the
 * handler refuses such a cookie first.
 */
export function unsafeCallbackCookie(cookies: { get(name: string): { value: string } | undefined }, origin: string) {
  return (
    CALLBACK_URL_COOKIES.find((name) => {
      const value = cookies.get(name)?.value;
      return value !== undefined && value !== origin && value !== `${origin}${safeRedirectPath(value, origin, "/")}`;
    }) ?? null
  );
}
