// Top-level layout: a skip link, the header with navigation, messages, then the current screen.
import { AppHeader } from './components/AppHeader';
import { Messages } from './components/Messages';
import { TransferDialogs } from './components/TransferDialogs';
import { Board } from './features/board/Board';
import { Compare } from './features/compare/Compare';
import { Dashboard } from './features/dashboard/Dashboard';
import { focusHome } from './features/focus/focusHome';
import { useFocusKeeper } from './features/focus/useFocusKeeper';
import { useRegionKeys } from './features/focus/useRegionKeys';
import { PlanView } from './features/planner/PlanView';
import { PathPicker } from './features/picker/PathPicker';
import { Questionnaire } from './features/questionnaire/Questionnaire';
import { useTheme } from './features/theme/useTheme';
import { Welcome } from './features/welcome/Welcome';
import { Review } from './features/review/Review';
import { ConflictCopies } from './features/sync/ConflictCopies';
import { useDataChanges } from './features/sync/useDataChanges';
import { selectActiveRoadmap } from './store';
import { useApp } from './store/useApp';
import { useMenuCommands } from './useMenuCommands';

export function App() {
  const status = useApp((s) => s.status);
  const view = useApp((s) => s.view);
  const density = useApp((s) => s.density);
  const hasPath = useApp((s) => selectActiveRoadmap(s) !== null);
  useMenuCommands();
  useTheme();
  useFocusKeeper();
  useRegionKeys();
  const onBoard = view === 'board' && hasPath;
  useDataChanges();

  return (
    <div className={`app density-${density}`}>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          focusHome();
        }}
      >
        {onBoard ? 'Skip to the board' : 'Skip to the content'}
      </a>
      <AppHeader />
      <Messages />
      <ConflictCopies />
      <main id="main" tabIndex={-1} className={`app-main view-${view}`}>
        {status === 'loading' || status === 'idle' ? (
          <p className="loading" role="status">
            Loading your plan…
          </p>
        ) : status === 'failed' ? (
          <p className="loading">
            Pathboard could not load your data. The message in the corner of the window says why.
          </p>
        ) : view === 'compare' ? (
          <Compare />
        ) : view === 'quiz' ? (
          <Questionnaire />
        ) : view === 'picker' ? (
          <PathPicker />
        ) : onBoard ? (
          <Board />
        ) : view === 'plan' && hasPath ? (
          <PlanView />
        ) : view === 'progress' && hasPath ? (
          <Dashboard />
        ) : view === 'review' && hasPath ? (
          <Review />
        ) : (
          <Welcome />
        )}
      </main>
      <TransferDialogs />
    </div>
  );
}
