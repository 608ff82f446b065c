// How many review prompts are due today, for the header; re-counted every minute so a card comes due while open.
import { useEffect, useState } from 'react';
import { dueCards } from '../../../../shared/review';
import { useApp } from '../../store/useApp';

export function useDueCount(): number {
  const review = useApp((s) => s.document?.review);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return review ? dueCards(review, new Date(now)).length : 0;
}
