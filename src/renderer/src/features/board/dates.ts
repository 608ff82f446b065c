import { toDay } from '../../../../shared/study';

export { formatDay, formatTimestamp } from '../../../../shared/dates';

/** Today as YYYY-MM-DD in the learner's time zone. */
export const todayDay = () => toDay(new Date());
