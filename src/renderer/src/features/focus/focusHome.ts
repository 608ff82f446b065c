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

/** The card with this id, after a re-render may have moved it to another column. (No CSS.escape: jsdom lacks it.) */
export const cardElement = (id: string) =>
  Array.from(document.querySelectorAll<HTMLElement>('li[data-milestone-id]')).find((el) => el.dataset['milestoneId'] === id) ?? null;
