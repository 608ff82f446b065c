import { createRequire } from 'node:module';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../../src/shared/dates';
import { emptyDocument, type UserDocument } from '../../../src/shared/document';
import { addCustomMilestone, updateProgress } from '../../../src/shared/mutations';
import { pathView } from '../../../src/shared/pathView';
import { applyStatus } from '../../../src/shared/progress';
import { buildReport } from '../../../src/shared/reportModel';
import { notesToSafeMarkdown } from '../../../src/shared/notesMarkdown';
import { renderHtml } from '../../../src/shared/reportHtml';
import { escapeMarkdown, renderMarkdown } from '../../../src/shared/reportMarkdown';
import { milestone, roadmap } from '../../support/roadmapFixtures';

const path = roadmap(
  'p',
  [milestone('a', [], { title: 'Python', estimateHours: 10 }), milestone('b', ['a'], { title: 'Docker', estimateHours: 20 }), milestone('c', ['b'], { title: 'Kubernetes', estimateHours: 30 }), milestone('d', [], { title: 'Statistics', estimateHours: 40 })],
  [
    { id: 'one', title: 'Foundations', summary: 'x', milestones: ['a', 'b'] },
    { id: 'two', title: 'Production', summary: 'y', milestones: ['c', 'd'] },
  ],
);
const settings = { hoursPerWeek: 10, weekdays: [0, 1, 2, 3, 4, 5, 6], startDate: '2026-06-01' };

function knownDocument(): UserDocument {
  let doc = applyStatus(emptyDocument(), 'a', 'done', new Date('2026-05-03T10:00:00Z'));
  doc = applyStatus(doc, 'b', 'in-progress', new Date('2026-05-04T10:00:00Z'));
  doc = updateProgress(doc, 'a', { notes: 'Used *pandas*', evidenceUrl: 'https://github.com/me/python' });
  doc = addCustomMilestone(doc, 'p', 'custom-1', { phaseId: 'two', title: 'My blog', summary: '', doneWhen: '', estimateHours: 5, kind: 'project', skillArea: 'communication', prerequisites: [], checklist: [] }, new Date('2026-05-05T00:00:00Z'));
  return applyStatus(doc, 'custom-1', 'done', new Date('2026-05-06T09:00:00Z'));
}

describe('buildReport', () => {
  const report = buildReport(pathView(path, knownDocument()), knownDocument(), settings, '2026-06-01', { includeNotes: false });

  it('counts milestones, hours and percentages, custom milestones included', () => {
    expect(report).toMatchObject({ pathTitle: 'p path', date: '2026-06-01', done: 2, total: 5, percent: 40, hoursDone: 15, hoursTotal: 105 });
    expect(report.phases).toEqual([
      { title: 'Foundations', done: 1, skipped: 0, total: 2, percent: 50, hoursDone: 10, hoursTotal: 30 },
      { title: 'Production', done: 1, skipped: 0, total: 3, percent: 33, hoursDone: 5, hoursTotal: 75 },
    ]);
  });

  it('lists completed milestones with dates and evidence, in progress, and next up in plan order', () => {
    expect(report.completed.map((m) => [m.title, m.completedOn, m.custom])).toEqual([
      ['Python', '2026-05-03', false],
      ['My blog', '2026-05-06', true],
    ]);
    expect(report.completed[0]?.evidenceUrl).toBe('https://github.com/me/python');
    expect(report.inProgress.map((m) => m.title)).toEqual(['Docker']);
    expect(report.nextUp.map((m) => m.title)).toEqual(['Kubernetes', 'Statistics']);
  });

  it('forecasts the finish at the current weekly hours: 90 h left at 10 h a week is 9 weeks', () => {
    expect(report.forecast).toMatchObject({ remainingHours: 90, hoursPerWeek: 10, finish: '2026-08-02' });
  });

  it('leaves notes out unless asked', () => {
    expect(report.completed[0]?.notes).toBeUndefined();
    const withNotes = buildReport(pathView(path, knownDocument()), knownDocument(), settings, '2026-06-01', { includeNotes: true });
    expect(withNotes.completed[0]?.notes).toBe('Used *pandas*');
  });
});

