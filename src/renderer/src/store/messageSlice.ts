// Message slice: everything the app tells the learner outside a form field, in one queue with one API: say and dismiss.
// Errors and warnings stay until dismissed; information and successes fade. The Messages component shows one at a time.
import type { StateCreator } from 'zustand';
import type { Notice } from '../../../shared/document';
import type { AppStore } from './index';

export type MessageKind = 'error' | 'warning' | 'info' | 'success';

/** The one button a message may carry besides Dismiss. */
export type MessageAction =
  /** Shows a file the main process told the learner about in the system file manager. */
  | { label: string; reveal: string }
  /** Opens another path (and dismisses the message). */
  | { label: string; choosePath: string }
  /**
   * Undoes (or redoes) the change the message is about, and dismisses the message. `step` (see `stepKey`) is the undo
   * step it is about: once another change is on top of that stack, the button is not offered.
   */
  | { label: string; run: 'undo' | 'redo'; step?: string }
  /** Turns recurring hints off (a UI preference), and dismisses the message. */
  | { label: string; hintsOff: true };

export interface Message {
  /** Saying a message with the id of one already listed replaces it (one failed action, one hint, one undo at a time). */
  id: string;
  kind: MessageKind;
  text: string;
  action?: MessageAction;
  /** A second, quieter button (a hint's "Turn off hints"). */
  second?: MessageAction;
  /** Fades on its own after a few seconds: information and successes do, errors and warnings never. */
  fades: boolean;
  /** Counts every message said, so saying the same words again starts a fresh fade. */
  said: number;
}

export type MessageInput = Omit<Message, 'id' | 'fades' | 'said'> & { id?: string };

/** The ids of the messages that replace each other. */
export const FAILURE = 'failure';
export const HINT = 'hint';
export const UNDO = 'undo';
export const OUTCOME = 'outcome';
export const GUIDES = 'guides';

/** The button on a recurring hint that turns hints off. */
export const HINTS_OFF: MessageAction = { label: 'Turn off hints', hintsOff: true };

let counter = 0;

/** `messages` with `input` said: a message with the same id is taken out and the new one goes last. */
export function said(messages: Message[], input: MessageInput): Message[] {
  counter += 1;
  const id = input.id ?? `message-${counter}`;
  const fades = input.kind === 'info' || input.kind === 'success';
  return [...messages.filter((m) => m.id !== id), { ...input, id, fades, said: counter }];
}

/**
 * The message on screen now (the rest wait their turn), or null: the newest error (a failed action stays in front until
 * it is dismissed or an action works), else the newest message, so a lasting warning (a start-up notice) never holds
 * back what an action says after it, and a sync notice that arrives after a hint is not held back by the hint.
 */
export function current(messages: Message[]): Message | null {
  const error = messages.findLast((m) => m.kind === 'error');
  if (error) return error;
  // Warnings said together (start-up notices) are read in the order said: the first of the run at the end.
  let i = messages.length - 1;
  while (i > 0 && messages[i]!.kind === 'warning' && messages[i - 1]!.kind === 'warning') i -= 1;
  return messages[i] ?? null;
}

/** A hint after a move and its kind: each kind is said once a session. */
export interface Hint {
  kind: 'started-early' | 'finished-early' | 'checklist-unticked';
  text: string;
}

/** Names an undo step (its label and time), so a message can tell whether it is still the one on top. */
export const stepKey = (entry: { label: string; at: string } | undefined): string | undefined =>
  entry ? `${entry.at} ${entry.label}` : undefined;

/** `messages` without the one called `id` (the same array when there is none, so nothing re-renders). */
export function without(messages: Message[], id: string): Message[] {
  return messages.some((m) => m.id === id) ? messages.filter((m) => m.id !== id) : messages;
}

/** A mark of now among messages said: a failure said after it is newer than an action started at it. */
export const saidMark = (): number => counter;

/** `messages` without a failure said before `mark`: an action that started later and worked clears it, an earlier one does not. */
export function withoutFailureBefore(messages: Message[], mark: number): Message[] {
  return messages.some((m) => m.id === FAILURE && m.said <= mark) ? messages.filter((m) => m.id !== FAILURE || m.said > mark) : messages;
}

/** The last failed action: an error that stays until dismissed, replaced by the next failure or cleared by a success. */
export const failure = (text: string): MessageInput => ({ id: FAILURE, kind: 'error', text });

/** After an action worked: the last failure goes, and `text` (when there is one) is said as what came of it. */
export function succeeded(messages: Message[], text: string | null): Message[] {
  const cleared = without(messages, FAILURE);
  return text ? said(cleared, { id: OUTCOME, kind: 'success', text }) : without(cleared, OUTCOME);
}

/** A start-up or sync notice from the main process, with the file it names one click away. */
export const noticeMessage = (notice: Notice): MessageInput => ({
  id: `notice:${notice.kind}:${notice.path}`,
  kind: 'warning',
  text: notice.message,
  action: { label: 'Show in folder', reveal: notice.path },
});

export interface MessageSlice {
  messages: Message[];
  say: (message: MessageInput) => void;
  dismiss: (id: string) => void;
}

export const createMessageSlice: StateCreator<AppStore, [], [], MessageSlice> = (set) => ({
  messages: [],
  say: (message) => set((s) => ({ messages: said(s.messages, message) })),
  dismiss: (id) => set((s) => ({ messages: without(s.messages, id) })),
});
