// What a merge of a conflict copy took from where, in one sentence for the learner.
import type { MergeResult } from './merge';

const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;

/** At most this many milestones are named; the rest are counted. */
const NAMED = 6;

function named(ids: string[], describe: (id: string) => string): string {
  const shown = ids.slice(0, NAMED).map(describe);
  const more = ids.length - shown.length;
  return list(more > 0 ? [...shown, `${more} more milestone${more === 1 ? '' : 's'}`] : shown);
}

/** "From the copy: Docker (hours, checklist ticks) and the study plan. Notes of Git kept from both, marked." */
export function describeMerge(result: Omit<MergeResult, 'document'>, titleOf: (id: string) => string): string {
  const { taken, takenFields, notesJoined, settings, fromCommonVersion } = result;
  const parts: string[] = [];
  const fromCopy = [
    ...(taken.length > 0 ? [named(taken, (id) => `${titleOf(id)} (${(takenFields[id] ?? []).join(', ')})`)] : []),
    ...settings,
  ];
  parts.push(fromCopy.length > 0 ? `From the copy: ${list(fromCopy)}.` : 'Nothing was newer in the copy than here.');
  if (notesJoined.length > 0) {
    parts.push(`Notes of ${named(notesJoined, titleOf)} changed on both sides and are kept from both, with a marker line.`);
  }
  parts.push(
    fromCommonVersion
      ? 'Each field came from the side that changed it since the two copies parted.'
      : 'Where both sides changed a field, the later change was kept.',
  );
  return parts.join(' ');
}
