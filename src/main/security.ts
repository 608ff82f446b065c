// Pure checks behind the window's navigation, pop-up and IPC sender rules (kept free of electron so tests run them directly).

/**
 * True when `url` is the app's own renderer page. For the packaged app that is the app:// page itself (same scheme, host
 * and path; the hash may change); for a dev server it is its origin. A custom scheme has no origin in WHATWG terms, so
 * scheme and host are compared directly.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  let target: URL;
  let app: URL;
  try {
    target = new URL(url);
    app = new URL(appUrl);
  } catch {
    return false;
  }
  if (app.protocol === 'http:' || app.protocol === 'https:') return target.origin === app.origin;
  return target.protocol === app.protocol && target.host === app.host && target.pathname === app.pathname && target.search === app.search;
}

/** Only plain https links may leave the app, and only to the user's browser. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}
