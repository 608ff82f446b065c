// Which path an undo or redo touches, so the app can say when a change is on a path the learner is not looking at.
import type { UndoPatch, UserDocument } from './document';
import type { PathView } from './pathView';
import type { Roadmap } from './roadmap';

/**
 * The id of another path that an undo entry's patch changes, or null when any of its changes shows on the current path
 * (or the patch names nothing a path can be found for).
 */
export function otherPathOf(
  patch: UndoPatch,
  current: PathView | null,
  roadmaps: Roadmap[],
  customMilestones: UserDocument['customMilestones'],
): string | null {
  const milestoneIds = [...Object.keys(patch.progress ?? {}), ...Object.keys(patch.custom ?? {})];
  const pathIds = Object.keys(patch.order ?? {});
  if (current && (pathIds.includes(current.roadmap.id) || milestoneIds.some((id) => current.byId.has(id)))) return null;
  if (pathIds[0]) return pathIds[0];
  for (const id of milestoneIds) {
    // A deleted custom milestone is gone from the document; its previous value in the patch still names its path.
    const custom = customMilestones.find((c) => c.id === id) ?? patch.custom?.[id] ?? null;
    if (custom) return custom.pathId;
    const roadmap = roadmaps.find((r) => r.milestones.some((m) => m.id === id));
    if (roadmap) return roadmap.id;
  }
  return null;
}
