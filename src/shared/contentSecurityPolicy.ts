// The renderer's Content-Security-Policy, one string for the page's meta tag (written into index.html at build time)
// and the packaged app's response header, so the two cannot drift apart.

/** The Trusted Types policy that turns sanitised notes into TrustedHTML (src/renderer/src/components/markdown.ts). */
export const NOTES_POLICY = 'pathboard-notes';

/**
 * Scripts and everything else only from the app itself, nothing remote, no inline script or eval; and Trusted Types
 * enforced, so a DOM sink such as innerHTML refuses a plain string and only the notes policy may make HTML.
 * frame-ancestors works only as a header (a meta tag ignores it).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  `trusted-types ${NOTES_POLICY}`,
].join('; ');
