// A fieldset of boxes the learner ticks one at a time: a milestone's checklist steps or a project's rubric criteria.
import type { ReactNode } from 'react';

export function TickList(props: {
  className: string;
  legend: (ticked: number) => string;
  items: readonly string[];
  ticked: readonly number[];
  onTick: (index: number, done: boolean) => void;
  children?: ReactNode;
}) {
  const ticks = new Set(props.ticked);
  return (
    <fieldset className={props.className}>
      <legend>{props.legend(props.items.filter((_, i) => ticks.has(i)).length)}</legend>
      {props.children}
      {props.items.map((item, i) => (
        <label key={i} className="check-row">
          <input type="checkbox" checked={ticks.has(i)} onChange={(e) => props.onTick(i, e.target.checked)} />
          <span>{item}</span>
        </label>
      ))}
    </fieldset>
  );
}
