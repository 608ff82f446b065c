// A form's values while the learner edits them, always following the saved values when they change from elsewhere.
import { useState } from 'react';

export interface Draft<T> {
  /** What the form shows: the learner's edit, or the saved value when there is none. */
  value: T;
  edit: (value: T) => void;
  /** Records that `value` is being saved, so its own echo does not count as a change from elsewhere. */
  sent: (value: T) => void;
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * Undo, redo, a restore or another window can change a saved value while its field is open. Then the field drops the
 * learner's draft and shows the new value, so a later blur has nothing stale to write back; the echo of the field's
 * own save keeps the draft (the learner may have typed on).
 */
export function useDraft<T>(saved: T): Draft<T> {
  const [draft, setDraft] = useState<{ value: T } | null>(null);
  const [seen, setSeen] = useState(saved);
  // Saves still on their way back, oldest first: quick typing can have several in flight.
  const [pending, setPending] = useState<T[]>([]);
  if (!same(saved, seen)) {
    // Adjusting state while rendering, as React recommends for values derived from a changed prop.
    setSeen(saved);
    const echo = pending.findIndex((v) => same(v, saved));
    if (echo >= 0) setPending(pending.slice(echo + 1));
    else {
      setDraft(null);
      setPending([]);
    }
  }
  return {
    value: draft ? draft.value : saved,
    edit: (value) => setDraft({ value }),
    sent: (value) => setPending((list) => [...list, value]),
  };
}
