import { describe, expect, it } from 'vitest';
import { parseRoadmap, RoadmapContentError, type ResourceKind } from '../../../src/shared/roadmap';
import { boardColumns, type ShownCards } from '../../../src/shared/board';
import { updateProgress } from '../../../src/shared/mutations';
import { pathView } from '../../../src/shared/pathView';
import { applyStatus } from '../../../src/shared/progress';
import { emptyDocument } from '../../../src/shared/document';
import { contentIssues } from '../../support/contentIssues';
import { milestone, roadmap } from '../../support/roadmapFixtures';

const issuesOf = (value: unknown): string[] => contentIssues('bad.json', (file) => parseRoadmap(file, value));

describe('parseRoadmap', () => {
  it('accepts a valid roadmap', () => {
    const value = roadmap('ok', [milestone('a'), milestone('b', ['a'])]);
    expect(parseRoadmap('ok.json', value, 'ok').milestones).toHaveLength(2);
  });

  it('names the file and the field when a required field is missing', () => {
    const value = roadmap('x', [milestone('a')]);
    delete (value.milestones[0] as Partial<typeof value.milestones[0]>).doneWhen;
    expect(issuesOf(value)).toEqual([expect.stringMatching(/^milestones\[0\]\.doneWhen: /)]);
  });

  it('rejects an unknown prerequisite id', () => {
    expect(issuesOf(roadmap('x', [milestone('a', ['ghost'])]))).toContain(
      'milestones[0].prerequisites[0]: unknown prerequisite "ghost"',
    );
  });

  it('rejects a prerequisite cycle', () => {
    const issues = issuesOf(roadmap('x', [milestone('a', ['b']), milestone('b', ['a'])]));
    expect(issues.some((i) => i.includes('prerequisite cycle'))).toBe(true);
  });

  it('rejects duplicate milestone ids', () => {
    expect(issuesOf(roadmap('x', [milestone('a'), milestone('a')]))).toContain(
      'milestones[1].id: duplicate milestone id "a"',
    );
  });

  it('rejects a milestone in no phase', () => {
    const value = roadmap('x', [milestone('a'), milestone('b')], [
      { id: 'core', title: 'Core', summary: 'Core.', milestones: ['a'] },
    ]);
    expect(issuesOf(value)).toContain('milestones[1]: milestone "b" is in no phase');
  });

  it('rejects a prerequisite that comes later than its dependant', () => {
    const value = roadmap('x', [milestone('a', ['b']), milestone('b')]);
    expect(issuesOf(value)).toContain('milestones[0].prerequisites[0]: prerequisite "b" comes after "a" in the roadmap order');
  });

  it('rejects a file whose id does not match its name', () => {
    expect(() => parseRoadmap('other.json', roadmap('x', [milestone('a')]), 'other')).toThrow(/does not match the file name/);
  });
});

describe('parseRoadmap: resources, optional milestones and article marks', () => {
  const resource = (url: string, kind: ResourceKind = 'docs') => ({ title: 'A guide', url, kind });

  it('accepts up to three https resources and an optional flag', () => {
    const value = roadmap('ok', [
      milestone('a', [], {
        resources: [resource('https://example.org/a'), resource('https://example.org/b', 'course'), resource('https://example.org/c', 'video')],
        optional: true,
      }),
    ]);
    const parsed = parseRoadmap('ok.json', value, 'ok');
    expect(parsed.milestones[0]?.resources).toHaveLength(3);
    expect(parsed.milestones[0]?.optional).toBe(true);
  });

  it('rejects a resource link that is not https, naming the field', () => {
    const value = roadmap('x', [milestone('a', [], { resources: [resource('http://example.org/a')] })]);
    expect(issuesOf(value)).toEqual(['milestones[0].resources[0].url: must be an https:// link']);
  });

  it('rejects a javascript: link and a link with spaces', () => {
    for (const url of ['javascript:alert(1)', 'https://example.org/a b']) {
      expect(issuesOf(roadmap('x', [milestone('a', [], { resources: [resource(url)] })]))).toEqual([
        'milestones[0].resources[0].url: must be an https:// link',
      ]);
    }
  });

  it('rejects more than three resources and an unknown kind', () => {
    const four = Array.from({ length: 4 }, (_, i) => resource(`https://example.org/${i}`));
    expect(issuesOf(roadmap('x', [milestone('a', [], { resources: four })]))).toEqual([
      expect.stringMatching(/^milestones\[0\]\.resources: /),
    ]);
    const podcast = { ...resource('https://example.org/p'), kind: 'podcast' };
    expect(issuesOf(roadmap('x', [milestone('a', [], { resources: [podcast] as never })]))).toEqual([
      expect.stringMatching(/^milestones\[0\]\.resources\[0\]\.kind: /),
    ]);
  });

  it('accepts known sections as not from the article and rejects unknown ones', () => {
    const ok = { ...roadmap('ok', [milestone('a')]), market: ['Demand is growing.'], notFromArticle: ['dayToDay'] };
    expect(parseRoadmap('ok.json', ok, 'ok').notFromArticle).toEqual(['dayToDay']);
    const bad = { ...roadmap('x', [milestone('a')]), notFromArticle: ['gossip'] };
    expect(issuesOf(bad)).toEqual([expect.stringMatching(/^notFromArticle\[0\]: /)]);
  });
});

