// F6 and Shift+F6 move focus between the window's regions (navigation, board tools, the screen, the detail panel),
// as in most desktop apps, so going back to the navigation from deep in a column is one key, not a hundred Tabs.
import { useEffect } from 'react';
import { focusHome } from './focusHome';

/** Each region and where focus lands in it. */
const REGIONS: Array<{ region: string; target: string }> = [
  { region: 'nav[aria-label="Main"]', target: '[aria-current="page"], button' },
  { region: '[role="toolbar"]', target: 'input, select, button' },
  { region: '#main', target: '' },
  { region: '.detail-panel', target: '' },
];

export function useRegionKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'F6' || document.querySelector('dialog[open]')) return;
      const present = REGIONS.filter(({ region }) => {
        const el = document.querySelector<HTMLElement>(region);
        return !!el && !el.closest('[inert]');
      });
      if (present.length === 0) return;
      e.preventDefault();
      const active = document.activeElement;
      // The innermost region holding focus: the toolbar and the panel sit inside #main.
      const holding = present.map((r, i) => ({ i, el: document.querySelector(r.region)! })).filter(({ el }) => el.contains(active));
      const here = holding.find((h) => !holding.some((o) => o !== h && h.el.contains(o.el)))?.i ?? -1;
      const next = present[(here + (e.shiftKey ? -1 : 1) + present.length) % present.length]!;
      const region = document.querySelector<HTMLElement>(next.region)!;
      if (next.region === '#main') return focusHome();
      const target = next.target ? region.querySelector<HTMLElement>(next.target) : null;
      (target ?? region).focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
