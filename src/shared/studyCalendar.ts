// The study plan as calendar events: one session per study day for the next weeks, naming the milestones it works on, as an .ics file (the `ics` library writes the format).
import { createEvents, type EventAttributes } from 'ics';
import type { UserDocument } from './document';
import { dayNumber, dayString, weekdayOf } from './calendar';
import { forecast } from './schedule';
import type { StudySettings } from './study';
import type { PathView } from './pathView';
import { roundHours } from './progress';

export const CALENDAR_WEEKS = [4, 12] as const;
export type CalendarWeeks = (typeof CALENDAR_WEEKS)[number];
/** A study session's start time when the learner picks none: early evening, after a working day. */
export const DEFAULT_SESSION_START = '18:00';
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export interface StudySession {
  /** The calendar day, YYYY-MM-DD. */
  day: string;
  hours: number;
  items: Array<{ id: string; title: string; hours: number }>;
}

/**
 * The study sessions in the `weeks` weeks from max(start date, today): the remaining milestones in the plan's order
 * (the forecast's), hoursPerWeek spread evenly over the study days, so each session names the milestones whose hours fall
 * on that day. Sessions stop when nothing is left to study.
 */
export function studySessions(view: PathView, doc: UserDocument, settings: StudySettings, today: string, weeks: number): StudySession[] {
  const plan = forecast(view, doc, settings, today);
  const from = Math.max(dayNumber(settings.startDate), dayNumber(today));
  const studyDays = new Set(settings.weekdays);
  if (studyDays.size === 0) return [];
  const hoursPerDay = settings.hoursPerWeek / studyDays.size;
  const queue = plan.milestones.map((m) => ({ id: m.id, title: m.title, left: m.remainingHours }));
  const sessions: StudySession[] = [];
  for (let n = from; n < from + weeks * 7 && queue.length > 0; n++) {
    if (!studyDays.has(weekdayOf(n))) continue;
    let budget = hoursPerDay;
    const items: StudySession['items'] = [];
    // A tiny epsilon stops float dust (0.30000000000000004 h) from opening a session of nothing.
    while (budget > 1e-9 && queue.length > 0) {
      const next = queue[0]!;
      const hours = Math.min(budget, next.left);
      items.push({ id: next.id, title: next.title, hours: roundHours(hours) });
      budget -= hours;
      next.left -= hours;
      if (next.left <= 1e-9) queue.shift();
    }
    sessions.push({ day: dayString(n), hours: roundHours(items.reduce((s, i) => s + i.hours, 0)), items });
  }
  return sessions;
}

export class CalendarError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CalendarError';
  }
}

const formatHours = (h: number) => `${h} h`;

/** RFC 5545 TEXT escaping (3.3.11), for the one text field the ics library leaves unescaped (the calendar's name). */
export const escapeIcsText = (text: string): string =>
  text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n?|\n/g, '\\n');

const utf8Octets = (ch: string): number => {
  const code = ch.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
};

/**
 * Folds one content line at 75 octets (RFC 5545 3.1): each continuation starts with a space, and a character is never
 * split across lines. The ics library folds at 75 characters, which is up to 300 octets of accented or CJK text.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = utf8Octets(ch);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      // The leading space of a continuation line is one of its 75 octets.
      limit = 74;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Undoes the library's own folding (CRLF then a tab) and folds every line again by octets. */
const refold = (ics: string): string =>
  ics
    .replace(/\r\n[\t ]/g, '')
    .split('\r\n')
    .map(foldIcsLine)
    .join('\r\n');

/**
 * The sessions as an iCalendar file, every text field escaped and every line folded at 75 octets. Times are floating local times (no time zone), so a 18:00 session stays at 18:00
 * wherever the calendar is opened; each event has a stable UID per path and day, so importing a newer export again
 * updates the events instead of doubling them in calendars that honour UIDs.
 */
export function renderCalendar(
  sessions: StudySession[],
  options: { pathId: string; pathTitle: string; startTime: string; today: string },
): { content: string; fileName: string } {
  const time = TIME.exec(options.startTime);
  if (!time) throw new CalendarError(`"${options.startTime}" is not a time of day: use HH:MM, for example 18:00.`);
  const [hour, minute] = [Number(time[1]), Number(time[2])];
  const events: EventAttributes[] = sessions.map((s) => {
    const [y, m, d] = s.day.split('-').map(Number) as [number, number, number];
    const minutes = Math.max(1, Math.round(s.hours * 60));
    const names = s.items.map((i) => i.title);
    return {
      uid: `${options.pathId}-${s.day}@pathboard`,
      start: [y, m, d, hour, minute],
      startInputType: 'local',
      startOutputType: 'local',
      duration: { hours: Math.floor(minutes / 60), minutes: minutes % 60 },
      title: `Study: ${names.join(', ')}`,
      description: [
        `${options.pathTitle} — ${formatHours(s.hours)} of study.`,
        ...s.items.map((i) => `${i.title}: ${formatHours(i.hours)}`),
      ].join('\n'),
      categories: ['Pathboard'],
      busyStatus: 'BUSY',
      productId: 'pathboard/study-plan',
      calName: escapeIcsText(`Pathboard: ${options.pathTitle}`),
    };
  });
  if (events.length === 0) throw new CalendarError('There is nothing left to study on this path, so there are no sessions to put in a calendar.');
  const { error, value } = createEvents(events);
  if (error || !value) throw new CalendarError(`Pathboard could not write the calendar: ${error?.message ?? 'no output'}.`);
  return { content: refold(value), fileName: `pathboard-${options.pathId}-study-plan-${options.today}.ics` };
}
