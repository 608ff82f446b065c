import { join } from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AppService } from '../../../src/main/api';
import type { Api } from '../../../src/shared/ipc';
import { renderApp } from './renderApp';
import { milestone, roadmap } from '../../support/roadmapFixtures';

let dir: string;
let service: AppService;

const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
/** Three finished milestones logged at twice their 10 h estimate, three to do, and a 50 h optional certification. */
async function logThree(api: Api) {
  for (const id of ids.slice(0, 3)) {
    await api.setMilestoneStatus({ milestoneId: id, status: 'done' });
    await api.updateProgress({ milestoneId: id, changes: { hoursSpent: 20 } });
  }
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pathboard-forecast-'));
  const path = roadmap('ops', [
    ...ids.map((id) => milestone(id, [], { estimateHours: 10 })),
    milestone('cert', [], { estimateHours: 50, optional: true }),
  ]);
  ({ service } = await renderApp(dir, { roadmaps: [path], pathId: 'ops', before: logThree }));
});
afterEach(async () => {
  cleanup();
  await service.close();
  await rm(dir, { recursive: true, force: true });
});

describe('finish forecast on the plan', () => {
  it('shows the evidence, the fan, and dates that move with hours per week and the optional what-if', async () => {
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Plan' }));
    expect(screen.getByTestId('forecast-evidence').textContent).toMatch(
      /^Based on 3 finished milestones with hours logged: you take about 2× the estimates\. 2,000 simulated paces\.$/,
    );
    expect(screen.getByTestId('forecast-fan')).toBeTruthy();
    expect(screen.getByTestId('forecast-median').textContent).toMatch(/^(early |mid-|late )\w+ \d{4}$/);
    const p85At8 = screen.getByTestId('forecast-p85').textContent;

    const hours = screen.getByRole<HTMLInputElement>('textbox', { name: 'Hours per week' });
    await user.clear(hours);
    await user.type(hours, '1');
    await waitFor(() => expect(screen.getByTestId('forecast-p85').textContent).not.toBe(p85At8));
    const at1 = screen.getByTestId('forecast-median').textContent;

    await user.click(screen.getByRole('radio', { name: 'Include all' }));
    await waitFor(() => expect(screen.getByTestId('forecast-median').textContent).not.toBe(at1));
    await user.click(screen.getByRole('radio', { name: 'As in my plan' }));
    expect(screen.getByTestId('forecast-median').textContent).toBe(at1);
  });
});
