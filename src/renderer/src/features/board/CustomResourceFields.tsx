// The links part of the custom milestone form: up to MAX_RESOURCES rows of title, https link and kind.
import { MAX_RESOURCES, RESOURCE_KINDS, type Resource } from '../../../../shared/roadmap';
import { Field, FieldGroup, SelectField } from '../../components/Field';
import { RESOURCE_KIND_LABELS } from './MilestoneResources';

export type ResourceDraft = Resource;

/** Rows the learner left completely empty are not links; every other row is validated as one. */
export function filledResources(rows: ResourceDraft[]): ResourceDraft[] {
  return rows
    .map((r) => ({ ...r, title: r.title.trim(), url: r.url.trim() }))
    .filter((r) => r.title !== '' || r.url !== '');
}

export function CustomResourceFields({
  rows,
  onChange,
  error,
}: {
  rows: ResourceDraft[];
  onChange: (rows: ResourceDraft[]) => void;
  error?: string;
}) {
  const update = (i: number, change: Partial<ResourceDraft>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  return (
    <FieldGroup legend="Links to learn from (https only)" className="resource-rows" error={error}>
      {rows.map((row, i) => (
        <div key={i} className="field-row">
          <Field label={`Link ${i + 1} title`}>
            {(control) => <input {...control} value={row.title} onChange={(e) => update(i, { title: e.target.value })} />}
          </Field>
          <Field label={`Link ${i + 1} address`}>
            {(control) => <input {...control} type="url" placeholder="https://" value={row.url} onChange={(e) => update(i, { url: e.target.value })} />}
          </Field>
          <SelectField label={`Link ${i + 1} kind`} value={row.kind} options={RESOURCE_KINDS} labels={RESOURCE_KIND_LABELS} onChange={(kind) => update(i, { kind })} />
          <button type="button" className="button secondary" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            Remove link {i + 1}
          </button>
        </div>
      ))}
      {rows.length < MAX_RESOURCES && (
        <button type="button" className="button secondary" onClick={() => onChange([...rows, { title: '', url: '', kind: 'docs' }])}>
          Add a link
        </button>
      )}
    </FieldGroup>
  );
}
