// A card's "more actions" menu: move to any column or open details; keyboard friendly, closes on Escape or outside click.
import { useEffect, useId, useRef, useState } from 'react';
import { COLUMN_TITLES, COLUMNS } from '../../../../shared/board';
import type { MilestoneStatus } from '../../../../shared/document';
import { useApp } from '../../store/useApp';
import { useMoveCard } from './useMoveCard';

interface Props {
  milestoneId: string;
  title: string;
  status: MilestoneStatus;
}

/** Each card renders only the button; the menu and its hooks exist while it is open, so 1,000 cards stay light. */
export function CardMenu(props: Props) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) rootRef.current?.querySelector<HTMLButtonElement>('.icon-button')?.focus();
  };

  return (
    <div className="card-menu" ref={rootRef} onPointerDown={(e) => e.stopPropagation()}>
      <button
        type="button"
        className="icon-button"
        aria-label={`Move ${props.title}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onKeyDown={(e) => (e.key === ' ' || e.key === 'Enter') && e.stopPropagation()}
        onClick={() => setOpen((v) => !v)}
      >
        ⋯
      </button>
      {open && <OpenMenu {...props} id={menuId} root={rootRef} onClose={close} />}
    </div>
  );
}

function OpenMenu({
  milestoneId,
  title,
  status,
  id,
  root,
  onClose,
}: Props & { id: string; root: React.RefObject<HTMLDivElement | null>; onClose: (refocus: boolean) => void }) {
  const moveCard = useMoveCard();
  const select = useApp((s) => s.select);
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    menuRef.current?.querySelector<HTMLButtonElement>('[role="menuitem"]:not([disabled])')?.focus();
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) onClose(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [root, onClose]);

  const onMenuKey = (e: React.KeyboardEvent) => {
    e.stopPropagation();
    const items = Array.from(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not([disabled])') ?? []);
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose(true);
    } else if (e.key === 'Tab') {
      onClose(false);
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      items[(at + 1) % items.length]?.focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      items[(at - 1 + items.length) % items.length]?.focus();
    }
  };

  return (
    <div id={id} ref={menuRef} role="menu" aria-label={`Move ${title}`} className="menu" onKeyDown={onMenuKey}>
      {COLUMNS.map((target) => (
        <button
          key={target}
          type="button"
          role="menuitem"
          disabled={target === status}
          onClick={() => {
            onClose(true);
            void moveCard(milestoneId, target, null);
          }}
        >
          {target === 'skipped' ? 'Skip' : `Move to ${COLUMN_TITLES[target]}`}
        </button>
      ))}
      <button
        type="button"
        role="menuitem"
        onClick={() => {
          onClose(false);
          select(milestoneId);
        }}
      >
        Open details
      </button>
    </div>
  );
}
