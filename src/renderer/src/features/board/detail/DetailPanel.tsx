// src/renderer/src/features/board/detail/: one milestone's detail panel and its parts.
// The detail panel of one milestone: what it is, its checklist, the learner's notes (Markdown), dates and hours.
import { useEffect, useRef } from 'react';
import { COLUMN_TITLES, COLUMNS } from '../../../../../shared/board';
import { EstimateHoursSchema, HoursSpentSchema, type MilestoneStatus } from '../../../../../shared/document';
import type { PathView } from '../../../../../shared/pathView';
import { forecast } from '../../../../../shared/schedule';
import { studySettingsFor } from '../../../../../shared/study';
import { targetStatus } from '../../../../../shared/targetStatus';
import { NumberField } from '../../../components/CommitField';
import { SelectField } from '../../../components/Field';
import { useApp } from '../../../store/useApp';
import { formatTimestamp, todayDay } from '../dates';
import { KIND_LABELS, SKILL_AREA_LABELS } from '../labels';
import { MilestoneResources } from '../MilestoneResources';
import { focusCard } from '../useBoardShortcuts';
import { useMoveCard } from '../useMoveCard';
import { Checklist } from './Checklist';
import { EvidenceLink } from './EvidenceLink';
import { NotesEditor } from './NotesEditor';
import { Prerequisites } from './Prerequisites';
import { ProjectBrief } from './ProjectBrief';
import { TargetDate } from './TargetDate';

export function DetailPanel({ view, milestoneId }: { view: PathView; milestoneId: string }) {
  const milestone = view.byId.get(milestoneId);
  const progress = useApp((s) => s.document?.progress[milestoneId]);
  const doc = useApp((s) => s.document);
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
        <SelectField
          label="Status"
          inline
          value={status}
          options={COLUMNS}
          labels={COLUMN_TITLES}
          onChange={(next: MilestoneStatus) => void moveCard(milestone.id, next, null)}
        />

        {milestone.summary && <p>{milestone.summary}</p>}
        {milestone.doneWhen && (
          <p className="done-when">
            <strong>Done when:</strong> {milestone.doneWhen}
          </p>
        )}
        <p className="muted small">
          {milestone.estimateHours} h estimated · {KIND_LABELS[milestone.kind]} · {SKILL_AREA_LABELS[milestone.skillArea]}
        </p>
        <ProjectBrief milestone={milestone} ticked={progress?.rubric ?? []} />
        <MilestoneResources milestone={milestone} />
        <Prerequisites view={view} milestone={milestone} />
        <Checklist milestone={milestone} ticked={progress?.checklist ?? []} />

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
