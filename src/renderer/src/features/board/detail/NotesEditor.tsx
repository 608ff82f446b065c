// The learner's notes on one milestone: Markdown, saved a moment after typing stops, on blur, and when the panel closes.
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { NOTES_MAX_CHARS } from '../../../../../shared/document';
import { FieldError } from '../../../components/FieldError';
import { useDraft } from '../../../components/useDraft';
import { useApp } from '../../../store/useApp';

// The Markdown renderer (marked and DOMPurify) loads when notes are first previewed, not at start-up.
const Markdown = lazy(() => import('../../../components/Markdown').then((m) => ({ default: m.Markdown })));

const NOTES_SAVE_DELAY_MS = 600;

export function NotesEditor({ milestoneId, title, saved }: { milestoneId: string; title: string; saved: string }) {
  const updateProgress = useApp((s) => s.updateProgress);
  const draft = useDraft(saved);
  const text = draft.value;
  const [preview, setPreview] = useState(saved.trim() !== '');
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ text, saved });
  useEffect(() => {
    latest.current = { text, saved };
  });

  const save = (value: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (value.length > NOTES_MAX_CHARS) {
      setError(`Notes can be at most ${NOTES_MAX_CHARS.toLocaleString()} characters; these have ${value.length.toLocaleString()}. Nothing was saved.`);
      return;
    }
    setError(null);
    if (value === latest.current.saved) return;
    draft.sent(value);
    void updateProgress(milestoneId, { notes: value });
  };

  // Save what was typed when the panel closes or switches milestone.
  useEffect(
    () => () => {
      if (timer.current) {
        clearTimeout(timer.current);
        const { text: value, saved: stored } = latest.current;
        if (value !== stored && value.length <= NOTES_MAX_CHARS) void updateProgress(milestoneId, { notes: value });
      }
    },
    [milestoneId, updateProgress],
  );

  return (
    <section className="notes" aria-label="Notes">
      <div className="notes-header">
        <h3 id={`notes-${milestoneId}`}>Notes</h3>
        <div className="segmented" role="group" aria-label="Notes view">
          <button type="button" aria-pressed={!preview} onClick={() => setPreview(false)}>
            Write
          </button>
          <button
            type="button"
            aria-pressed={preview}
            onClick={() => {
              save(text);
              setPreview(true);
            }}
          >
            Preview
          </button>
        </div>
      </div>
      {preview ? (
        text.trim() ? (
          <Suspense fallback={<p className="muted">Loading notes…</p>}>
            <Markdown source={text} label={`Notes on ${title}`} />
          </Suspense>
        ) : (
          <p className="muted">No notes yet.</p>
        )
      ) : (
        <>
          <textarea
            aria-labelledby={`notes-${milestoneId}`}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `notes-error-${milestoneId}` : undefined}
            placeholder="What you learned, links, questions… Markdown works."
            rows={7}
            value={text}
            onChange={(e) => {
              const value = e.target.value;
              draft.edit(value);
              if (timer.current) clearTimeout(timer.current);
              timer.current = setTimeout(() => save(value), NOTES_SAVE_DELAY_MS);
            }}
            onBlur={() => save(text)}
          />
          <FieldError id={`notes-error-${milestoneId}`} message={error} />
        </>
      )}
    </section>
  );
}
