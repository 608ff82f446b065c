// The calibrated forecast in words, the same in the plan view and the reports: dates to a third of a month, chances to
// 5%, and always what the figures rest on.
import { MIN_RATIOS, type CalibratedForecast } from './forecast';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

/** A day as "early March 2027", "mid-March 2027" or "late March 2027": a simulated date is no more exact than that. */
export function roughDay(day: string): string {
  const [y, m = 1, d = 1] = day.split('-').map(Number);
  const part = d <= 10 ? 'early ' : d <= 20 ? 'mid-' : 'late ';
  return `${part}${MONTHS[m - 1]} ${y}`;
}

/** A share of runs as a chance a person can weigh: to the nearest 5%, and never "0%" or "100%" from a simulation. */
export function chanceText(share: number): string {
  const percent = Math.round((share * 100) / 5) * 5;
  if (percent < 5) return 'under 5%';
  if (percent > 95) return 'over 95%';
  return `about ${percent}%`;
}

/** What the forecast rests on, in one sentence. */
export function evidenceText(f: Pick<CalibratedForecast, 'evidence' | 'ownPace' | 'pace'>): string {
  const milestones = (n: number) => `${n} finished milestone${n === 1 ? '' : 's'}`;
  if (f.ownPace) {
    const pace = f.pace === null || f.pace === 1 ? 'about as long as the estimates' : `about ${f.pace}× the estimates`;
    return `Based on ${milestones(f.evidence)} with hours logged: you take ${pace}.`;
  }
  if (f.evidence === 0) return 'No finished milestones with hours yet: built-in estimates with a typical spread.';
  const until = `until there are ${MIN_RATIOS}`;
  return `Only ${milestones(f.evidence)} with hours logged so far: built-in estimates with a typical spread ${until}.`;
}

/** The forecast's sentences: likely finish, 85% finish, the goal's chance, and the evidence. */
export function forecastLines(f: CalibratedForecast, goalName: (day: string) => string): string[] {
  if (f.done || !f.median || !f.p85) return ['Nothing is left to study on this path.'];
  const lines = [
    f.median === f.p85 || roughDay(f.median) === roughDay(f.p85)
      ? `Likely finish: ${roughDay(f.median)}, with an 85% chance of finishing by then.`
      : `Likely finish: ${roughDay(f.median)}. 85% chance of finishing by ${roughDay(f.p85)}.`,
  ];
  if (f.goal) {
    lines.push(`Chance of finishing by your goal date (${goalName(f.goal.date)}): ${chanceText(f.goal.chance)}.`);
  }
  lines.push(evidenceText(f));
  return lines;
}
