/**
 * The one rule for every redirect whose target came from input (the sign-in `callbackUrl`, say),
 * used by the server and by the browser alike: the target is resolved against the app's own
 * origin, the way a browser resolves a link, and is followed only when it lands on that same origin
 * with a path that starts with a single "/". Anything else (another host or port, a
 * protocol-relative `//host`, `/\host`, dot segments or encoded slashes that collapse into one,
 * userinfo, a URL that does not parse) sends the person to `home`.
 *
 * The answer is a path (with its query and fragment), never a full URL, so what is finally followed
 * cannot name another origin. The path must also pass once percent-decoded (up to a few times
 * over): whatever later decodes it and resolves it again still lands on the app.
 */
export function safeRedirectPath(target: unknown, origin: string, home: string): string {
  if (typeof target !== "string" || target === "" || target.length > MAX_TARGET_LENGTH) return home;
  try {
    const base = new URL(origin);
    const url = new URL(target, base);
    if (url.origin !== base.origin || url.username !== "" || url.password !== "") return home;
    let path = url.pathname;
    for (let round = 0; round <= DECODE_ROUNDS; round++) {
      const resolved = new URL(path, base);
      if (resolved.origin !== base.origin || !/^\/(?![/\\])/u.test(resolved.pathname)) return home;
      const next = percentDecoded(path);
      if (next === path) break;
      path = next;
    }
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return home;
  }
}

/** Longer than any path of the app; a longer target is someone's experiment. */
const MAX_TARGET_LENGTH = 2048;
/** `%252F` is `%2F` once decoded and `/` twice: a few rounds cover what any layer would do. */
const DECODE_ROUNDS = 3;

/** Percent-decoded, the way a lenient reader would: a malformed escape is left as it is. */
function percentDecoded(path: string): string {
  return path.replace(/(?:%[0-9a-f]{2})+/giu, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}