describe('rendering hostile text', () => {
  const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)> [click](javascript:alert(3)) ![x](http://evil.example/t.png)';
  function hostileDocument() {
    let doc = addCustomMilestone(emptyDocument(), 'p', 'custom-1', { phaseId: 'one', title: hostile, summary: '', doneWhen: '', estimateHours: 1, kind: 'skill', skillArea: 'programming', prerequisites: [], checklist: [] }, new Date('2026-05-01T00:00:00Z'));
    doc = applyStatus(doc, 'custom-1', 'done', new Date('2026-05-02T00:00:00Z'));
    return updateProgress(doc, 'custom-1', { notes: hostile });
  }
  const model = buildReport(pathView(path, hostileDocument()), hostileDocument(), settings, '2026-06-01', { includeNotes: true });

  it('escapes it in HTML: no tag, handler or javascript: link survives, and nothing is loaded from elsewhere', () => {
    const html = renderHtml(model);
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).not.toMatch(/<[^>]*\bon\w+=/i);
    expect(html).not.toMatch(/href=["']?javascript:/i);
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toMatch(/<[^>]*\bsrc=/i);
    expect(html).not.toMatch(/<link|@import|url\(/i);
  });

  it('escapes it in Markdown: no raw HTML, no live link or image', () => {
    const md = renderMarkdown(model);
    expect(md).not.toMatch(/(^|[^\\])<(script|img)/im);
    expect(md).not.toMatch(/\]\(javascript:/);
    expect(md).not.toMatch(/!\[x\]\(http/);
    expect(md).toContain('\\<script\\>');
  });

  it('escapeMarkdown neutralises link syntax', () => {
    expect(escapeMarkdown('[a](b)')).toBe('\\[a\\]\\(b\\)');
  });

  it('writes evidence links only when they are https', () => {
    const doc = updateProgress(knownDocument(), 'a', { evidenceUrl: 'https://example.org/repo' });
    const html = renderHtml(buildReport(pathView(path, doc), doc, settings, '2026-06-01', { includeNotes: false }));
    expect(html).toContain('<a href="https://example.org/repo">');
    const clean = buildReport(pathView(path, doc), doc, settings, '2026-06-01', { includeNotes: false });
    const forged = { ...clean, completed: [{ ...clean.completed[0]!, evidenceUrl: 'javascript:alert(1)' }] };
    expect(renderHtml(forged)).not.toContain('javascript:');
    // A file saved before links were checked for user info opens; the report leaves such a link out (it may hold a password).
    const old = updateProgress(knownDocument(), 'a', { evidenceUrl: 'https://me:secret@example.org/repo' });
    const oldHtml = renderHtml(buildReport(pathView(path, old), old, settings, '2026-06-01', { includeNotes: false }));
    expect(oldHtml).toContain('Python');
    expect(oldHtml).not.toContain('secret');
  });
});

describe('an HTML report', () => {
  it('is one self-contained page: inline style, no script, no remote resource', () => {
    const html = renderHtml(buildReport(pathView(path, knownDocument()), knownDocument(), settings, '2026-06-01', { includeNotes: true }));
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<style>');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\bsrc=/i);
    const remote = [...html.matchAll(/https?:\/\/[^"'<\s]+/g)].map((m) => m[0]);
    expect(remote).toEqual(['https://github.com/me/python', 'https://github.com/me/python']);
  });
});

describe('notes and dates in reports', () => {
  const withNotes = updateProgress(knownDocument(), 'a', { notes: 'Use **multi-stage** builds, see [the docs](https://docs.docker.com) and [this](javascript:alert(1))\n<img src=x onerror=alert(1)>' });
  const model = buildReport(pathView(path, withNotes), withNotes, settings, '2026-06-01', { includeNotes: true });

  it('renders notes as safe Markdown in HTML: emphasis and https links kept, raw HTML and other links not', () => {
    const html = renderHtml(model);
    expect(html).toContain('<strong>multi-stage</strong>');
    expect(html).toContain('<a href="https://docs.docker.com"');
    expect(html).not.toMatch(/javascript:|<img|<[^>]*onerror=/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('keeps notes as Markdown in a Markdown report, with raw HTML escaped and only https links live', () => {
    const md = renderMarkdown(model);
    expect(md).toContain('**multi-stage**');
    expect(md).toContain('[the docs](https://docs.docker.com)');
    expect(md).not.toContain('javascript:');
    expect(md).toContain('\\<img');
  });

  it('writes dates the way the app shows them', () => {
    expect(renderMarkdown(model)).toContain(`Report date: ${formatDay('2026-06-01')}`);
    expect(renderHtml(model)).not.toContain('Report date 2026-06-01');
  });
});

// jsdom ships no types: the little of it these tests use, typed here.
type Parsed = { tagName: string; attributes: Iterable<{ name: string; value: string }>; getAttribute: (name: string) => string | null };
type Body = { querySelectorAll: (selector: string) => ArrayLike<Parsed> & Iterable<Parsed> };
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: { document: { body: Body } } } };

describe('a Markdown report opened in a viewer that renders HTML', () => {
  // Notes a hostile file or a careless paste could hold; each would be live if copied verbatim.
  const HOSTILE = [
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    '<iframe src="https://evil.example"></iframe>',
    '<svg onload=alert(1)>',
    '<a href="javascript:alert(1)">x</a>',
    '<details open ontoggle=alert(1)>',
    '[click](javascript:alert(1))',
    '[click](JavaScript:alert(1))',
    '[click]( javascript:alert(1))',
    '[a [nested] link](javascript:alert(1))',
    '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '[ref][r]\n\n[r]: javascript:alert(1)',
    '![pixel](https://evil.example/t.png)',
    '![x](javascript:alert(1))',
    '<javascript:alert(1)>',
    '<http://evil.example>',
    'http://evil.example/plain',
    'www.evil.example',
    'mail me@evil.example',
    '[creds](https://user:pass@evil.example/)',
    '[rtl](https://example.org/\u202Egpj.exe)',
    '- list item <b onclick=alert(1)>bold</b>',
  ];

  /** Elements and attributes that run, load or lead somewhere other than an https page. */
  function activeParts(markdown: string): string[] {
    const html = marked.parse(markdown, { async: false, gfm: true });
    const body = new JSDOM(`<!doctype html><body>${html}`).window.document.body;
    const found: string[] = [];
    for (const el of body.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      if (!['p', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'code', 'pre', 'br', 'h1', 'h2', 'h3', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'blockquote', 'hr', 'del'].includes(tag)) found.push(`<${tag}>`);
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) found.push(`${tag} ${attr.name}`);
        if (['href', 'src'].includes(attr.name) && !/^https:\/\/[^@\s]+$/.test(attr.value)) found.push(`${tag} ${attr.name}=${attr.value}`);
        if (['href', 'src'].includes(attr.name) && /[\p{Cf}]/u.test(decodeURI(attr.value))) found.push(`${tag} ${attr.name} with an invisible character`);
      }
    }
    return found;
  }

  it('control: the hostile notes copied verbatim are live in such a viewer', () => {
    for (const note of HOSTILE) expect(activeParts(note), note).not.toEqual([]);
  });

  it.each(HOSTILE)('runs and loads nothing from the note %j', (note) => {
    expect(activeParts(notesToSafeMarkdown(note))).toEqual([]);
    let doc = addCustomMilestone(emptyDocument(), 'p', 'custom-1', { phaseId: 'one', title: 'Mine', summary: '', doneWhen: '', estimateHours: 1, kind: 'skill', skillArea: 'programming', prerequisites: [], checklist: [] }, new Date('2026-05-01T00:00:00Z'));
    doc = updateProgress(doc, 'custom-1', { notes: note });
    const md = renderMarkdown(buildReport(pathView(path, doc), doc, settings, '2026-06-01', { includeNotes: true }));
    expect(activeParts(md)).toEqual([]);
  });

  it('keeps a Markdown list and a plain https link live', () => {
    const md = notesToSafeMarkdown('- one\n- see [the docs](https://docs.docker.com) and https://example.org/x');
    const body = new JSDOM(marked.parse(md, { async: false })).window.document.body;
    expect(body.querySelectorAll('li')).toHaveLength(2);
    expect([...body.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://docs.docker.com', 'https://example.org/x']);
  });
});

describe('portfolio projects in the report', () => {
  const projectPath = roadmap('q', [
    milestone('py', [], { title: 'Python' }),
    milestone('proj', ['py'], {
      title: 'Churn <model>',
      kind: 'project',
      spec: { build: 'A churn classifier', data: 'A public telecom set', handIn: 'A notebook and a one-page write-up' },
      rubric: ['Beats a baseline', 'Leakage checked', 'Errors analysed', 'Write-up states limits'],
    }),
  ]);
  let doc = applyStatus(emptyDocument(), 'proj', 'in-progress', new Date('2026-05-04T10:00:00Z'));
  doc = updateProgress(doc, 'proj', { criterion: { index: 1, done: true } });
  doc = updateProgress(doc, 'proj', { criterion: { index: 3, done: true } });
  const report = buildReport(pathView(projectPath, doc), doc, settings, '2026-06-01', { includeNotes: false });

  it('lists each project with a brief with its status, what to build and hand in, and which criteria are met', () => {
    expect(report.projects).toEqual([
      {
        title: 'Churn <model>',
        status: 'In progress',
        build: 'A churn classifier',
        handIn: 'A notebook and a one-page write-up',
        rubric: [
          { criterion: 'Beats a baseline', met: false },
          { criterion: 'Leakage checked', met: true },
          { criterion: 'Errors analysed', met: false },
          { criterion: 'Write-up states limits', met: true },
        ],
      },
    ]);
  });

  it('shows the brief and the ticks in Markdown as a task list', () => {
    const md = renderMarkdown(report);
    expect(md).toContain('## Portfolio projects (1)');
    expect(md).toContain('### Churn \\<model\\> (in progress)');
    expect(md).toContain('Build: A churn classifier');
    expect(md).toContain('Rubric: 2 of 4 rubric criteria met.');
    expect(md).toContain('- [x] Leakage checked\n- [ ] Errors analysed');
  });

  it('shows the brief and the ticks in HTML, escaped', () => {
    const html = renderHtml(report);
    expect(html).toContain('<h2>Portfolio projects (1)</h2>');
    expect(html).toContain('Churn &lt;model&gt;');
    expect(html).toContain('A notebook and a one-page write-up');
    expect(html).toContain('2 of 4 rubric criteria met');
    expect(html).toContain('<li>☑ Leakage checked</li><li>☐ Errors analysed</li>');
  });

  it('leaves the section out on a path without projects', () => {
    const plain = buildReport(pathView(path, knownDocument()), knownDocument(), settings, '2026-06-01', { includeNotes: false });
    expect(plain.projects).toEqual([]);
    expect(renderMarkdown(plain)).not.toContain('Portfolio projects');
    expect(renderHtml(plain)).not.toContain('Portfolio projects');
  });
});
