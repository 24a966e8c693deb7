import { config } from "@/lib/config";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/** Headers that make the browser forget the session: the cookie expired, and Clear-Site-Data. */
export function signedOutHeaders(): Headers {
  const headers = new Headers({ "Clear-Site-Data": '"cache", "cookies", "storage"' });
  const secure = config.appUrl.startsWith("https:");
  for (const name of SESSION_COOKIES) {
    if (name.startsWith("__Secure-") && !secure) continue;
    headers.append("Set-Cookie", `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`);
  }
  return headers;
}