describe('RoadmapContentError', () => {
  it('names the first ten problems of a file broken throughout and counts the rest', () => {
    const broken = roadmap('big', Array.from({ length: 200 }, (_, i) => ({ ...milestone(`m${i}`), estimateHours: -1 })));
    let error: unknown;
    try {
      parseRoadmap('big.json', broken, 'big');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RoadmapContentError);
    const { message, issues } = error as RoadmapContentError;
    expect(issues).toHaveLength(200);
    expect(message.split('; ')).toHaveLength(11);
    expect(message).toMatch(/^big\.json: milestones\[0\]\.estimateHours: /);
    expect(message).toMatch(/; and 190 more problems$/);
  });
});

describe('pathView order and boardColumns', () => {
  const path = roadmap(
    'p',
    [milestone('a'), milestone('b'), milestone('c')],
    [
      { id: 'one', title: 'One', summary: 'First.', milestones: ['b', 'a'] },
      { id: 'two', title: 'Two', summary: 'Second.', milestones: ['c'] },
    ],
  );

  it('orders milestones phase by phase and numbers them from 1', () => {
    const view = pathView(path, emptyDocument());
    expect(view.milestones.map((m) => `${view.order.get(m.id)}:${m.id}:${view.phaseOf.get(m.id)?.id}`)).toEqual([
      '1:b:one',
      '2:a:one',
      '3:c:two',
    ]);
  });

  it('puts each card in the column of its status, keeping roadmap order', () => {
    const doc = applyStatus(applyStatus(emptyDocument(), 'c', 'done', new Date()), 'b', 'in-progress', new Date());
    const cols = boardColumns(pathView(path, doc), doc);
    expect(cols.todo.map((c) => c.milestone.id)).toEqual(['a']);
    expect(cols['in-progress'].map((c) => c.milestone.id)).toEqual(['b']);
    expect(cols.done.map((c) => c.milestone.id)).toEqual(['c']);
  });

  it('keeps the card objects that show the same, and builds again those whose milestone or prerequisite changed', () => {
    const chain = roadmap('q', [milestone('a'), milestone('b'), milestone('c', ['b'])], [{ id: 'one', title: 'One', summary: 'All.', milestones: ['a', 'b', 'c'] }]);
    const view = pathView(chain, emptyDocument());
    const shown: ShownCards = new Map();
    const before = boardColumns(view, emptyDocument(), shown);
    const card = (cols: typeof before, id: string) => Object.values(cols).flat().find((c) => c.milestone.id === id)!;
    // c waits on b; finishing b moves b and changes the "Needs" line on c, and nothing else.
    const doc = applyStatus(emptyDocument(), 'b', 'done', new Date());
    const after = boardColumns(view, doc, shown);
    expect(card(after, 'a')).toBe(card(before, 'a'));
    expect(card(after, 'b')).not.toBe(card(before, 'b'));
    expect(card(after, 'b').status).toBe('done');
    expect(card(before, 'c').needs).toEqual(['Learn b']);
    expect(card(after, 'c').needs).toEqual([]);
    // New notes change the entry but not the card: the object stays.
    const noted = updateProgress(doc, 'b', { notes: 'Read it twice.' });
    expect(card(boardColumns(view, noted, shown), 'b')).toBe(card(after, 'b'));
    expect(boardColumns(view, noted, shown)).toEqual(boardColumns(view, noted));
  });
});
