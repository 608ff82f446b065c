// Evidence and resource links: one rule (linkProblem) refuses user info, bidirectional controls and invisible
// characters, and the stored data's schemas refuse exactly what it refuses.
import { describe, expect, it } from 'vitest';
import { CustomResourceSchema, MilestoneProgressSchema } from '../../../src/shared/document';
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
  const progress = (evidenceUrl: string) => MilestoneProgressSchema.safeParse({ status: 'done', evidenceUrl });
  const resource = (url: string) => CustomResourceSchema.safeParse({ title: 'Docs', url, kind: 'docs' });

  it('keep every link the rule accepts and refuse every one it refuses, with its message', () => {
    for (const url of GOOD) {
      expect(progress(url).success, url).toBe(true);
      expect(resource(url).success, url).toBe(true);
    }
    for (const [url] of BAD) {
      for (const parsed of [progress(url), resource(url)]) {
        expect(parsed.success, url).toBe(false);
        expect(parsed.error?.issues[0]?.message, url).toBe(linkProblem(url));
      }
    }
  });
});
