// Every message the store holds (messageSlice): errors and warnings at the top until dismissed, information and
// successes floating at the bottom and fading. Errors are alerts; everything else is a polite status.
import { useApp } from '../store/useApp';
import type { Message } from '../store/messageSlice';
import { useAutoDismiss } from './useAutoDismiss';

function MessageBar({ message }: { message: Message }) {
  const dismiss = useApp((s) => s.dismiss);
  const revealFile = useApp((s) => s.revealFile);
  const choosePath = useApp((s) => s.choosePath);
  const onDismiss = () => dismiss(message.id);
  const hold = useAutoDismiss(message.fades, onDismiss, message.said);
  const { action } = message;
  return (
    <div className={`notice ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} {...(message.fades ? hold : {})}>
      <p>{message.text}</p>
      {action && (
        <button
          type="button"
          className="button ghost"
          onClick={() => {
            if ('reveal' in action) return void revealFile(action.reveal);
            onDismiss();
            void choosePath(action.choosePath);
          }}
        >
          {action.label}
        </button>
      )}
      <button type="button" className="button ghost" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

export function Messages() {
  const messages = useApp((s) => s.messages);
  if (messages.length === 0) return null;
  const staying = messages.filter((m) => !m.fades);
  const fading = messages.filter((m) => m.fades);
  return (
    <>
      {staying.length > 0 && (
        <div className="notices">
          {staying.map((m) => (
            <MessageBar key={m.id} message={m} />
          ))}
        </div>
      )}
      {/* Information floats over the screen instead of pushing it down, and fades. */}
      {fading.length > 0 && (
        <div className="toasts">
          {fading.map((m) => (
            <MessageBar key={m.id} message={m} />
          ))}
        </div>
      )}
    </>
  );
}
