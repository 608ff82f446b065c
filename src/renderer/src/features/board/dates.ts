import { toDay } from '../../../../shared/study';

// Date formatting for the board: calendar days stay calendar days (no time-zone shift), timestamps show local dates.
const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const localFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

export const formatDay = (day: string) => dayFormat.format(new Date(`${day}T00:00:00Z`));
export const formatTimestamp = (iso: string) => localFormat.format(new Date(iso));

/** Today as YYYY-MM-DD in the learner's time zone. */
export const todayDay = () => toDay(new Date());
