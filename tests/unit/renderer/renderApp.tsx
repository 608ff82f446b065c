// The whole app in jsdom over the real main-process api on a temp data file, with the two-path fixture roadmaps.
import { join } from 'node:path';
import { render } from '@testing-library/react';
import { App } from '../../../src/renderer/src/App';
import { createAppStore } from '../../../src/renderer/src/store';
import { StoreProvider } from '../../../src/renderer/src/store/StoreProvider';
import { createApi } from '../../../src/main/api';
import type { Api } from '../../../src/shared/ipc';
import { twoPathFixture, writeRoadmaps } from '../../support/roadmapFixtures';

/** `wrap` lets a test stand between the app and the api (to hold a call open, say). */
export async function renderApp(dir: string, wrap: (api: Api) => Api = (api) => api) {
  const roadmapsDir = await writeRoadmaps(dir, twoPathFixture());
  const api = (await createApi({ dataFile: join(dir, 'pathboard.json'), roadmapsDir })) as Api;
  const store = createAppStore(wrap(api));
  render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  await store.getState().init();
  return { api, store };
}
