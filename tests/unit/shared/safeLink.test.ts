// Evidence and resource links: one rule (linkProblem) refuses user info, bidirectional controls and invisible
// characters; the input schemas refuse exactly what it refuses, and the stored shape still opens older files.
import { describe, expect, it } from 'vitest';
import { CustomResourceSchema, LinkInputSchema, MilestoneProgressSchema, UserDocumentSchema, emptyDocument } from '../../../src/shared/document';
import { linkProblem } from '../../../src/shared/safeLink';

const GOOD = ['https://github.com/me/project', 'https://example.org/a?b=c#d', 'https://日本.example/パス', 'https://example.org/@me/post'];
const BAD: Array<[string, RegExp]> = [
  ['https://user:pass@github.com/', /user name or password/],
  ['https://user@github.com/', /user name or password/],
  ['https://github.com:pw@evil.example/', /user name or password/],
  ['http://example.org/', /https:\/\//],
  ['javascript:alert(1)', /https:\/\//],
  ['https://example.org/a b', /https:\/\//],
  ['https://example.org/"onmouseover=', /https:\/\//],
  ...['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'].map(
    (c): [string, RegExp] => [`https://example.org/${c}gpj.exe`, /text-direction/],
  ),
  ...['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u0007'].map((c): [string, RegExp] => [`https://exa${c}mple.org/`, /invisible/]),
];

describe('linkProblem', () => {
  it.each(GOOD)('accepts %s', (url) => expect(linkProblem(url)).toBeNull());
  it.each(BAD)('refuses %j with a reason', (url, reason) => expect(linkProblem(url)).toMatch(reason));
});

describe('the schemas', () => {
  const entered = (evidenceUrl: string) => LinkInputSchema.safeParse(evidenceUrl);
  const resource = (url: string) => CustomResourceSchema.safeParse({ title: 'Docs', url, kind: 'docs' });

  it('take every link the rule accepts as input and refuse every one it refuses, with its message', () => {
    for (const url of GOOD) {
      expect(entered(url).success, url).toBe(true);
      expect(resource(url).success, url).toBe(true);
    }
    for (const [url] of BAD) {
      for (const parsed of [entered(url), resource(url)]) {
        expect(parsed.success, url).toBe(false);
        expect(parsed.error?.issues[0]?.message, url).toBe(linkProblem(url));
      }
    }
  });

  it('still open a file saved before the rule (tests/unit/shared/report.test.ts: its links show as text)', () => {
    const old = 'https://user:pass@github.com/me/docker';
    const doc = { ...emptyDocument(), progress: { docker: { status: 'done' as const, evidenceUrl: old } } };
    expect(UserDocumentSchema.safeParse(doc).success).toBe(true);
    expect(MilestoneProgressSchema.safeParse({ status: 'done', evidenceUrl: 'http://example.org/' }).success).toBe(false);
  });
});
