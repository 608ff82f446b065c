// The detail panel of one milestone: what it is, its checklist, the learner's notes (Markdown), dates and hours.
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { COLUMN_TITLES, COLUMNS } from '../../../../shared/board';
import type { z } from 'zod';
import {
  EVIDENCE_URL,
  EVIDENCE_URL_MESSAGE,
  EstimateHoursSchema,
  HoursSpentSchema,
  NOTES_MAX_CHARS,
  type MilestoneStatus,
} from '../../../../shared/document';
import type { PathView } from '../../../../shared/pathView';
import { statusOf } from '../../../../shared/progress';
import { focusCard } from './useBoardShortcuts';
import { FieldError } from '../../components/FieldError';
import { useDraft } from '../../components/useDraft';
import { useApp } from '../../store/useApp';
import { formatTimestamp, todayDay } from './dates';
import { forecast } from '../../../../shared/schedule';
import { targetStatus } from '../../../../shared/targetStatus';
import { studySettingsFor } from '../../../../shared/study';
import { KIND_LABELS, SKILL_AREA_LABELS } from './labels';
import { useMoveCard } from './useMoveCard';
import { MilestoneResources } from './MilestoneResources';

// The Markdown renderer (marked and DOMPurify) loads when notes are first previewed, not at start-up.
const Markdown = lazy(() => import('../../components/Markdown').then((m) => ({ default: m.Markdown })));

const NOTES_SAVE_DELAY_MS = 600;

