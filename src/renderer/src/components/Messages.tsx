// Every message the store holds (messageSlice), one at a time in a quiet corner, the rest queued behind it (the order is
// messageSlice's `current`). Errors and warnings stay until dismissed; information and successes fade once shown. The
// corner moves when it would cover the work (useClearCorner).
import { useRef } from 'react';
import { useApp } from '../store/useApp';
import { current, stepKey, type Message, type MessageAction } from '../store/messageSlice';
import { useAutoDismiss } from './useAutoDismiss';
import { useClearCorner } from './useClearCorner';

function ActionButton({ action, onDismiss }: { action: MessageAction; onDismiss: () => void }) {
  const revealFile = useApp((s) => s.revealFile);
  const choosePath = useApp((s) => s.choosePath);
  const undo = useApp((s) => s.undo);
  const redo = useApp((s) => s.redo);
  const setHints = useApp((s) => s.setHints);
  const onTop = useApp((s) =>
    'run' in action ? stepKey(s.document?.undo[action.run === 'undo' ? 'past' : 'future'].at(-1)) : null,
  );
  // An undo offer about a step that is no longer on top of its stack would undo something else: it is not made.
  if ('run' in action && action.step !== undefined && action.step !== onTop) return null;
  return (
    <button
      type="button"
      className="button ghost"
      onClick={() => {
        if ('reveal' in action) return void revealFile(action.reveal);
        onDismiss();
        if ('choosePath' in action) void choosePath(action.choosePath);
        else if ('run' in action) void (action.run === 'undo' ? undo() : redo());
        else setHints(false);
      }}
    >
      {action.label}
    </button>
  );
}

function MessageBar({ message }: { message: Message }) {
  const dismiss = useApp((s) => s.dismiss);
  const onDismiss = () => dismiss(message.id);
  const hold = useAutoDismiss(message.fades, onDismiss, message.said);
  const { action, second } = message;
  return (
    <div className={`notice ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} {...(message.fades ? hold : {})}>
      <p>{message.text}</p>
      {action && <ActionButton action={action} onDismiss={onDismiss} />}
      {second && <ActionButton action={second} onDismiss={onDismiss} />}
      <button type="button" className="button ghost" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

export function Messages() {
  const messages = useApp((s) => s.messages);
  const shown = current(messages);
  const region = useRef<HTMLDivElement>(null);
  const corner = useClearCorner(region, shown?.said);
  return (
    <div ref={region} className="messages" data-corner={corner} hidden={!shown}>
      {shown && <MessageBar key={shown.id} message={shown} />}
      {/* Outside the live message, so a message that arrives behind it does not make it speak again. */}
      {messages.length > 1 && <p className="notice-queue muted">{messages.length - 1} more waiting</p>}
    </div>
  );
}
