// Add or edit one of the learner's own milestones; every field is checked before anything is saved.
import { useMemo, useState } from 'react';
import { CustomMilestoneFieldsSchema, type CustomMilestoneFields, type UserDocument } from '../../../../shared/document';
import { checkCustomFields, type PathView } from '../../../../shared/pathView';
import { MILESTONE_KINDS, SKILL_AREAS, type MilestoneKind, type SkillArea } from '../../../../shared/roadmap';
import { statusOf } from '../../../../shared/progress';
import { cardElement } from '../focus/focusHome';
import { Dialog } from '../../components/Dialog';
import { Field, FieldGroup, SelectField } from '../../components/Field';
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
        <Field label="Title" error={errors.title}>
          {(control) => <input value={title} onChange={(e) => setTitle(e.target.value)} {...control} />}
        </Field>
        <Field label="Summary" error={errors.summary}>
          {(control) => <textarea rows={2} value={summary} onChange={(e) => setSummary(e.target.value)} {...control} />}
        </Field>
        <Field label="Done when" error={errors.doneWhen}>
          {(control) => <input value={doneWhen} placeholder="An outcome you can show" onChange={(e) => setDoneWhen(e.target.value)} {...control} />}
        </Field>
        <div className="field-row">
          <SelectField
            label="Phase"
            value={phaseId}
            options={view.phases.map((p) => p.id)}
            labels={Object.fromEntries(view.phases.map((p) => [p.id, p.title]))}
            onChange={setPhaseId}
            error={errors.phaseId}
          />
          <Field label="Estimate (hours)" error={errors.estimateHours}>
            {(control) => <input inputMode="decimal" value={estimate} onChange={(e) => setEstimate(e.target.value)} {...control} />}
          </Field>
          <SelectField label="Kind" value={kind} options={MILESTONE_KINDS} labels={KIND_LABELS} onChange={setKind} />
          <SelectField label="Skill area" value={skillArea} options={SKILL_AREAS} labels={SKILL_AREA_LABELS} onChange={setSkillArea} />
        </div>
        <FieldGroup legend="Prerequisites" className="prereq-list" error={errors.prerequisites}>
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
        </FieldGroup>
        <Field label="Checklist steps (one per line)" error={errors.checklist}>
          {(control) => <textarea rows={4} value={checklist} onChange={(e) => setChecklist(e.target.value)} {...control} />}
        </Field>
        <CustomResourceFields rows={resources} onChange={setResources} error={errors.resources} />
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
