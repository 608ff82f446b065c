// src/renderer/src/components/: UI pieces several features share: dialogs, form fields, messages, Markdown.
// A modal dialog on the native <dialog> element: showModal() keeps focus inside and makes the page behind inert,
// Escape closes it, and focus goes back to what opened it.
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { focusHome } from '../features/focus/focusHome';

const FOCUSABLE = 'a[href], button:not(:disabled), input:not(:disabled):not([type="hidden"]), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

/**
 * showModal() makes the page behind inert, but Tab from the last control still leaves the document (to the browser's
 * own UI, or <body> where there is none): wrap it to the first control, and Shift+Tab from the first to the last.
 */
function wrapTab(dialog: HTMLElement, e: KeyboardEvent<HTMLElement>) {
  // Only the checked radio of a group takes Tab; the others are skipped.
  const controls = Array.from(dialog.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked),
  );
  const first = controls[0];
  const last = controls.at(-1);
  if (!first || !last) return;
  if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  } else if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  }
}

const FIRST_FIELD = '[data-autofocus], input:not([type="hidden"]), textarea, select, button:not(.dialog-close)';

export function Dialog({
  title,
  onClose,
  children,
  wide = false,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    // jsdom (renderer unit tests) has no showModal; the open attribute still shows the dialog there.
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    dialog.querySelector<HTMLElement>(FIRST_FIELD)?.focus();
    return () => {
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
      if (opener?.isConnected && !opener.matches(':disabled')) opener.focus();
      else focusHome();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className={`dialog${wide ? ' wide' : ''}`}
      onCancel={(e) => {
        // Escape: let React close it, so the dialog's state and the DOM never disagree.
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => {
        // Keys inside a dialog never reach the board's shortcuts behind it.
        if (e.key !== 'Escape') e.stopPropagation();
        if (e.key === 'Tab') wrapTab(e.currentTarget, e);
      }}
      onMouseDown={(e) => {
        // The dialog box has no padding of its own: a press on the element itself is a press on the backdrop.
        if (e.target === e.currentTarget) onClose();
      }}
    >
      <div className="dialog-box">
        <header className="dialog-header">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="icon-button dialog-close" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </header>
        {children}
      </div>
    </dialog>
  );
}
