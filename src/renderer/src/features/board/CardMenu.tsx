// A small "more actions" menu on a card that moves it to any column; keyboard friendly and closes on Escape or outside click.
import { useEffect, useId, useRef, useState } from 'react';
import { COLUMN_TITLES } from '../../../../shared/board';
import type { MilestoneStatus } from '../../../../shared/document';
import { useApp } from '../../store/useApp';

const TARGETS: MilestoneStatus[] = ['todo', 'in-progress', 'done'];

export function CardMenu({ milestoneId, title, status }: { milestoneId: string; title: string; status: MilestoneStatus }) {
  const setStatus = useApp((s) => s.setStatus);
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    rootRef.current?.querySelector<HTMLButtonElement>('[role="menuitem"]:not([disabled])')?.focus();
    const onPointer = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const onMenuKey = (e: React.KeyboardEvent) => {
    const items = Array.from(rootRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not([disabled])') ?? []);
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      items[(at + 1) % items.length]?.focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      items[(at - 1 + items.length) % items.length]?.focus();
    }
  };

  return (
    <div className="card-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="icon-button"
        aria-label={`Move ${title}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((v) => !v)}
      >
        ⋯
      </button>
      {open && (
        <div id={menuId} role="menu" aria-label={`Move ${title}`} className="menu" onKeyDown={onMenuKey}>
          {TARGETS.map((target) => (
            <button
              key={target}
              type="button"
              role="menuitem"
              disabled={target === status}
              onClick={() => {
                close();
                void setStatus(milestoneId, target);
              }}
            >
              Move to {COLUMN_TITLES[target]}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
