import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir, truncate, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createApi, type AppService } from '../../../src/main/api';
import { formatDay } from '../../../src/shared/dates';
import { runReportCli } from '../../../src/cli/report';
import { ROADMAPS_DIR, withTempDir } from '../../support/tempDir';

const clock = () => new Date('2026-07-01T12:00:00.000Z');

/** An api on a temp data file whose save/open dialogs answer with paths the test sets. */
async function setup(dir: string) {
  const answers: { save: string | null; open: string | null } = { save: null, open: null };
  const dataFile = join(dir, 'pathboard.json');
  const api = await createApi({
    dataFile,
    roadmapsDir: ROADMAPS_DIR,
    clock,
    dialogs: { chooseSavePath: async () => answers.save, chooseOpenPath: async () => answers.open },
  });
  await api.choosePath({ pathId: 'mlops-engineer' });
  await api.setMilestoneStatus({ milestoneId: 'docker', status: 'done' });
  await api.updateProgress({ milestoneId: 'docker', changes: { notes: 'multi-stage builds', evidenceUrl: 'https://github.com/me/images' } });
  await api.setMilestoneStatus({ milestoneId: 'kubernetes', status: 'in-progress' });
  return { api, dataFile, answers };
}

const data = async (api: AppService) => {
  const state = await api.getState({});
  if (!state.ok) throw new Error(state.error.message);
  return state.data.document;
};

describe('backup and restore', () => {
  it('round-trips: a backup restored later gives back the identical document, and the replaced data is kept', () =>
    withTempDir(async (dir) => {
      const { api, dataFile, answers } = await setup(dir);
      const before = await data(api);
      answers.save = join(dir, 'backup.json');
      expect(await api.backupData({})).toEqual({ ok: true, data: { path: answers.save } });

      await api.setMilestoneStatus({ milestoneId: 'docker', status: 'todo' });
      await api.choosePath({ pathId: 'data-scientist' });
      const changed = await data(api);

      answers.open = answers.save;
      const chosen = await api.chooseBackup({});
      expect(chosen.ok && chosen.data.backup).toMatchObject({ pathId: 'mlops-engineer', done: 1, inProgress: 1, notes: 1 });
      expect(chosen.ok && chosen.data.current).toMatchObject({ pathId: 'data-scientist', done: 0 });
      const restored = await api.restoreBackup({ path: answers.open });
      expect(restored.ok).toBe(true);
      expect(await data(api)).toEqual(before);
      expect(JSON.parse(await readFile(dataFile, 'utf8'))).toEqual(before);
      const safety = restored.ok ? restored.data.safetyCopy : '';
      expect(safety).toMatch(/pathboard\.before-restore-2026-07-01T12-00-00-000Z\.json$/);
      expect(JSON.parse(await readFile(safety, 'utf8'))).toEqual(changed);
    }));

  const badFiles: Array<[string, (file: string) => Promise<void>, RegExp]> = [
    ['a file that is not JSON', (f) => writeFile(f, 'this is not json'), /not valid JSON/],
    ['a file of the wrong shape', (f) => writeFile(f, JSON.stringify({ schemaVersion: 2, hello: 'world' })), /data format/],
    ['a file from a future Pathboard', (f) => writeFile(f, JSON.stringify({ schemaVersion: 99 })), /newer Pathboard/],
    [
      'a file over 20 MB',
      async (f) => {
        await writeFile(f, '{}');
        await truncate(f, 21 * 1024 * 1024);
      },
      /at most 20 MB/,
    ],
  ];

  for (const [label, make, message] of badFiles) {
    it(`refuses ${label} with a clear message and leaves the data byte-for-byte unchanged`, () =>
      withTempDir(async (dir) => {
        const { api, dataFile, answers } = await setup(dir);
        const bytes = await readFile(dataFile);
        answers.open = join(dir, 'bad.json');
        await make(answers.open);
        const chosen = await api.chooseBackup({});
        expect(chosen.ok).toBe(false);
        expect(!chosen.ok && chosen.error.message).toMatch(message);
        expect(!chosen.ok && chosen.error.message).toMatch(/Nothing was changed/);
        const forced = await api.restoreBackup({ path: answers.open });
        expect(forced.ok).toBe(false);
        expect(await readFile(dataFile)).toEqual(bytes);
        expect((await readdir(dir)).some((f) => f.includes('before-restore'))).toBe(false);
      }));
  }

  it('restores only a file the learner picked in the dialog', () =>
    withTempDir(async (dir) => {
      const { api, dataFile } = await setup(dir);
      const bytes = await readFile(dataFile);
      const result = await api.restoreBackup({ path: join(dir, 'anything.json') });
      expect(!result.ok && result.error.code).toBe('FORBIDDEN');
      expect(await readFile(dataFile)).toEqual(bytes);
    }));

  it('does nothing when the dialog is cancelled', () =>
    withTempDir(async (dir) => {
      const { api } = await setup(dir);
      expect(await api.backupData({})).toEqual({ ok: true, data: { path: null } });
      expect(await api.exportReport({ format: 'md', includeNotes: false })).toEqual({ ok: true, data: { path: null } });
    }));
});

