// The glossary of resources/glossary.json: short definitions of the jargon in milestone text, and which terms a text uses.
import { z } from 'zod';
import type { Milestone } from './roadmap';

const Text = z.string().trim().min(1, 'must not be empty');

export const GlossaryEntrySchema = z
  .object({
    term: Text,
    /** Other spellings the milestone text may use, such as an abbreviation. */
    aliases: z.array(Text).optional(),
    definition: Text,
  })
  .strict();

export const GlossarySchema = z.array(GlossaryEntrySchema);

export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when `text` uses the term or one of its aliases as whole words, ignoring case. */
export function mentions(text: string, entry: GlossaryEntry): boolean {
  return [entry.term, ...(entry.aliases ?? [])].some((name) =>
    new RegExp(`(^|[^A-Za-z0-9])${escapeRegExp(name)}($|[^A-Za-z0-9])`, 'i').test(text),
  );
}

/** The glossary entries a milestone's text uses, in glossary order. */
export function termsUsed(
  milestone: Pick<Milestone, 'title' | 'summary' | 'doneWhen' | 'checklist'>,
  glossary: readonly GlossaryEntry[],
): GlossaryEntry[] {
  const text = [milestone.title, milestone.summary, milestone.doneWhen, ...milestone.checklist].join('\n');
  return glossary.filter((entry) => mentions(text, entry));
}
