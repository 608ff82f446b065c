// The calendar export's choices: how many weeks of sessions, and the time of day each session starts.
import { CALENDAR_WEEKS, type CalendarWeeks } from '../../../shared/studyCalendar';

export function CalendarOptions({
  weeks,
  startTime,
  onWeeks,
  onStartTime,
}: {
  weeks: CalendarWeeks;
  startTime: string;
  onWeeks: (weeks: CalendarWeeks) => void;
  onStartTime: (time: string) => void;
}) {
  return (
    <>
      <fieldset className="field">
        <legend>Sessions for the next</legend>
        {CALENDAR_WEEKS.map((w) => (
          <label key={w} className="check-row">
            <input type="radio" name="weeks" value={w} checked={weeks === w} onChange={() => onWeeks(w)} />
            <span>{w} weeks</span>
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>Each session starts at</span>
        <input type="time" required value={startTime} onChange={(e) => onStartTime(e.target.value)} />
      </label>
      <p className="muted">Sessions fall on your study days with your weekly hours, from the plan.</p>
    </>
  );
}