describe('report export', () => {
  it('writes the report the learner asked for, with notes only when asked', () =>
    withTempDir(async (dir) => {
      const { api, answers } = await setup(dir);
      answers.save = join(dir, 'report.md');
      await api.exportReport({ format: 'md', includeNotes: false });
      const plain = await readFile(answers.save, 'utf8');
      expect(plain).toContain('# MLOps Engineer: progress report');
      // The app's date format, not ISO.
      expect(plain).toContain(`completed ${formatDay('2026-07-01')}`);
      expect(plain).not.toContain('multi-stage');
      await api.exportReport({ format: 'md', includeNotes: true });
      expect(await readFile(answers.save, 'utf8')).toContain('multi-stage builds');
    }));

  it('writes a PDF over an earlier export whole, leaving no temp file beside it', () =>
    withTempDir(async (dir) => {
      const pdf = Buffer.from('%PDF-1.7\n\u00e9 bytes as they are\n%%EOF\n');
      const api = await createApi({
        dataFile: join(dir, 'pathboard.json'),
        roadmapsDir: ROADMAPS_DIR,
        clock,
        dialogs: { chooseSavePath: async () => join(dir, 'report.pdf'), chooseOpenPath: async () => null },
        printToPdf: async () => pdf,
      });
      await api.choosePath({ pathId: 'mlops-engineer' });
      await writeFile(join(dir, 'report.pdf'), 'an earlier export');
      const result = await api.exportReport({ format: 'pdf', includeNotes: false });
      expect(result.ok || result.error.message).toBe(true);
      expect((await readFile(join(dir, 'report.pdf'))).equals(pdf)).toBe(true);
      expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
      await api.close();
    }));

  it('says plainly that PDF needs the app when there is no printer', () =>
    withTempDir(async (dir) => {
      const { api } = await setup(dir);
      const result = await api.exportReport({ format: 'pdf', includeNotes: false });
      expect(!result.ok && result.error.code).toBe('UNAVAILABLE');
    }));
});

