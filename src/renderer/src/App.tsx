// Top-level layout: header, notices, then either the path picker or the board of the chosen path.
import { Board } from './features/board/Board';
import { PathPicker } from './features/picker/PathPicker';
import { AppHeader } from './components/AppHeader';
import { Notices } from './components/Notices';
import { useApp } from './store/useApp';

export function App() {
  const status = useApp((s) => s.status);
  const hasPath = useApp((s) => s.roadmap !== null);
  const picking = useApp((s) => s.picking);

  return (
    <div className="app">
      <AppHeader />
      <Notices />
      <main className="app-main">
        {status === 'loading' || status === 'idle' ? (
          <p className="loading" role="status">
            Loading your plan…
          </p>
        ) : status === 'failed' ? (
          <p className="loading">Pathboard could not load your data. See the message above.</p>
        ) : hasPath && !picking ? (
          <Board />
        ) : (
          <PathPicker />
        )}
      </main>
    </div>
  );
}
