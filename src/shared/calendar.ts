// Calendar days as pure functions: a day is 'YYYY-MM-DD'; arithmetic on whole days since 1970-01-01 in UTC.

const MS_PER_DAY = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
// Absurdly small weekly budgets would project past what Date can print; the calendar stops at the last 4-digit year.
const LAST_DAY = Date.UTC(9999, 11, 31) / MS_PER_DAY;

/** True for a real calendar day written 'YYYY-MM-DD' (so '2026-02-30' is false). */
export function isDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Days since 1970-01-01 of a 'YYYY-MM-DD' day. */
export function dayNumber(day: string): number {
  const [y = 1970, m = 1, d = 1] = day.slice(0, 10).split('-').map(Number);
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** The 'YYYY-MM-DD' day a number of days after 1970-01-01. */
export function dayString(n: number): string {
  return new Date(Math.min(n, LAST_DAY) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Monday ... 6 = Sunday. 1970-01-01 was a Thursday. */
export function weekdayOf(n: number): number {
  return (((n + 3) % 7) + 7) % 7;
}

/** The Monday of the ISO week containing day number `n`, as a day number. */
export function mondayOf(n: number): number {
  return n - weekdayOf(n);
}

