// Small, valid roadmaps built in code, so tests can bend one field at a time and write them to a temp folder.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Milestone, Roadmap } from '../../src/shared/roadmap';

export function milestone(id: string, prerequisites: string[] = [], extra: Partial<Milestone> = {}): Milestone {
  return {
    id,
    title: `Learn ${id}`,
    summary: `What ${id} is and why it matters.`,
    doneWhen: `You can show ${id} working.`,
    estimateHours: 5,
    kind: 'skill',
    skillArea: 'programming',
    prerequisites,
    checklist: ['Read the guide', 'Build a small example'],
    ...extra,
  };
}

export function roadmap(id: string, milestones: Milestone[], phases?: Roadmap['phases']): Roadmap {
  return {
    id,
    title: `${id} path`,
    tagline: `A short line about ${id}.`,
    summary: `A paragraph about ${id}.`,
    responsibilities: ['Do the work'],
    skills: [{ area: 'Programming', items: ['Python'] }],
    successMetrics: [{ name: 'Quality', description: 'The work is good.' }],
    dayToDay: ['Write code'],
    chooseIf: ['You like it'],
    phases: phases ?? [{ id: 'core', title: 'Core', summary: 'The core.', milestones: milestones.map((m) => m.id) }],
    milestones,
  };
}

/** Two paths that share `python`: enough to prove switching and shared progress. */
export function twoPathFixture(): Roadmap[] {
  return [
    roadmap('ops-path', [milestone('python'), milestone('docker', ['python']), milestone('kubernetes', ['docker'])]),
    roadmap('data-path', [milestone('python'), milestone('statistics', ['python'])]),
  ];
}

export async function writeRoadmaps(dir: string, roadmaps: unknown[]): Promise<string> {
  const folder = join(dir, 'roadmaps');
  await mkdir(folder, { recursive: true });
  for (const r of roadmaps) {
    await writeFile(join(folder, `${(r as { id: string }).id}.json`), JSON.stringify(r, null, 2));
  }
  return folder;
}
