import ICAL from 'ical.js';
import Papa from 'papaparse';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../../src/main/api';
import { runReportCli } from '../../../src/cli/report';
import { ROADMAPS_DIR, withTempDir } from '../../support/tempDir';

const clock = () => new Date('2026-07-01T12:00:00.000Z');
const NOTE = 'Multi-stage builds, "distroless"\nand a second line';

async function setup(dir: string) {
  const answers: { save: string | null } = { save: null };
  const dataFile = join(dir, 'pathboard.json');
  const api = await createApi({
    dataFile,
    roadmapsDir: ROADMAPS_DIR,
    clock,
    dialogs: { chooseSavePath: async () => answers.save, chooseOpenPath: async () => null },
  });
  await api.choosePath({ pathId: 'mlops-engineer' });
  await api.setMilestoneStatus({ milestoneId: 'docker', status: 'done' });
  await api.updateProgress({ milestoneId: 'docker', changes: { notes: NOTE, hoursSpent: 9 } });
  return { api, dataFile, answers };
}

describe('CSV export', () => {
  it('writes the milestones with notes from the app, and the CLI writes the same file', () =>
    withTempDir(async (dir) => {
      const { api, dataFile, answers } = await setup(dir);
      answers.save = join(dir, 'app.csv');
      expect(await api.exportCsv({ includeNotes: true })).toEqual({ ok: true, data: { path: answers.save } });
      const fromApp = await readFile(answers.save, 'utf8');
      const rows = Papa.parse<Record<string, string>>(fromApp.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
      const docker = rows.find((r) => r['Milestone id'] === 'docker');
      expect(docker).toMatchObject({ Status: 'done', Completed: '2026-07-01', 'Hours spent': '9', Notes: NOTE });
      await api.close();

      const out = join(dir, 'cli.csv');
      const result = await runReportCli(['--data', dataFile, '--format', 'csv', '--out', out, '--notes'], ROADMAPS_DIR, clock());
      expect(result).toEqual({ code: 0, message: `Wrote the MLOps Engineer report (csv, with notes) to ${out}.` });
      expect(await readFile(out, 'utf8')).toBe(fromApp);
    }));

  it('refuses to write over the data file and writes nothing', () =>
    withTempDir(async (dir) => {
      const { api, dataFile, answers } = await setup(dir);
      const bytes = await readFile(dataFile, 'utf8');
      const folder = await readdir(dir);
      for (const target of [dataFile, join(dir, 'pathboard.bak.json')]) {
        answers.save = target;
        const csv = await api.exportCsv({ includeNotes: false });
        expect(csv.ok || csv.error.message).toMatch(/one of Pathboard's own data files.*Nothing was written/);
        const ics = await api.exportCalendar({ weeks: 4, startTime: '18:00' });
        expect(ics.ok || ics.error.message).toMatch(/one of Pathboard's own data files.*Nothing was written/);
      }
      expect(await readFile(dataFile, 'utf8')).toBe(bytes);
      expect(await readdir(dir)).toEqual(folder);
    }));

  it('asks for a path first, and says so without dialogs', () =>
    withTempDir(async (dir) => {
      const api = await createApi({ dataFile: join(dir, 'pathboard.json'), roadmapsDir: ROADMAPS_DIR, clock, dialogs: { chooseSavePath: async () => join(dir, 'x.csv'), chooseOpenPath: async () => null } });
      const result = await api.exportCsv({ includeNotes: false });
      expect(!result.ok && result.error.message).toMatch(/Choose a path first/);
      const bare = await createApi({ dataFile: join(dir, 'other.json'), roadmapsDir: ROADMAPS_DIR, clock });
      const none = await bare.exportCalendar({ weeks: 12, startTime: '07:00' });
      expect(!none.ok && none.error.code).toBe('UNAVAILABLE');
      expect(existsSync(join(dir, 'x.csv'))).toBe(false);
    }));
});

describe('calendar export', () => {
  it('writes 12 weeks of study sessions on the chosen days that a calendar parser reads', () =>
    withTempDir(async (dir) => {
      const { api, answers } = await setup(dir);
      await api.saveStudySettings({ hoursPerWeek: 6, weekdays: [1, 5], startDate: '2026-07-01', goalDate: null });
      answers.save = join(dir, 'plan.ics');
      const result = await api.exportCalendar({ weeks: 12, startTime: '07:15' });
      expect(result).toEqual({ ok: true, data: { path: answers.save, sessions: 24 } });
      const events = new ICAL.Component(ICAL.parse(await readFile(answers.save, 'utf8')))
        .getAllSubcomponents('vevent')
        .map((v) => new ICAL.Event(v));
      expect(events).toHaveLength(24);
      // 2026-07-01 is a Wednesday: the first study day is Saturday the 4th (weekday 5), then Tuesday the 7th.
      expect(events.slice(0, 2).map((e) => e.startDate.toString())).toEqual(['2026-07-04T07:15:00', '2026-07-07T07:15:00']);
      expect(events.every((e) => e.duration.toSeconds() === 3 * 3600)).toBe(true);
      expect(events[0]!.summary).toMatch(/^Study: /);
      expect(events[0]!.description).toMatch(/^MLOps Engineer — 3 h of study\./);
    }));

  it('refuses a start time that is not a time of day, naming the field', () =>
    withTempDir(async (dir) => {
      const { api, answers } = await setup(dir);
      answers.save = join(dir, 'plan.ics');
      const result = await api.exportCalendar({ weeks: 4, startTime: '7pm' });
      expect(!result.ok && result.error.message).toMatch(/startTime: must be a time of day/);
      expect(existsSync(answers.save)).toBe(false);
    }));
});
