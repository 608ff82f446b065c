// Add or edit one of the learner's own milestones; every field is checked before anything is saved.
import { useMemo, useState } from 'react';
import { CustomMilestoneFieldsSchema, type CustomMilestoneFields, type UserDocument } from '../../../../shared/document';
import { checkCustomFields, type PathView } from '../../../../shared/pathView';
import { MILESTONE_KINDS, SKILL_AREAS, type MilestoneKind, type SkillArea } from '../../../../shared/roadmap';
import { statusOf } from '../../../../shared/progress';
import { cardElement } from '../focus/focusHome';
import { Dialog } from '../../components/Dialog';
import { FieldError } from '../../components/FieldError';
import { useApp } from '../../store/useApp';
import { CustomResourceFields, filledResources } from './CustomResourceFields';
import { KIND_LABELS, SKILL_AREA_LABELS } from './labels';

type Errors = Partial<Record<'title' | 'summary' | 'doneWhen' | 'estimateHours' | 'phaseId' | 'prerequisites' | 'checklist' | 'resources', string>>;

export function CustomMilestoneDialog({ view, id, onClose }: { view: PathView; id: string | null; onClose: () => void }) {
  const existing = useApp((s) => (id ? s.document?.customMilestones.find((c) => c.id === id) : undefined));
  const save = useApp((s) => s.saveCustomMilestone);
  const lookingAt = useApp((s) => s.filters.phaseId ?? (s.selectedId ? view.phaseOf.get(s.selectedId)?.id : undefined) ?? null);
  const doc = useApp((s) => s.document);
  const [title, setTitle] = useState(existing?.title ?? '');
  const [summary, setSummary] = useState(existing?.summary ?? '');
  const [doneWhen, setDoneWhen] = useState(existing?.doneWhen ?? '');
  // A new milestone goes into the phase the learner is looking at: the phase filter, the open card's phase, or the
  // first phase with work left, so it lands among the cards they are working on rather than at the end of To do.
  const [phaseId, setPhaseId] = useState(
    () => existing?.phaseId ?? lookingAt ?? (doc ? firstOpenPhase(view, doc) : undefined) ?? view.phases[0]?.id ?? '',
  );
  const [estimate, setEstimate] = useState(existing ? String(existing.estimateHours) : '4');
  const [kind, setKind] = useState<MilestoneKind>(existing?.kind ?? 'project');
  const [skillArea, setSkillArea] = useState<SkillArea>(existing?.skillArea ?? 'software-engineering');
  const [prerequisites, setPrerequisites] = useState<string[]>(existing?.prerequisites ?? []);
  const [checklist, setChecklist] = useState((existing?.checklist ?? []).join('\n'));
  const [resources, setResources] = useState(existing?.resources ?? []);
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);
  const candidates = useMemo(() => view.milestones.filter((m) => m.id !== id), [view, id]);

  const submit = async () => {
    const fields = {
      phaseId,
      title,
      summary,
      doneWhen,
      estimateHours: estimate.trim() === '' ? Number.NaN : Number(estimate),
      kind,
      skillArea,
      prerequisites,
      checklist: checklist.split('\n').map((l) => l.trim()).filter(Boolean),
      resources: filledResources(resources),
    };
    const parsed = CustomMilestoneFieldsSchema.safeParse(fields);
    const found: Errors = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] as keyof Errors;
        found[key] ??= issue.message;
      }
    } else {
      for (const p of checkCustomFields(view, parsed.data, id ?? 'custom-new')) found[p.field] ??= p.message;
    }
    setErrors(found);
    if (Object.keys(found).length > 0 || !parsed.success) return;
    setSaving(true);
    const savedId = await save(id, parsed.data as CustomMilestoneFields);
    setSaving(false);
    if (savedId) {
      onClose();
      if (id) return;
      // After the dialog has handed focus back: show the new card where it landed and put focus on it.
      requestAnimationFrame(() => {
        const card = cardElement(savedId);
        card?.scrollIntoView({ block: 'nearest' });
        card?.focus();
      });
    }
  };

  const err = (key: keyof Errors) => <FieldError id={`err-${key}`} message={errors[key]} />;
  const invalid = (key: keyof Errors) => (errors[key] ? { 'aria-invalid': true, 'aria-describedby': `err-${key}` } : {});

  return (
    <Dialog title={id ? 'Edit your milestone' : 'Add your own milestone'} onClose={onClose} wide>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label className="field">
          <span>Title</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} {...invalid('title')} />
          {err('title')}
        </label>
        <label className="field">
          <span>Summary</span>
          <textarea rows={2} value={summary} onChange={(e) => setSummary(e.target.value)} {...invalid('summary')} />
          {err('summary')}
        </label>
        <label className="field">
          <span>Done when</span>
          <input value={doneWhen} placeholder="An outcome you can show" onChange={(e) => setDoneWhen(e.target.value)} {...invalid('doneWhen')} />
          {err('doneWhen')}
        </label>
        <div className="field-row">
          <label className="field">
            <span>Phase</span>
            <select value={phaseId} onChange={(e) => setPhaseId(e.target.value)} {...invalid('phaseId')}>
              {view.phases.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
            {err('phaseId')}
          </label>
          <label className="field">
            <span>Estimate (hours)</span>
            <input inputMode="decimal" value={estimate} onChange={(e) => setEstimate(e.target.value)} {...invalid('estimateHours')} />
            {err('estimateHours')}
          </label>
          <label className="field">
            <span>Kind</span>
            <select value={kind} onChange={(e) => setKind(e.target.value as MilestoneKind)}>
              {MILESTONE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Skill area</span>
            <select value={skillArea} onChange={(e) => setSkillArea(e.target.value as SkillArea)}>
              {SKILL_AREAS.map((a) => (
                <option key={a} value={a}>
                  {SKILL_AREA_LABELS[a]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <fieldset className="field prereq-list" {...invalid('prerequisites')}>
          <legend>Prerequisites</legend>
          <div className="prereq-scroll">
            {candidates.map((m) => (
              <label key={m.id} className="check-row">
                <input
                  type="checkbox"
                  checked={prerequisites.includes(m.id)}
                  onChange={(e) =>
                    setPrerequisites(e.target.checked ? [...prerequisites, m.id] : prerequisites.filter((p) => p !== m.id))
                  }
                />
                <span>
                  #{view.order.get(m.id)} {m.title}
                </span>
              </label>
            ))}
          </div>
          {err('prerequisites')}
        </fieldset>
        <label className="field">
          <span>Checklist steps (one per line)</span>
          <textarea rows={4} value={checklist} onChange={(e) => setChecklist(e.target.value)} {...invalid('checklist')} />
          {err('checklist')}
        </label>
        <CustomResourceFields rows={resources} onChange={setResources} error={err('resources')} />
        <div className="dialog-actions">
          <button type="button" className="button secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={saving}>
            {id ? 'Save changes' : 'Add milestone'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** The first phase that still has milestones to do. */
function firstOpenPhase(view: PathView, doc: UserDocument): string | undefined {
  return view.phases.find((p) => p.milestones.some((id) => !['done', 'skipped'].includes(statusOf(doc, id))))?.id;
}
