// Whether the learner is typing: one rule for the board's shortcuts, the review keys and the menu's Undo and Redo.

/** Input types that take no text: a key pressed on them is a shortcut, not typing. */
const NOT_TEXT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** A control with text of its own (and its own undo): a text area, a text-like input or editable content. */
export function isTextEntry(el: Element | null): boolean {
  if (!el) return false;
  if (el.tagName === 'TEXTAREA' || (el as HTMLElement).isContentEditable) return true;
  return el.tagName === 'INPUT' && !NOT_TEXT.has((el as HTMLInputElement).type);
}

/** Keys go to the focused control, not to the screen's shortcuts: a text entry, or a list to pick from by typing. */
export const isTyping = (el: Element | null): boolean => isTextEntry(el) || el?.tagName === 'SELECT';
