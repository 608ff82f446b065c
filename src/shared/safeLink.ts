// The one rule for a link the learner types (evidence and resource links): the service's input, the form fields, the
// views and the reports all ask linkProblem, so a link the field accepts is one the service takes. (Files keep the
// older, lenient shape, so data saved before this rule still opens; its doubtful links are never made links.)
import type { z } from 'zod';

/** An https link with nothing that could break out of an attribute. */
const HTTPS_LINK = /^https:\/\/[^\s<>"]+$/;
/**
 * Control and format characters: the bidirectional controls (U+202A-202E, U+2066-2069, U+200E/F, U+061C) that make
 * `…/\u202Egpj.exe` read as `…/exe.jpg`, and the invisible ones (zero-width space and joiners, word joiner, soft hyphen,
 * byte-order mark) that make two different links look the same.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}]/u;

/** Why `url` is not a link Pathboard keeps, in words for the field, or null when it is fine. */
export function linkProblem(url: string): string | null {
  if (INVISIBLE.test(url)) {
    return 'This link holds an invisible or text-direction character that can hide where it leads: type it again instead of pasting it.';
  }
  if (!HTTPS_LINK.test(url)) return 'Links must start with https:// and contain no spaces.';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'This is not a web address: check it for typing mistakes.';
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return 'Links cannot carry a user name or password (the part before @): remove it.';
  }
  return null;
}

/** linkProblem as a zod check, for the schemas. */
export function refineLink(url: string, ctx: z.RefinementCtx): void {
  const problem = linkProblem(url);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
}
