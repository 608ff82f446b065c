import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { renderNotes } from '../../../src/renderer/src/components/markdown';
import { Markdown } from '../../../src/renderer/src/components/Markdown';

afterEach(cleanup);

describe('renderNotes', () => {
  it('renders Markdown formatting', () => {
    const html = renderNotes('# Plan\n\n- **kind** cluster\n- `kubectl apply`');
    expect(html).toContain('<h1>Plan</h1>');
    expect(html).toContain('<strong>kind</strong>');
    expect(html).toContain('<code>kubectl apply</code>');
  });

  const payloads: Array<[string, string]> = [
    ['a script tag', '<script>window.__pwned = 1</script>hello'],
    ['an onerror handler', '<img src=x onerror="window.__pwned = 1">'],
    ['a javascript: Markdown link', '[click me](javascript:window.__pwned=1)'],
    ['a javascript: HTML link', '<a href="javascript:window.__pwned=1">x</a>'],
    ['an svg onload', '<svg onload="window.__pwned = 1"></svg>'],
    ['an iframe', '<iframe src="https://evil.example"></iframe>'],
    ['a style tag', '<style>body{display:none}</style>'],
    ['a data: link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ];

  for (const [label, payload] of payloads) {
    it(`neutralises ${label}`, () => {
      // Raw HTML may show as the text the learner typed; what matters is that no element, handler or link is live.
      const host = document.createElement('div');
      host.innerHTML = renderNotes(payload);
      expect(host.querySelector('script, img, svg, iframe, style, object, embed')).toBeNull();
      const attributes = [...host.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => `${a.name}=${a.value}`));
      expect(attributes.join(' ')).not.toMatch(/^on|\son\w+=|javascript:|data:/i);
    });
  }

  it('keeps https links and opens them outside the app', () => {
    const html = renderNotes('[docs](https://kubernetes.io/docs/)');
    expect(html).toContain('href="https://kubernetes.io/docs/"');
    expect(html).toContain('target="_blank"');
    expect(html).toContain('rel="noopener noreferrer"');
  });

  it('drops plain http links but keeps their text', () => {
    const html = renderNotes('[old](http://example.org)');
    expect(html).not.toContain('href');
    expect(html).toContain('old');
  });
});

describe('<Markdown>', () => {
  it('runs no script or handler from notes when mounted in a page', () => {
    const w = window as unknown as { __pwned?: number };
    delete w.__pwned;
    const { container } = render(
      <Markdown source={'<img src=x onerror="window.__pwned = 1"><script>window.__pwned = 2</script>'} label="Notes" />,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('[onerror]')).toBeNull();
    expect(w.__pwned).toBeUndefined();
  });
});
