// A path as the learner sees it: the built-in roadmap with their own milestones added at the end of their phases.
import type { CustomMilestone, UserDocument } from './document';
import { findPrerequisiteCycle, type Milestone, type Phase, type Roadmap } from './roadmap';

export interface PathMilestone extends Milestone {
  custom: boolean;
}

export interface PathView {
  roadmap: Roadmap;
  phases: Phase[];
  milestones: PathMilestone[];
  byId: Map<string, PathMilestone>;
  /** Roadmap order, 1-based, of every milestone id. */
  order: Map<string, number>;
  phaseOf: Map<string, Phase>;
  /** Each phase's milestones by phase id, in path order: the milestones list, cut by phase. */
  inPhase: Map<string, PathMilestone[]>;
}

export function customAsMilestone(c: CustomMilestone): PathMilestone {
  return {
    id: c.id,
    title: c.title,
    summary: c.summary,
    doneWhen: c.doneWhen,
    estimateHours: c.estimateHours,
    kind: c.kind,
    skillArea: c.skillArea,
    prerequisites: c.prerequisites,
    checklist: c.checklist,
    ...(c.resources ? { resources: c.resources } : {}),
    custom: true,
  };
}

export function pathView(roadmap: Roadmap, doc: Pick<UserDocument, 'customMilestones'>): PathView {
  const custom = doc.customMilestones
    .filter((c) => c.pathId === roadmap.id)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const phases: Phase[] = roadmap.phases.map((phase, i) => ({
    ...phase,
    milestones: [
      ...phase.milestones,
      // A custom milestone whose phase is gone lands in the last phase rather than disappearing.
      ...custom
        .filter((c) => c.phaseId === phase.id || (i === roadmap.phases.length - 1 && !roadmap.phases.some((p) => p.id === c.phaseId)))
        .map((c) => c.id),
    ],
  }));
  const byId = new Map<string, PathMilestone>();
  for (const m of roadmap.milestones) byId.set(m.id, { ...m, custom: false });
  for (const c of custom) byId.set(c.id, customAsMilestone(c));
  const order = new Map<string, number>();
  const phaseOf = new Map<string, Phase>();
  const milestones: PathMilestone[] = [];
  const inPhase = new Map<string, PathMilestone[]>();
  for (const phase of phases) {
    const own: PathMilestone[] = [];
    for (const id of phase.milestones) {
      const m = byId.get(id);
      if (!m || order.has(id)) continue;
      milestones.push(m);
      own.push(m);
      order.set(id, milestones.length);
      phaseOf.set(id, phase);
    }
    inPhase.set(phase.id, own);
  }
  return { roadmap, phases, milestones, byId, order, phaseOf, inPhase };
}

export interface FieldProblem {
  field: 'phaseId' | 'prerequisites' | 'title';
  message: string;
}

/** Rules for a learner's own milestone that need the path: a real phase, known prerequisites, and no cycle. */
export function checkCustomFields(
  view: PathView,
  fields: { phaseId: string; prerequisites: string[] },
  selfId: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!view.phases.some((p) => p.id === fields.phaseId)) {
    problems.push({ field: 'phaseId', message: `This path has no phase "${fields.phaseId}".` });
  }
  for (const id of fields.prerequisites) {
    if (id === selfId) problems.push({ field: 'prerequisites', message: 'A milestone cannot be its own prerequisite.' });
    else if (!view.byId.has(id)) problems.push({ field: 'prerequisites', message: `"${id}" is not a milestone on this path.` });
  }
  if (problems.length > 0) return problems;
  const candidate = [...view.milestones.filter((m) => m.id !== selfId), { id: selfId, prerequisites: fields.prerequisites }];
  const cycle = findPrerequisiteCycle(candidate);
  if (cycle) {
    const names = cycle.map((id) => (id === selfId ? 'this milestone' : (view.byId.get(id)?.title ?? id)));
    problems.push({ field: 'prerequisites', message: `These prerequisites would make a loop: ${names.join(' → ')}.` });
  }
  return problems;
}
