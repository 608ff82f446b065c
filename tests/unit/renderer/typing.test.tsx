// One rule for "is the learner typing?", shared by the board's shortcuts, the review keys and the menu's Undo/Redo.
import { describe, expect, it } from 'vitest';
import { isTextEntry, isTyping } from '../../../src/renderer/src/features/focus/typing';

const make = (html: string) => {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host.firstElementChild!;
};

describe('typing', () => {
  it('counts text areas, text-like inputs and editable content as typing, with their own undo', () => {
    for (const html of ['<textarea></textarea>', '<input>', '<input type="search">', '<input type="number">', '<input type="date">']) {
      expect([html, isTextEntry(make(html)), isTyping(make(html))]).toEqual([html, true, true]);
    }
  });

  it('lets shortcuts through on boxes and buttons, and keeps keys on a select without giving it a text undo', () => {
    for (const html of ['<input type="checkbox">', '<input type="radio">', '<button>x</button>', '<li tabindex="0">card</li>']) {
      expect([html, isTyping(make(html))]).toEqual([html, false]);
    }
    expect([isTyping(make('<select></select>')), isTextEntry(make('<select></select>'))]).toEqual([true, false]);
    expect(isTyping(null)).toBe(false);
  });
});
