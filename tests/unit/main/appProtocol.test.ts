// The app:// handler serves the renderer folder and nothing else: traversal in every spelling, absolute paths, other
// hosts and symlinks that lead out are refused; the CSP travels as a header and matches the page's meta tag.
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL, CONTENT_SECURITY_POLICY, createAppProtocolHandler, resolveAppRequest } from '../../../src/main/appProtocol';
import { CONTENT_SECURITY_POLICY as SHARED_POLICY } from '../../../src/shared/contentSecurityPolicy';
import { withTempDir } from '../../support/tempDir';

/** A renderer folder with a page and a script, next to secrets it must never serve (one in a look-alike sibling folder). */
async function layout(dir: string) {
  const renderer = join(dir, 'renderer');
  await mkdir(join(renderer, 'assets'), { recursive: true });
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Pathboard</title>');
  await writeFile(join(renderer, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(dir, 'secret.txt'), 'SECRET');
  await mkdir(join(dir, 'renderer-evil'));
  await writeFile(join(dir, 'renderer-evil', 'x.txt'), 'SECRET');
  await symlink(join(dir, 'secret.txt'), join(renderer, 'assets', 'link-out.txt'));
  await symlink(dir, join(renderer, 'dir-link-out'));
  await symlink(join(renderer, 'index.html'), join(renderer, 'assets', 'link-in.html'));
  return createAppProtocolHandler(renderer);
}

const get = (handler: (r: Request) => Promise<Response>, url: string, method = 'GET') => handler(new Request(url, { method }));

const TRAVERSALS = [
  'app://pathboard/../../etc/passwd',
  'app://pathboard/../secret.txt',
  'app://pathboard/%2e%2e/secret.txt',
  'app://pathboard/%2E%2E/%2E%2E/etc/passwd',
  'app://pathboard/..%2fsecret.txt',
  'app://pathboard/..%2Fsecret.txt',
  'app://pathboard/assets/..%2f..%2fsecret.txt',
  'app://pathboard/%252e%252e/secret.txt',
  'app://pathboard/..%5csecret.txt',
  'app://pathboard/assets\\..\\..\\secret.txt',
  'app://pathboard//etc/passwd',
  'app://pathboard/%2fetc%2fpasswd',
  'app://pathboard/C:/Windows/win.ini',
  'app://pathboard/C%3A%5CWindows%5Cwin.ini',
  'app://pathboard/index.html%00.png',
  'app://pathboard/%',
  'app://pathboard/../renderer-evil/x.txt',
  'app://pathboard/assets/link-out.txt',
  'app://pathboard/dir-link-out/secret.txt',
  'app://evil/index.html',
  'app://pathboard.evil/index.html',
  'file:///etc/passwd',
  'https://pathboard/index.html',
];

describe('resolveAppRequest', () => {
  it('maps the root and plain paths into the folder', () => {
    expect(resolveAppRequest('app://pathboard/')).toEqual({ ok: true, relativePath: 'index.html' });
    expect(resolveAppRequest(APP_INDEX_URL)).toEqual({ ok: true, relativePath: 'index.html' });
    expect(resolveAppRequest('app://pathboard/assets/index-abc.js?v=1#x')).toEqual({ ok: true, relativePath: 'assets/index-abc.js' });
    expect(resolveAppRequest('app://pathboard/assets/a%20b.css')).toEqual({ ok: true, relativePath: 'assets/a b.css' });
  });

  it('lets the URL parser collapse dot segments (raw or %2e-encoded) without ever climbing above the folder', () => {
    expect(resolveAppRequest('app://pathboard/%2e%2e/x')).toEqual({ ok: true, relativePath: 'x' });
    expect(resolveAppRequest('app://pathboard/../../etc/passwd')).toEqual({ ok: true, relativePath: 'etc/passwd' });
    expect(resolveAppRequest('app://pathboard/a/%2e/b')).toEqual({ ok: true, relativePath: 'a/b' });
  });

  it('refuses encoded separators, double slashes, drives and NUL bytes by their text alone', () => {
    for (const url of ['app://pathboard//etc/passwd', 'app://pathboard/..%2fx', 'app://pathboard/a%5cb', 'app://pathboard/C:', 'app://pathboard/a%00']) {
      expect(resolveAppRequest(url), url).toMatchObject({ ok: false, status: 403 });
    }
    expect(resolveAppRequest('app://pathboard/%E0%A4%A')).toMatchObject({ ok: false, status: 400 });
    expect(resolveAppRequest('file:///etc/passwd')).toMatchObject({ ok: false, status: 400 });
    expect(resolveAppRequest('app://other/index.html')).toMatchObject({ ok: false, status: 404 });
  });
});

describe('the app:// handler', () => {
  it('serves the page and its assets with the CSP header and the right types', async () => {
    await withTempDir(async (dir) => {
      const handler = await layout(dir);
      const page = await get(handler, APP_INDEX_URL);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await page.text()).toContain('<title>Pathboard</title>');
      const script = await get(handler, 'app://pathboard/assets/index-abc.js');
      expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(await script.text()).toBe('console.log(1)');
      // A symlink that stays inside the folder is fine.
      expect((await get(handler, 'app://pathboard/assets/link-in.html')).status).toBe(200);
      const head = await get(handler, APP_INDEX_URL, 'HEAD');
      expect(head.status).toBe(200);
      expect(await head.text()).toBe('');
    });
  });

  it('refuses every traversal, absolute path, foreign host and symlink out, and never leaks a secret', async () => {
    await withTempDir(async (dir) => {
      const handler = await layout(dir);
      for (const url of TRAVERSALS) {
        const response = await get(handler, url);
        expect([400, 403, 404], url).toContain(response.status);
        const body = await response.text();
        expect(body, url).not.toContain('SECRET');
        expect(body, url).not.toMatch(/root:/);
      }
    });
  });

  it('answers 404 for missing files and folders, and 405 for writes', async () => {
    await withTempDir(async (dir) => {
      const handler = await layout(dir);
      expect((await get(handler, 'app://pathboard/missing.js')).status).toBe(404);
      expect((await get(handler, 'app://pathboard/assets')).status).toBe(404);
      expect((await get(handler, APP_INDEX_URL, 'POST')).status).toBe(405);
    });
  });
});

describe('the CSP header', () => {
  it('is the policy the build writes into the page’s meta tag (the page itself names only the placeholder)', () => {
    const html = readFileSync(resolve(import.meta.dirname, '..', '..', '..', 'src', 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html);
    expect(meta?.[1]).toBe('%PATHBOARD_CSP%');
    expect(CONTENT_SECURITY_POLICY).toBe(SHARED_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("require-trusted-types-for 'script'");
  });
});
