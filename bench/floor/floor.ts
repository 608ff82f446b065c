// The floor for the renderer measures: a plain React list of the same titles, with no store, board or drag and drop.
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';

interface Item {
  id: string;
  title: string;
}
const w = window as unknown as { __items: Item[]; __move: (id: string) => void; __renderStart: number };

function Lists() {
  const [done, setDone] = useState<Set<string>>(new Set());
  w.__move = (id) => {
    performance.mark('floor:state-applied');
    setDone((d) => new Set([...d, id]));
  };
  const list = (items: Item[], column: string) =>
    h('ul', { 'data-column': column }, ...items.map((i) => h('li', { key: i.id, 'data-milestone-id': i.id }, i.title)));
  return h(
    'div',
    null,
    list(w.__items.filter((i) => !done.has(i.id)), 'todo'),
    list(w.__items.filter((i) => done.has(i.id)), 'done'),
  );
}

w.__renderStart = performance.now();
createRoot(document.getElementById('root')!).render(h(Lists));
