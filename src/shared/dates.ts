// Dates as the learner reads them, the same in the app and in reports: calendar days never shift with the time zone.
const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const localFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** A calendar day (YYYY-MM-DD) as "Jun 1, 2027" in the learner's locale. */
export const formatDay = (day: string): string => dayFormat.format(new Date(`${day}T00:00:00Z`));
/** The local date of a timestamp. */
export const formatTimestamp = (iso: string): string => localFormat.format(new Date(iso));
