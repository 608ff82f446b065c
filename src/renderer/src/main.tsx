// src/renderer/src/: the React app: entry and layout, the zustand store, features and shared components.
// Renderer entry: one store bound to window.api, then the app.
// First, before any module that parses with zod at load time.
import './zodJitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createAppStore } from './store';
import { StoreProvider } from './store/StoreProvider';
import { storedTheme } from './store/prefsSlice';
import { applyTheme } from './features/theme/theme';
// The style sheets in cascade order: later sheets override earlier ones.
import './styles/base.css';
import './styles/board.css';
import './styles/views.css';
import './styles/responsive.css';

// Before the first paint, so a dark-theme learner never sees a white flash.
applyTheme(storedTheme());
if (!window.api) throw new Error('window.api is missing: the page was opened without Pathboard’s preload.');
const store = createAppStore(window.api);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
void store.getState().init();