describe('never over the learner\'s data', () => {
  const own = (dir: string) => [
    join(dir, 'pathboard.json'),
    join(dir, 'pathboard.bak.json'),
    join(dir, 'pathboard.json.lock'),
    join(dir, 'PathBoard.JSON'),
    join(dir, 'pathboard.corrupt-2026-01-01T00-00-00-000Z.json'),
    join(dir, 'pathboard.before-restore-2026-01-01T00-00-00-000Z.json'),
    // Copies of the learner's data a sync tool or Pathboard's sync keeps beside the file.
    join(dir, 'pathboard.sync-conflict-20260101-000000-ABCDEFG.json'),
    join(dir, 'pathboard (conflicted copy 2026-01-01).json'),
    join(dir, 'pathboard-conflict-laptop-2026-01-01T00-00-00-000Z.json'),
    join(dir, 'pathboard.sync-conflict-20260101-000000-ABCDEFG.merged-2026-01-02T00-00-00-000Z.json'),
  ];

  it('refuses to export a report or back up over any of Pathboard\'s own files, and writes nothing', () =>
    withTempDir(async (dir) => {
      const { api, dataFile, answers } = await setup(dir);
      const bytes = await readFile(dataFile, 'utf8');
      const folder = await readdir(dir);
      for (const target of own(dir)) {
        answers.save = target;
        const exported = await api.exportReport({ format: 'md', includeNotes: false });
        expect(exported.ok || exported.error.message).toMatch(/one of Pathboard's own data files.*Nothing was written/);
        const backedUp = await api.backupData({});
        expect(backedUp.ok || backedUp.error.message).toMatch(/one of Pathboard's own data files/);
      }
      expect(await readFile(dataFile, 'utf8')).toBe(bytes);
      expect(await readdir(dir)).toEqual(folder);
    }));

  it('refuses an export through a link to the data file', () =>
    withTempDir(async (dir) => {
      const { symlink, link, mkdir } = await import('node:fs/promises');
      const { api, dataFile, answers } = await setup(dir);
      const bytes = await readFile(dataFile, 'utf8');
      await mkdir(join(dir, 'elsewhere'));
      await symlink(dataFile, join(dir, 'elsewhere', 'report.md'));
      await link(dataFile, join(dir, 'elsewhere', 'hard.md'));
      for (const target of [join(dir, 'elsewhere', 'report.md'), join(dir, 'elsewhere', 'hard.md')]) {
        answers.save = target;
        const exported = await api.exportReport({ format: 'md', includeNotes: false });
        expect(exported.ok || exported.error.code).toBe('INVALID_INPUT');
      }
      expect(await readFile(dataFile, 'utf8')).toBe(bytes);
    }));

  it('the CLI exits 2 with a clear message, writing nothing, for --out on the data file, its copy or any file it keeps', () =>
    withTempDir(async (dir) => {
      const { api, dataFile } = await setup(dir);
      await api.close();
      const bytes = await readFile(dataFile, 'utf8');
      for (const out of own(dir)) {
        const result = await runReportCli(['--data', dataFile, '--out', out], ROADMAPS_DIR);
        expect(result).toEqual({ code: 2, message: expect.stringMatching(/one of Pathboard's own data files.*Nothing was written/) });
      }
      expect(await readFile(dataFile, 'utf8')).toBe(bytes);
      expect((await readdir(dir)).sort()).toEqual(['pathboard.bak.json', 'pathboard.json'].filter((n) => existsSync(join(dir, n))));
    }));

  it('the CLI names a missing output folder instead of failing on a temp file', () =>
    withTempDir(async (dir) => {
      const { api, dataFile } = await setup(dir);
      await api.close();
      const result = await runReportCli(['--data', dataFile, '--out', join(dir, 'no-such-folder', 'r.md')], ROADMAPS_DIR);
      expect(result.code).toBe(2);
      expect(result.message).toBe(`The folder ${join(dir, 'no-such-folder')} does not exist. Choose a folder that does. Nothing was written.`);
    }));

  it('the CLI does not take a flag as a file name', () =>
    withTempDir(async (dir) => {
      const { api, dataFile } = await setup(dir);
      await api.close();
      const result = await runReportCli(['--data', '--notes', '--out', join(dir, 'r.md')], ROADMAPS_DIR);
      expect(result.code).toBe(2);
      expect(result.message).toMatch(/--data/);
      expect(existsSync(join(dir, 'r.md'))).toBe(false);
      expect(existsSync(join(dir, '--notes'))).toBe(false);
      void dataFile;
    }));
});

describe('report command line', () => {
  it('produces the same Markdown as the app for the same document', () =>
    withTempDir(async (dir) => {
      const { api, dataFile } = await setup(dir);
      const fromApp = await api.renderReport({ format: 'md', includeNotes: true });
      const out = join(dir, 'cli.md');
      const result = await runReportCli(['--data', dataFile, '--format', 'md', '--out', out, '--notes'], ROADMAPS_DIR, clock());
      expect(result).toEqual({ code: 0, message: `Wrote the MLOps Engineer report (md, with notes) to ${out}.` });
      expect(fromApp.ok && fromApp.data.content).toBe(await readFile(out, 'utf8'));
    }));

  it('refuses bad arguments and unreadable files with a message and exit code 2', () =>
    withTempDir(async (dir) => {
      expect((await runReportCli(['--data'], ROADMAPS_DIR)).code).toBe(2);
      await writeFile(join(dir, 'bad.json'), '{');
      const bad = await runReportCli(['--data', join(dir, 'bad.json'), '--out', join(dir, 'o.md')], ROADMAPS_DIR);
      expect(bad).toEqual({ code: 2, message: expect.stringMatching(/not a Pathboard data file/) });
      expect(existsSync(join(dir, 'o.md'))).toBe(false);
    }));

  it('--help prints the usage with every flag and format and exits 0', async () => {
    for (const flag of ['--help', '-h']) {
      const result = await runReportCli([flag], ROADMAPS_DIR);
      expect(result.code).toBe(0);
      expect(result.message).toMatch(/^Usage: npm run report/);
      for (const word of ['--data', '--format', '--out', '--notes', '--path', 'md, html, json, csv']) expect(result.message).toContain(word);
    }
  });

  it('names a missing or unreadable data file in a plain sentence, exits 2 and writes nothing', () =>
    withTempDir(async (dir) => {
      const missing = join(dir, 'nope.json');
      const result = await runReportCli(['--data', missing, '--out', join(dir, 'o.md')], ROADMAPS_DIR);
      expect(result).toEqual({ code: 2, message: `There is no file at ${missing}. Pass the data file with --data (pathboard.json in the app's data folder).` });
      const folder = await runReportCli(['--data', dir, '--out', join(dir, 'o.md')], ROADMAPS_DIR);
      expect(folder).toEqual({ code: 2, message: `${dir} is a folder. Pass the data file itself (pathboard.json).` });
      expect(existsSync(join(dir, 'o.md'))).toBe(false);
    }));

  it('lists the valid formats and path ids when given an unknown one', () =>
    withTempDir(async (dir) => {
      const format = await runReportCli(['--data', 'x', '--out', 'y', '--format', 'docx'], ROADMAPS_DIR);
      expect(format.code).toBe(2);
      expect(format.message).toMatch(/^Unknown format "docx"\. The formats are md, html, json, csv\./);
      const { api, dataFile } = await setup(dir);
      await api.close();
      const path = await runReportCli(['--data', dataFile, '--out', join(dir, 'o.md'), '--path', 'astronaut'], ROADMAPS_DIR);
      expect(path.code).toBe(2);
      expect(path.message).toMatch(/^There is no career path called "astronaut"\. The paths are .*mlops-engineer/);
      expect(path.message).toContain('data-scientist');
      expect(existsSync(join(dir, 'o.md'))).toBe(false);
    }));

  it('says which path, format and file it wrote', () =>
    withTempDir(async (dir) => {
      const { api, dataFile } = await setup(dir);
      await api.close();
      const out = join(dir, 'plain.html');
      expect(await runReportCli(['--data', dataFile, '--format', 'html', '--out', out], ROADMAPS_DIR)).toEqual({
        code: 0,
        message: `Wrote the MLOps Engineer report (html) to ${out}.`,
      });
    }));

  it('runs as the built script npm run report uses', () =>
    withTempDir(async (dir) => {
      const script = resolve(import.meta.dirname, '..', '..', '..', 'out', 'cli', 'report.js');
      if (!existsSync(script)) throw new Error(`${script} is missing: run "npm run build" first (npm test does).`);
      const { dataFile } = await setup(dir);
      const out = join(dir, 'r.html');
      const { stdout } = await promisify(execFile)(process.execPath, [script, '--data', dataFile, '--format', 'html', '--out', out]);
      expect(stdout).toContain('Wrote the MLOps Engineer report (html)');
      expect(await readFile(out, 'utf8')).toMatch(/^<!doctype html>[\s\S]*Containerize with Docker/);
    }));
});
