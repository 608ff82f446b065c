// The calibrated forecast on the Plan screen: likely and 85% finish, the goal's chance, what it rests on, and the fan.
import type { CalibratedForecast, OptionalMode } from '../../../../shared/forecast';
import { chanceText, evidenceText, roughDay } from '../../../../shared/forecastText';
import type { BurnUpPoint } from '../../../../shared/stats';
import { formatDay } from '../board/dates';
import { BurnUpChart } from '../dashboard/BurnUpChart';

const MODES: Array<{ mode: OptionalMode; label: string }> = [
  { mode: 'plan', label: 'As in my plan' },
  { mode: 'none', label: 'Leave them out' },
  { mode: 'all', label: 'Include all' },
];

export function ForecastPanel(props: {
  forecast: CalibratedForecast;
  points: BurnUpPoint[];
  optionalCount: number;
  optional: OptionalMode;
  onOptional: (mode: OptionalMode) => void;
}) {
  const { forecast: f, points, optionalCount, optional, onOptional } = props;
  return (
    <section className="plan-forecast" aria-labelledby="forecast-title">
      <h3 id="forecast-title">Finish forecast</h3>
      {f.done || !f.median || !f.p85 ? (
        <p>Nothing is left to study on this path.</p>
      ) : (
        <>
          <p>
            Likely finish: <strong data-testid="forecast-median">{roughDay(f.median)}</strong> · 85% chance by{' '}
            <strong data-testid="forecast-p85">{roughDay(f.p85)}</strong>
          </p>
          {f.goal && (
            <p data-testid="forecast-goal">
              Chance of finishing by your goal date ({formatDay(f.goal.date)}): <strong>{chanceText(f.goal.chance)}</strong>
            </p>
          )}
        </>
      )}
      <p className="muted evidence" data-testid="forecast-evidence">
        {evidenceText(f)} {f.runs.toLocaleString('en')} simulated paces.
      </p>
      {optionalCount > 0 && (
        <fieldset className="optional-whatif">
          <legend>Optional milestones ({optionalCount}) in this forecast</legend>
          {MODES.map(({ mode, label }) => (
            <label key={mode}>
              <input type="radio" name="optional-whatif" checked={optional === mode} onChange={() => onOptional(mode)} /> {label}
            </label>
          ))}
          <span className="muted small">A what-if: nothing is saved.</span>
        </fieldset>
      )}
      <BurnUpChart points={points} fan={f.fan} />
    </section>
  );
}
