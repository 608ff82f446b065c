// The whole app in jsdom over the real main-process api on a temp data file, with the two-path fixture roadmaps.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { App } from '../../../src/renderer/src/App';
import { createAppStore } from '../../../src/renderer/src/store';
import { StoreProvider } from '../../../src/renderer/src/store/StoreProvider';
import { createApi, type ApiOptions, type AppService } from '../../../src/main/api';
import type { Api } from '../../../src/shared/ipc';
import { API_METHODS } from '../../../src/shared/channels';
import type { Roadmap } from '../../../src/shared/roadmap';
import { twoPathFixture, writeRoadmaps } from '../../support/roadmapFixtures';

export interface RenderOptions {
  /** Stands between the app and the api it talks to (to hold a call open, say). */
  wrap?: (api: Api) => Api;
  /** The roadmaps the service serves (the two-path fixture by default). */
  roadmaps?: Roadmap[];
  /** A roadmaps folder to serve as it is instead, with the questionnaire and glossary beside it (ROADMAPS_DIR: the app's own). */
  roadmapsDir?: string;
  /** A path to choose before the app starts, as a returning learner would have. */
  pathId?: string;
  /** What the learner did before this session (runs on the service before the app starts). */
  before?: (api: Api) => Promise<unknown>;
  /** The native save and open dialogs, for exports and backups. */
  dialogs?: ApiOptions['dialogs'];
}

/** Services started by renderApp in this test: closed (their writes finished) before the folder is removed. */
const running = new Set<AppService>();

export async function renderApp(dir: string, options: RenderOptions | ((api: Api) => Api) = {}) {
  const { wrap = (api: Api) => api, roadmaps = twoPathFixture(), roadmapsDir: builtIn, pathId, before, dialogs } =
    typeof options === 'function' ? { wrap: options } : options;
  const roadmapsDir = builtIn ?? (await writeRoadmaps(dir, roadmaps));
  const service = await createApi({ dataFile: join(dir, 'pathboard.json'), roadmapsDir, ...(dialogs ? { dialogs } : {}) });
  running.add(service);
  const api = service as Api;
  if (pathId) await api.choosePath({ pathId });
  await before?.(api);
  // As over IPC: every input and answer is a structured clone, so the renderer never holds the service's own objects.
  const overIpc = Object.fromEntries(
    API_METHODS.map((m) => [m, async (input: unknown) => structuredClone(await service[m](structuredClone(input)))]),
  ) as unknown as Api;
  const store = createAppStore(wrap(overIpc));
  render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  await store.getState().init();
  return { api, store, service };
}

/** Gives each test a fresh temp folder (handed to `use`); after the test, unmounts the app and removes the folder. */
export function freshDirForEachTest(prefix: string, use: (dir: string) => void): void {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
    use(dir);
  });
  afterEach(async () => {
    cleanup();
    // A save the test did not wait for (the app's own, after its last assertion) must land before the folder goes.
    await Promise.all([...running].map((s) => s.close().catch(() => undefined)));
    running.clear();
    await rm(dir, { recursive: true, force: true });
  });
}
