/**
 * Known ways to smuggle another site into a redirect target, for an app served at `origin`
 * (`http://localhost:3200`, say). `offSite`: the target names another origin, so the only right
 * answer is the person's home; the others are odd but same-origin paths, which may be followed
 * as long as they stay on the app. Shared by the unit test of the rule and the browser sign-in.
 */
export type RedirectBypass = { target: string; offSite: boolean; note: string };

export function redirectBypasses(origin: string): RedirectBypass[] {
  const { host, hostname, port } = new URL(origin);
  const otherPort = String(Number(port || 80) + 1);
  const off = (target: string, note: string): RedirectBypass => ({ target, offSite: true, note });
  const odd = (target: string, note: string): RedirectBypass => ({ target, offSite: false, note });
  return [
    off("//evil.example/phish", "protocol-relative"),
    off("///evil.example/phish", "three slashes"),
    off("/.//evil.example/phish", "dot segment collapsing into //"),
    off("%2F.%2F%2Fevil.example%2Fphish", "the probe's callbackUrl, still encoded"),
    off(`${origin}//evil.example/phish`, "own origin with a // path"),
    off("/%2e//evil.example", "encoded dot segment"),
    off("/%2E%2E//evil.example", "encoded double-dot segment"),
    off("/a/..//evil.example", "double-dot collapsing into //"),
    off("/a/%2e%2e//evil.example", "encoded double-dot collapsing into //"),
    off("\\\\evil.example", "two backslashes"),
    off("/\\evil.example", "slash and backslash"),
    off("\\/evil.example", "backslash and slash"),
    off("/\\/evil.example", "slash, backslash, slash"),
    off("/%5cevil.example", "encoded backslash"),
    off("/%2f%2fevil.example", "encoded slashes"),
    off("/%2F/evil.example", "encoded slash then slash"),
    off("%2F%2Fevil.example", "encoded protocol-relative"),
    off("/%252F%252Fevil.example", "double-encoded slashes"),
    off("/.%2F/evil.example", "dot and encoded slash"),
    off("https://evil.example/", "another site"),
    off("http://evil.example", "another site over http"),
    off(`https://${hostname}.evil.example/`, "own host name as a subdomain of another site"),
    off(`http://${host}.evil.example/`, "own host and port as a subdomain (does not parse)"),
    off(`http://${host}@evil.example/`, "own host as userinfo"),
    off(`//${host}@evil.example/`, "protocol-relative with own host as userinfo"),
    off(`http://evil.example@${host}/caseload`, "userinfo on the app's own host"),
    off(`http://${hostname}:${otherPort}/caseload`, "another port"),
    off(`https://${host}/caseload`, "another scheme"),
    off("/\t/evil.example", "tab between the slashes"),
    off("/\n/evil.example", "line break between the slashes"),
    off("/\r\n/evil.example", "CRLF between the slashes"),
    off("\t//evil.example", "leading tab"),
    off(" //evil.example", "leading space"),
    off("/%09/evil.example", "encoded tab between the slashes"),
    off("http:/\\evil.example", "scheme with slash and backslash"),
    off("http:\\\\evil.example", "scheme with backslashes"),
    off("//%65vil.example", "encoded letter in the host"),
    off("//evil%E3%80%82example", "ideographic full stop in the host"),
    off("javascript:alert(document.domain)", "javascript: URL"),
    off("data:text/html,<script>alert(1)</script>", "data: URL"),
    off("https:／／evil.example", "fullwidth solidus after a scheme"),
    odd("／／evil.example", "fullwidth solidus (a path of the app)"),
    odd("∕∕evil.example", "division slash (a path of the app)"),
    // Same scheme as the app: a relative path; another scheme: a host.
    origin.startsWith("http:")
      ? odd("http:evil.example", "scheme without slashes (a path of the app)")
      : off("http:evil.example", "another scheme without slashes"),
    odd("/caseload?next=//evil.example", "another target in the query"),
    odd("#//evil.example", "fragment"),
  ];
}
