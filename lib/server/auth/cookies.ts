import { config } from "@/lib/core/config";

/** next-auth's session cookie, under its plain name and its name over HTTPS. */
export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/** Sent on every sign-out: the browser drops cookies, storage and cached pages of the app. */
export const CLEAR_SITE_DATA = '"cache", "cookies", "storage"';

/** Headers that make the browser forget the session: the cookie expired, and Clear-Site-Data. */
export function signedOutHeaders(): Headers {
  const headers = new Headers({ "Clear-Site-Data": CLEAR_SITE_DATA });
  const secure = config.appUrl.startsWith("https:");
  for (const name of SESSION_COOKIES) {
    if (name.startsWith("__Secure-") && !secure) continue;
    headers.append("Set-Cookie", `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`);
  }
  return headers;
}
