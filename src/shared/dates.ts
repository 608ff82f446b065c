// Dates as the learner reads them, the same in the app and in reports: calendar days never shift with the time zone.
const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const localFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

const dayNames = new Map<string, string>();

/**
 * A calendar day (YYYY-MM-DD) as "Jun 1, 2027" in the learner's locale. Remembered: a report names the same few days
 * thousands of times, and each Intl call costs microseconds.
 */
export function formatDay(day: string): string {
  let name = dayNames.get(day);
  if (name === undefined) {
    name = dayFormat.format(new Date(`${day}T00:00:00Z`));
    if (dayNames.size >= 4096) dayNames.clear();
    dayNames.set(day, name);
  }
  return name;
}
/** The local date of a timestamp. */
export const formatTimestamp = (iso: string): string => localFormat.format(new Date(iso));
