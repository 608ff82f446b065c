// Above the board: search, filters with a visible "clear filters", grouping, undo/redo, add and reset.
import { COLUMN_TITLES, COLUMNS, hasFilters } from '../../../../shared/board';
import type { MilestoneStatus } from '../../../../shared/document';
import type { PathView } from '../../../../shared/pathView';
import { MILESTONE_KINDS, SKILL_AREAS, type MilestoneKind, type SkillArea } from '../../../../shared/roadmap';
import { useApp } from '../../store/useApp';
import { SKILL_AREA_LABELS, KIND_LABELS } from './labels';

export function BoardToolbar({ view, inert = false }: { view: PathView; inert?: boolean }) {
  const filters = useApp((s) => s.filters);
  const setFilters = useApp((s) => s.setFilters);
  const clearFilters = useApp((s) => s.clearFilters);
  const groupByPhase = useApp((s) => s.groupByPhase);
  const toggleGroupByPhase = useApp((s) => s.toggleGroupByPhase);
  const showSkipped = useApp((s) => s.showSkipped);
  const toggleSkipped = useApp((s) => s.toggleSkipped);
  const undoLabel = useApp((s) => s.document?.undo.past.at(-1)?.label ?? null);
  const redoLabel = useApp((s) => s.document?.undo.future.at(-1)?.label ?? null);
  const undo = useApp((s) => s.undo);
  const redo = useApp((s) => s.redo);
  const openDialog = useApp((s) => s.openDialog);
  const density = useApp((s) => s.density);
  const setDensity = useApp((s) => s.setDensity);
  const skippedCount = useApp((s) => view.milestones.filter((m) => s.document?.progress[m.id]?.status === 'skipped').length);
  const areas = SKILL_AREAS.filter((a) => view.milestones.some((m) => m.skillArea === a));

  return (
    <div className="toolbar" role="toolbar" aria-label="Board tools" inert={inert}>
      <div className="toolbar-group toolbar-filters">
        <input
          id="board-search"
          type="search"
          className="search"
          placeholder="Search  ( / )"
          title="Search titles, summaries and notes ( / )"
          aria-label="Search milestones"
          value={filters.query}
          onChange={(e) => setFilters({ query: e.target.value })}
        />
        <select aria-label="Filter by phase" value={filters.phaseId ?? ''} onChange={(e) => setFilters({ phaseId: e.target.value || null })}>
          <option value="">All phases</option>
          {view.phases.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </select>
        <select
          aria-label="Filter by skill area"
          value={filters.skillArea ?? ''}
          onChange={(e) => setFilters({ skillArea: (e.target.value || null) as SkillArea | null })}
        >
          <option value="">All skill areas</option>
          {areas.map((a) => (
            <option key={a} value={a}>
              {SKILL_AREA_LABELS[a]}
            </option>
          ))}
        </select>
        <select aria-label="Filter by kind" value={filters.kind ?? ''} onChange={(e) => setFilters({ kind: (e.target.value || null) as MilestoneKind | null })}>
          <option value="">All kinds</option>
          {MILESTONE_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
        <select
          aria-label="Filter by status"
          value={filters.status ?? ''}
          onChange={(e) => setFilters({ status: (e.target.value || null) as MilestoneStatus | null })}
        >
          <option value="">Any status</option>
          {COLUMNS.map((s) => (
            <option key={s} value={s}>
              {COLUMN_TITLES[s]}
            </option>
          ))}
        </select>
        {hasFilters(filters) && (
          <button type="button" className="button ghost-muted" onClick={clearFilters}>
            Clear filters
          </button>
        )}
      </div>
      <div className="toolbar-group toolbar-view">
        <label className="toggle">
          <input type="checkbox" checked={groupByPhase} onChange={toggleGroupByPhase} />
          Group by phase
        </label>
        <label className="toggle">
          <input type="checkbox" checked={density === 'compact'} onChange={(e) => setDensity(e.target.checked ? 'compact' : 'comfortable')} />
          Compact cards
        </label>
        <button type="button" className="button secondary small" aria-pressed={showSkipped} onClick={toggleSkipped}>
          {showSkipped ? 'Hide skipped' : `Show skipped (${skippedCount})`}
        </button>
      </div>
      <div className="toolbar-group toolbar-actions">
        <span className="undo-redo">
          <button
            type="button"
            className="button secondary small"
            disabled={!undoLabel}
            title={undoLabel ? `Undo: ${undoLabel} (Ctrl+Z)` : 'Nothing to undo'}
            aria-label={undoLabel ? `Undo: ${undoLabel}` : 'Undo'}
            onClick={() => void undo()}
          >
            ↶<span className="wide-only"> Undo</span>
          </button>
          <button
            type="button"
            className="button secondary small"
            disabled={!redoLabel}
            title={redoLabel ? `Redo: ${redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo'}
            aria-label={redoLabel ? `Redo: ${redoLabel}` : 'Redo'}
            onClick={() => void redo()}
          >
            ↷<span className="wide-only"> Redo</span>
          </button>
        </span>
        <button type="button" className="button primary small" onClick={() => openDialog({ kind: 'custom', id: null })}>
          + Add milestone
        </button>
        <button type="button" className="button secondary small" onClick={() => openDialog({ kind: 'reset' })}>
          Reset…
        </button>
        <button type="button" className="icon-button help" aria-label="Keyboard shortcuts" onClick={() => openDialog({ kind: 'help' })}>
          ?
        </button>
      </div>
    </div>
  );
}