export function DetailPanel({ view, milestoneId }: { view: PathView; milestoneId: string }) {
  const milestone = view.byId.get(milestoneId);
  const progress = useApp((s) => s.document?.progress[milestoneId]);
  const doc = useApp((s) => s.document);
  const statusOfId = (id: string) => (doc ? statusOf(doc, id) : 'todo');
  const select = useApp((s) => s.select);
  const updateProgress = useApp((s) => s.updateProgress);
  const openDialog = useApp((s) => s.openDialog);
  const setEstimateOverride = useApp((s) => s.setEstimateOverride);
  const moveCard = useMoveCard();
  const panelRef = useRef<HTMLElement>(null);

  useEffect(() => {
    panelRef.current?.focus();
  }, []);

  if (!milestone) return null;
  /** Closing hands focus back to the milestone's card, wherever it is now. */
  const close = () => {
    select(null);
    focusCard(milestone.id);
  };
  const status = progress?.status ?? 'todo';
  const override = doc?.study?.estimateOverrides[milestone.id];
  const today = todayDay();
  const projected =
    progress?.targetDate && doc
      ? forecast(view, doc, studySettingsFor(doc.study, view.roadmap.id, today), today).milestones.find((m) => m.id === milestone.id)?.finish
      : undefined;
  const target = targetStatus(progress?.targetDate, status === 'done' || status === 'skipped', projected, today);
  const ticks = new Set(progress?.checklist ?? []);

  return (
    <aside
      ref={panelRef}
      tabIndex={-1}
      className="detail-panel"
      role="dialog"
      aria-modal="false"
      aria-label={`Details: ${milestone.title}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          close();
        }
      }}
    >
      <header className="detail-header">
        <div>
          <span className="eyebrow">
            #{view.order.get(milestone.id)} · {view.phaseOf.get(milestone.id)?.title}
            {milestone.custom && <span className="badge custom">Custom</span>}
          </span>
          <h2>{milestone.title}</h2>
        </div>
        <button type="button" className="icon-button" aria-label="Close details" onClick={close}>
          ×
        </button>
      </header>

      <div className="detail-body">
        <label className="field inline">
          <span>Status</span>
          <select value={status} onChange={(e) => void moveCard(milestone.id, e.target.value as MilestoneStatus, null)}>
            {COLUMNS.map((s) => (
              <option key={s} value={s}>
                {COLUMN_TITLES[s]}
              </option>
            ))}
          </select>
        </label>

        {milestone.summary && <p>{milestone.summary}</p>}
        {milestone.doneWhen && (
          <p className="done-when">
            <strong>Done when:</strong> {milestone.doneWhen}
          </p>
        )}
        <p className="muted small">
          {milestone.estimateHours} h estimated · {KIND_LABELS[milestone.kind]} · {SKILL_AREA_LABELS[milestone.skillArea]}
        </p>
        <MilestoneResources milestone={milestone} />

        {milestone.prerequisites.length > 0 && (
          <section aria-label="Prerequisites">
            <h3>Prerequisites</h3>
            <ul className="plain-list">
              {milestone.prerequisites
                .filter((id) => view.byId.has(id))
                .map((id) => (
                  <li key={id}>
                    {view.byId.get(id)!.title} <span className="muted">({COLUMN_TITLES[statusOfId(id)]})</span>
                  </li>
                ))}
            </ul>
          </section>
        )}

        {milestone.checklist.length > 0 && (
          <fieldset className="checklist">
            <legend>
              Checklist ({milestone.checklist.filter((_, i) => ticks.has(i)).length}/{milestone.checklist.length})
            </legend>
            {milestone.checklist.map((step, i) => (
              <label key={i} className="check-row">
                <input
                  type="checkbox"
                  checked={ticks.has(i)}
                  onChange={(e) => void updateProgress(milestone.id, { step: { index: i, done: e.target.checked } })}
                />
                <span>{step}</span>
              </label>
            ))}
          </fieldset>
        )}

        <NotesEditor key={milestone.id} milestoneId={milestone.id} title={milestone.title} saved={progress?.notes ?? ''} />

        <div className="field-row">
          <TargetDate milestoneId={milestone.id} saved={progress?.targetDate ?? ''} status={target} />
          <NumberField
            label="Hours spent"
            saved={progress?.hoursSpent}
            schema={HoursSpentSchema}
            onSave={(hoursSpent) => void updateProgress(milestone.id, { hoursSpent })}
          />
          <NumberField
            label={`Your estimate (built-in ${milestone.estimateHours} h)`}
            saved={override}
            schema={EstimateHoursSchema}
            onSave={(hours) => void setEstimateOverride(milestone.id, hours)}
          />
        </div>

        <EvidenceLink key={`evidence-${milestone.id}`} milestoneId={milestone.id} saved={progress?.evidenceUrl ?? ''} />

        <p className="muted small">
          {progress?.startedAt ? `Started ${formatTimestamp(progress.startedAt)}` : 'Not started yet'}
          {progress?.completedAt ? ` · Completed ${formatTimestamp(progress.completedAt)}` : ''}
        </p>

        {milestone.custom && (
          <div className="detail-actions">
            <button type="button" className="button secondary" onClick={() => openDialog({ kind: 'custom', id: milestone.id })}>
              Edit milestone
            </button>
            <button type="button" className="button danger" onClick={() => openDialog({ kind: 'delete', id: milestone.id })}>
              Delete milestone
            </button>
          </div>
        )}
      </div>
    </aside>
  );
}

function NotesEditor({ milestoneId, title, saved }: { milestoneId: string; title: string; saved: string }) {
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

const TARGET_TEXT = { done: 'Done', overdue: 'Overdue', 'at-risk': 'At risk at your pace', 'on-track': 'On track' } as const;

function TargetDate({ milestoneId, saved, status }: { milestoneId: string; saved: string; status: keyof typeof TARGET_TEXT | null }) {
  const updateProgress = useApp((s) => s.updateProgress);
  return (
    <label className="field">
      <span>
        Target date {status && <span className={`target-pill target-${status}`}>{TARGET_TEXT[status]}</span>}
      </span>
      <input
        type="date"
        value={saved}
        onChange={(e) => void updateProgress(milestoneId, { targetDate: e.target.value === '' ? null : e.target.value })}
      />
    </label>
  );
}

type Parsed<T> = { value: T | null } | { error: string };

/** A text field saved on blur or Enter: `parse` turns the text into a value (null clears it) or a message at the field. */
function CommitField<T>({
  label,
  initial,
  saved,
  parse,
  onSave,
  ...input
}: {
  label: string;
  initial: string;
  saved: T | undefined;
  parse: (text: string) => Parsed<T>;
  onSave: (value: T | null) => void;
} & Pick<React.InputHTMLAttributes<HTMLInputElement>, 'type' | 'inputMode' | 'placeholder'>) {
  const draft = useDraft(initial);
  const text = draft.value;
  const [error, setError] = useState<string | null>(null);
  const commit = () => {
    const parsed = parse(text.trim());
    if ('error' in parsed) return setError(parsed.error);
    setError(null);
    if ((parsed.value ?? undefined) === saved) return;
    draft.sent(parsed.value === null ? '' : String(parsed.value));
    onSave(parsed.value);
  };
  return (
    <label className="field">
      <span>{label}</span>
      <input
        {...input}
        value={text}
        aria-invalid={error ? true : undefined}
        onChange={(e) => draft.edit(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      <FieldError message={error} />
    </label>
  );
}

/** Hours typed by the learner: empty clears, anything else is checked by the same schema the data file uses. */
function NumberField({
  label,
  saved,
  schema,
  onSave,
}: {
  label: string;
  saved: number | undefined;
  schema: z.ZodType<number>;
  onSave: (value: number | null) => void;
}) {
  const parse = (text: string): Parsed<number> => {
    if (text === '') return { value: null };
    const checked = schema.safeParse(Number(text));
    return checked.success ? { value: checked.data } : { error: checked.error.issues[0]!.message };
  };
  return (
    <CommitField
      label={label}
      inputMode="decimal"
      initial={saved === undefined ? '' : String(saved)}
      saved={saved}
      parse={parse}
      onSave={onSave}
    />
  );
}

function EvidenceLink({ milestoneId, saved }: { milestoneId: string; saved: string }) {
  const updateProgress = useApp((s) => s.updateProgress);
  return (
    <CommitField<string>
      label="Evidence link (repository, demo or certificate)"
      type="url"
      placeholder="https://"
      initial={saved}
      saved={saved === '' ? undefined : saved}
      parse={(text) => (text === '' || EVIDENCE_URL.test(text) ? { value: text === '' ? null : text } : { error: EVIDENCE_URL_MESSAGE })}
      onSave={(evidenceUrl) => void updateProgress(milestoneId, { evidenceUrl })}
    />
  );
}
