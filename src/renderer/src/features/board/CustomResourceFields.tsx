// The links part of the custom milestone form: up to MAX_RESOURCES rows of title, https link and kind.
import { MAX_RESOURCES, RESOURCE_KINDS, type Resource, type ResourceKind } from '../../../../shared/roadmap';
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
  error?: React.ReactNode;
}) {
  const update = (i: number, change: Partial<ResourceDraft>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  return (
    <fieldset className="field resource-rows">
      <legend>Links to learn from (https only)</legend>
      {rows.map((row, i) => (
        <div key={i} className="field-row">
          <label className="field">
            <span>Link {i + 1} title</span>
            <input value={row.title} onChange={(e) => update(i, { title: e.target.value })} />
          </label>
          <label className="field">
            <span>Link {i + 1} address</span>
            <input type="url" placeholder="https://" value={row.url} onChange={(e) => update(i, { url: e.target.value })} />
          </label>
          <label className="field">
            <span>Link {i + 1} kind</span>
            <select value={row.kind} onChange={(e) => update(i, { kind: e.target.value as ResourceKind })}>
              {RESOURCE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {RESOURCE_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </label>
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
      {error}
    </fieldset>
  );
}
