import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { CalendarError, foldIcsLine, renderCalendar, studySessions } from '../../../src/shared/studyCalendar';
import { emptyDocument } from '../../../src/shared/document';
import { pathView } from '../../../src/shared/pathView';
import { applyStatus } from '../../../src/shared/progress';
import { milestone, roadmap } from '../../support/roadmapFixtures';

const path = roadmap('p', [
  milestone('a', [], { title: 'Python', estimateHours: 3 }),
  milestone('b', ['a'], { title: 'Docker', estimateHours: 4 }),
  milestone('c', ['b'], { title: 'Kubernetes', estimateHours: 100 }),
]);
// Mondays and Thursdays, 4 hours a week: 2 hours a session. 2026-06-01 is a Monday.
const settings = { hoursPerWeek: 4, weekdays: [0, 3], startDate: '2026-06-01', estimateOverrides: {} };

describe('studySessions', () => {
  const doc = applyStatus(emptyDocument(), 'a', 'in-progress', new Date('2026-05-30T10:00:00Z'));
  const sessions = studySessions(pathView(path, doc), doc, settings, '2026-06-01', 4);

  it('puts one session on each chosen study day of the weeks asked for, with the budget of hours', () => {
    expect(sessions.map((s) => s.day)).toEqual(['2026-06-01', '2026-06-04', '2026-06-08', '2026-06-11', '2026-06-15', '2026-06-18', '2026-06-22', '2026-06-25']);
    expect(sessions.every((s) => s.hours === 2)).toBe(true);
  });

  it('names the milestones each session works on, in plan order, splitting a milestone across days', () => {
    expect(sessions.slice(0, 4).map((s) => s.items.map((i) => `${i.title} ${i.hours}`))).toEqual([
      ['Python 2'],
      ['Python 1', 'Docker 1'],
      ['Docker 2'],
      ['Docker 1', 'Kubernetes 1'],
    ]);
  });

  it('covers 12 weeks when asked, and stops when nothing is left', () => {
    expect(studySessions(pathView(path, doc), doc, settings, '2026-06-01', 12)).toHaveLength(24);
    const done = ['a', 'b', 'c'].reduce((d, id) => applyStatus(d, id, 'done', new Date('2026-05-30T10:00:00Z')), emptyDocument());
    expect(studySessions(pathView(path, done), done, settings, '2026-06-01', 4)).toEqual([]);
  });
});

describe('renderCalendar', () => {
  const doc = emptyDocument();
  const sessions = studySessions(pathView(path, doc), doc, settings, '2026-06-01', 4);
  const { content, fileName } = renderCalendar(sessions, { pathId: 'p', pathTitle: 'MLOps Engineer', startTime: '18:30', today: '2026-06-01' });

  it('writes an iCalendar file that a calendar parser reads back: one event per session, with times and names', () => {
    expect(fileName).toBe('pathboard-p-study-plan-2026-06-01.ics');
    const calendar = new ICAL.Component(ICAL.parse(content));
    expect(calendar.name).toBe('vcalendar');
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(sessions.length);
    const first = events[0]!;
    expect(first.summary).toBe('Study: Python');
    expect(first.description).toBe('MLOps Engineer — 2 h of study.\nPython: 2 h');
    expect(events[1]!.summary).toBe('Study: Python, Docker');
    expect(events[1]!.description).toBe('MLOps Engineer — 2 h of study.\nPython: 1 h\nDocker: 1 h');
    expect(first.startDate.toString()).toBe('2026-06-01T18:30:00');
    // Floating time: the session is at 18:30 wherever the calendar is opened.
    expect(first.startDate.zone?.tzid).toBe('floating');
    expect(first.endDate.toString()).toBe('2026-06-01T20:30:00');
    expect(first.uid).toBe('p-2026-06-01@pathboard');
    expect(events.map((e) => e.startDate.toString().slice(0, 10))).toEqual(sessions.map((s) => s.day));
  });

  it('refuses a time that is not a time of day, and an empty plan, with a plain reason', () => {
    expect(() => renderCalendar(sessions, { pathId: 'p', pathTitle: 'x', startTime: '25:00', today: '2026-06-01' })).toThrow(CalendarError);
    expect(() => renderCalendar([], { pathId: 'p', pathTitle: 'x', startTime: '18:00', today: '2026-06-01' })).toThrow(/nothing left to study/);
  });
});

describe('calendar text from the learner', () => {
  // Titles a learner can write on their own milestones and paths: every character RFC 5545 makes special, and long
  // accented and CJK text whose lines pass 75 octets long before they pass 75 characters.
  const hostile = 'Ünïcødé, semi;colon \\back\\slash\nnew line\r\nCRLF — 日本語の長いタイトル'.repeat(3);
  const tricky = roadmap('p', [milestone('a', [], { title: hostile, estimateHours: 3 }), milestone('b', ['a'], { title: 'A, B; C\\D', estimateHours: 3 })]);
  const doc = emptyDocument();
  const sessions = studySessions(pathView(tricky, doc), doc, settings, '2026-06-01', 4);
  const pathTitle = 'Mine, really; a \\ path\nwith two lines';
  const { content } = renderCalendar(sessions, { pathId: 'p', pathTitle, startTime: '18:00', today: '2026-06-01' });

  it('escapes commas, semicolons, backslashes and line breaks in every text field, so a parser reads them back exactly', () => {
    const calendar = new ICAL.Component(ICAL.parse(content));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const normalised = hostile.replace(/\r\n/g, '\n');
    expect(events[0]!.summary).toBe(`Study: ${normalised}`);
    expect(events[0]!.description).toBe(`${pathTitle} — 2 h of study.\n${normalised}: 2 h`);
    expect(events[1]!.summary).toBe(`Study: ${normalised}, A, B; C\\D`);
    expect(events[0]!.component.getFirstPropertyValue('categories')).toBe('Pathboard');
    // ical.js knows no X-WR-CALNAME type and keeps its text as written: the escapes RFC 5545 asks for, no raw break.
    const calName = calendar.getFirstProperty('x-wr-calname')!.getFirstValue() as string;
    expect(calName).toBe('Pathboard: Mine\\, really\\; a \\\\ path\\nwith two lines');
  });

  it('folds every line at 75 octets without splitting a character, and unfolds to the same text', () => {
    const lines = content.split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(content).not.toContain('\uFFFD');
    const long = 'DESCRIPTION:' + 'é日😀x'.repeat(40);
    const folded = foldIcsLine(long);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});
