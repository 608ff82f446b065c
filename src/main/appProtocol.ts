// The app:// scheme: maps a request to a file inside the built renderer folder, refusing everything else, and answers
// with the Content-Security-Policy as a header. Electron-free, so tests drive it with plain Request objects.
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shared/contentSecurityPolicy';

export const APP_SCHEME = 'app';
export const APP_HOST = 'pathboard';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** The page's policy, the same string the build writes into its meta tag; as a header, frame-ancestors works too. */
export { CONTENT_SECURITY_POLICY };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export type Resolved = { ok: true; relativePath: string } | { ok: false; status: 400 | 403 | 404; reason: string };

/**
 * The file a URL names, as a path relative to the renderer folder, judged on the text of the URL alone: wrong scheme or
 * host, undecodable escapes, `..`/`.` segments (raw or encoded), empty segments, backslashes, drive letters and NUL bytes
 * are refused. `/` means index.html.
 */
export function resolveAppRequest(url: string): Resolved {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400, reason: 'not a URL' };
  }
  if (parsed.protocol !== `${APP_SCHEME}:`) return { ok: false, status: 400, reason: `wrong scheme ${parsed.protocol}` };
  if (parsed.host !== APP_HOST) return { ok: false, status: 404, reason: `unknown host ${parsed.host}` };
  const rawSegments = parsed.pathname.split('/').slice(1);
  // `app://pathboard/` is the page itself.
  if (rawSegments.length === 1 && rawSegments[0] === '') return { ok: true, relativePath: 'index.html' };
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { ok: false, status: 400, reason: 'malformed escape in path' };
    }
    if (segment === '' || segment === '.' || segment === '..') return { ok: false, status: 403, reason: `path segment "${segment}" refused` };
    if (/[\\/:\0]/.test(segment)) return { ok: false, status: 403, reason: 'path segment with a separator, drive or NUL refused' };
    segments.push(segment);
  }
  return { ok: true, relativePath: segments.join('/') };
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

function refuse(status: number, reason: string): Response {
  return new Response(reason, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' } });
}

/** The protocol handler: serves only regular files whose real path (after symlinks) is inside `rendererDir`. */
export function createAppProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  let realRoot: Promise<string> | undefined;
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'method not allowed');
    const resolved = resolveAppRequest(request.url);
    if (!resolved.ok) return refuse(resolved.status, resolved.reason);
    realRoot ??= realpath(rendererDir);
    const root = await realRoot;
    const candidate = join(root, ...resolved.relativePath.split('/'));
    if (!isInside(root, candidate)) return refuse(403, 'outside the app folder');
    let real: string;
    try {
      real = await realpath(candidate);
    } catch {
      return refuse(404, 'not found');
    }
    // A symlink inside the folder must not lead out of it.
    if (!isInside(root, real)) return refuse(403, 'outside the app folder');
    try {
      if (!(await stat(real)).isFile()) return refuse(404, 'not found');
      const body = request.method === 'HEAD' ? null : await readFile(real);
      return new Response(body, {
        status: 200,
        headers: {
          'content-type': TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream',
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
          'cache-control': 'no-cache',
        },
      });
    } catch {
      return refuse(404, 'not found');
    }
  };
}
