const BASE = "http://return-path.invalid";

/**
 * Where to send someone after sign-in: only a path on this site. Anything else — another origin,
 * a protocol-relative "//host", backslashes, control characters, the API, the sign-in pages
 * themselves — gives the fallback, so a crafted link can never redirect off the site.
 */
export function safeReturnPath(raw: unknown, fallback: string): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 512) return fallback;
  if (!raw.startsWith("/") || raw.startsWith("//") || /[\\\u0000-\u001f\u007f\s]/.test(raw)) return fallback;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = url.pathname;
  if (path.startsWith("/api/") || path === "/sign-in" || path === "/staff/sign-in") return fallback;
  return `${path}${url.search}${url.hash}`;
}

/** The page a form was posted from, as a return path (the Referer of a same-site form post). */
export function returnPathFromReferer(referer: string | null, fallback: string): string {
  if (!referer) return fallback;
  try {
    const url = new URL(referer);
    return safeReturnPath(`${url.pathname}${url.search}`, fallback);
  } catch {
    return fallback;
  }
}

export const signInPage = { citizen: "/sign-in", staff: "/staff/sign-in" } as const;
export const areaHome = { citizen: "/account", staff: "/staff" } as const;

/** The sign-in page that brings the person back to `returnPath` afterwards (and says why, when the session ended). */
export function signInHref(area: keyof typeof signInPage, returnPath: string, { sessionEnded = false } = {}): string {
  const path = safeReturnPath(returnPath, areaHome[area]);
  const query = new URLSearchParams();
  if (path !== areaHome[area]) query.set("callbackUrl", path);
  if (sessionEnded) query.set("sessionEnded", "1");
  return query.size > 0 ? `${signInPage[area]}?${query}` : signInPage[area];
}
