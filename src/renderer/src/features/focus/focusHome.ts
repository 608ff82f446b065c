// src/renderer/src/features/focus/: where keyboard focus goes: never lost to <body>, F6 between regions.
// Where focus goes when the element that had it disappears: the screen's own starting point, never <body>.
export function focusHome(): void {
  const main = document.getElementById('main');
  if (!main) return;
  const home =
    main.querySelector<HTMLElement>('[data-focus-home]') ??
    main.querySelector<HTMLElement>('li[data-milestone-id]') ??
    main.querySelector<HTMLElement>('h2, h1');
  if (home && !home.hasAttribute('tabindex') && !home.matches('li, button, input, select, textarea, a[href]')) home.tabIndex = -1;
  (home ?? main).focus({ preventScroll: false });
}

/** The card with this id, after a re-render may have moved it to another column (escaped by hand: jsdom lacks CSS.escape). */
export const cardElement = (id: string) =>
  document.querySelector<HTMLElement>(`li[data-milestone-id="${id.replace(/["\\]/g, '\\$&')}"]`);
