// src/renderer/src/features/sync/: the synced data folder: conflict copies to merge, changes from another device.
// Offers to merge the conflict copies a sync tool (or Pathboard, when both sides changed) left beside the data file.
import { useEffect } from 'react';
import { useApp } from '../../store/useApp';
import './sync.css';

export function ConflictCopies() {
  const conflicts = useApp((s) => s.conflicts);
  const load = useApp((s) => s.loadConflicts);
  const merge = useApp((s) => s.mergeConflict);
  const ready = useApp((s) => s.status === 'ready');
  useEffect(() => {
    if (ready) void load();
  }, [ready, load]);
  if (conflicts.length === 0) return null;
  return (
    <section className="notice warning conflict-copies" aria-label="Copies from your sync tool">
      <p>
        Your sync tool left {conflicts.length === 1 ? 'a copy' : `${conflicts.length} copies`} of your data beside your data file. Merging takes each
        milestone from whichever side changed it last and keeps notes from both.
      </p>
      <ul>
        {conflicts.map((c) => (
          <li key={c.path}>
            <span>
              {c.name}
              {c.copy ? ` — ${c.copy.done} done, ${c.copy.inProgress} in progress` : ` — ${c.problem ?? 'cannot be read'}`}
            </span>
            {c.copy && (
              <button type="button" className="button secondary small" aria-label={`Merge progress from ${c.name}`} onClick={() => void merge(c.path)}>
                Merge progress
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
