// Start-up recovery as a table: data file {missing, good, unreadable, newer} x last good copy {missing, good,
// unreadable, newer} x disk {writable, full, read-only}. For every cell: the document the learner gets, whether it is
// read-only, the notices, and every file left on disk with its bytes (sha256).
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentStore } from '../../../src/main/store/documentStore';
import { backupPath } from '../../../src/main/store/recovery';
import { nodeFs, type StoreFs } from '../../../src/main/store/durableWrite';
import { SCHEMA_VERSION, emptyDocument, type Notice, type UserDocument } from '../../../src/shared/document';
import { applyStatus } from '../../../src/shared/progress';
import { withTempDir } from '../../support/tempDir';

const clock = () => new Date('2026-04-02T09:15:30.123Z');
const STAMP = '2026-04-02T09-15-30-123Z';

const docA: UserDocument = applyStatus({ ...emptyDocument(), activePathId: 'mlops-engineer' }, 'docker', 'done', clock());
const docB: UserDocument = applyStatus({ ...emptyDocument(), activePathId: 'data-scientist' }, 'statistics', 'in-progress', clock());
const CONTENT = {
  A: `${JSON.stringify(docA, null, 2)}\n`,
  B: `${JSON.stringify(docB, null, 2)}\n`,
  broken: '{"schemaVersion":3,"activePathId":"ml-eng',
  notJson: 'this is not JSON at all',
  newerMain: JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, activePathId: 'from-the-future' }),
  newerBak: JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, activePathId: 'backup-from-the-future' }),
} as const;
type Content = keyof typeof CONTENT;
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

type MainState = 'missing' | 'good' | 'unreadable' | 'newer';
type BakState = MainState;
type Disk = 'writable' | 'full' | 'read-only';
const MAIN_CONTENT: Record<MainState, Content | null> = { missing: null, good: 'A', unreadable: 'broken', newer: 'newerMain' };
const BAK_CONTENT: Record<BakState, Content | null> = { missing: null, good: 'B', unreadable: 'notJson', newer: 'newerBak' };

const ioError = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

/** The disk as the store sees it through its fs seam. */
function diskFs(disk: Disk): StoreFs {
  if (disk === 'writable') return nodeFs;
  if (disk === 'full') {
    // Renames need no space; creating and writing a file does. The lock's few bytes still fit (a full disk refusing
    // even those opens read-only, which the fault-injection test covers).
    return {
      ...nodeFs,
      open: async (path, flags, mode) => {
        if (flags === 'wx' && !path.includes('.lock.')) throw ioError('ENOSPC');
        return nodeFs.open(path, flags, mode);
      },
    };
  }
  return {
    ...nodeFs,
    writeBlocked: async () => ({ code: 'EACCES', what: 'folder' }),
    open: async (path, flags, mode) => {
      if (flags === 'wx') throw ioError('EACCES');
      return nodeFs.open(path, flags, mode);
    },
    rename: async () => {
      throw ioError('EACCES');
    },
  };
}

// File names after start-up: the data file, its last good copy, and the two moved-aside names.
const FILES = {
  main: 'pathboard.json',
  bak: 'pathboard.bak.json',
  aside: `pathboard.corrupt-${STAMP}.json`,
  bakAside: `pathboard.bak.corrupt-${STAMP}.json`,
} as const;
type Files = Partial<Record<keyof typeof FILES, Content>>;

interface Expected {
  doc: 'A' | 'B' | 'empty';
  readOnly: boolean;
  files: Files;
  /** Each notice's kind and what its message must say. */
  notices: Array<[Notice['kind'], RegExp]>;
}

const RESTORED = /and the last good copy of your data \(.*pathboard\.bak\.json, saved when Pathboard last opened it\) was restored/;
const NOT_WRITTEN_BACK = /showing the last good copy of your data \(.*pathboard\.bak\.json\), but could not write it back as your data file because the disk is full \(ENOSPC\)/;
const READ_ONLY_FOLDER = /opened your data read-only because Pathboard cannot write to the folder of .*pathboard\.json: Pathboard is not allowed to write to its data folder \(EACCES\)/;
const MOVED = new RegExp(`moved, unchanged, to .*${FILES.aside.replace(/\./g, '\\.')}`);
const BAK_MOVED = new RegExp(`moved, unchanged, to .*${FILES.bakAside.replace(/\./g, '\\.')}`);
const NEWER_MAIN = /Your data file \(.*pathboard\.json\) was written by a newer version of Pathboard/;
const NEWER_BAK = /The last good copy of your data \(.*pathboard\.bak\.json\) was written by a newer version of Pathboard/;

/** What `main` x `bak` give on a disk that takes writes; the other disks differ only where start-up writes. */
function expected(main: MainState, bak: BakState, disk: Disk): Expected {
  const unchanged: Files = {};
  if (MAIN_CONTENT[main]) unchanged.main = MAIN_CONTENT[main]!;
  if (BAK_CONTENT[bak]) unchanged.bak = BAK_CONTENT[bak]!;

  if (main === 'newer') return { doc: 'empty', readOnly: true, files: unchanged, notices: [['data-file-newer', NEWER_MAIN]] };

  if (disk === 'read-only') {
    const lead = main === 'missing' ? /^Pathboard is showing|^The last good copy|^Your data file .* is missing|^Pathboard opened/ : /could not read your data file.*Nothing was moved or changed/;
    if (main === 'good') return { doc: 'A', readOnly: true, files: unchanged, notices: [['read-only', READ_ONLY_FOLDER]] };
    switch (bak) {
      case 'good':
        return { doc: 'B', readOnly: true, files: unchanged, notices: [['read-only', /showing the last good copy of your data \(.*pathboard\.bak\.json\), read-only/]] };
      case 'newer':
        return { doc: 'empty', readOnly: true, files: unchanged, notices: [['data-file-newer', NEWER_BAK]] };
      case 'unreadable':
        return { doc: 'empty', readOnly: true, files: unchanged, notices: [['read-only', /The last good copy \(.*pathboard\.bak\.json\) could not be read .* and was left as it is/]] };
      case 'missing':
        return { doc: 'empty', readOnly: true, files: unchanged, notices: [['read-only', main === 'missing' ? READ_ONLY_FOLDER : lead]] };
    }
  }

  if (main === 'good') {
    switch (bak) {
      case 'missing':
        return disk === 'full'
          ? { doc: 'A', readOnly: false, files: { main: 'A' }, notices: [['last-good-copy', /could not refresh the last good copy .* because the disk is full \(ENOSPC\)\. Your data file is fine\./]] }
          : { doc: 'A', readOnly: false, files: { main: 'A', bak: 'A' }, notices: [] };
      case 'good':
        return disk === 'full'
          ? { doc: 'A', readOnly: false, files: { main: 'A', bak: 'B' }, notices: [['last-good-copy', /could not refresh .* the previous copy is untouched/]] }
          : { doc: 'A', readOnly: false, files: { main: 'A', bak: 'A' }, notices: [] };
      case 'unreadable':
        return {
          doc: 'A',
          readOnly: false,
          files: disk === 'full' ? { main: 'A', bakAside: 'notJson' } : { main: 'A', bak: 'A', bakAside: 'notJson' },
          notices: [['last-good-copy', disk === 'full' ? new RegExp(`${BAK_MOVED.source}\\. Pathboard could not refresh`) : new RegExp(`${BAK_MOVED.source}, and a new copy was made`)]],
        };
      case 'newer':
        return { doc: 'A', readOnly: false, files: unchanged, notices: [] };
    }
  }

  // The data file is missing or unreadable, and the disk takes renames (writable or full).
  const aside: Files = main === 'unreadable' ? { aside: 'broken' } : {};
  const lead = main === 'unreadable' ? MOVED : /Your data file .*pathboard\.json is missing/;
  const kindOfLead: Notice['kind'] = main === 'unreadable' ? 'data-file-quarantined' : 'data-file-restored';
  switch (bak) {
    case 'good':
      return disk === 'full'
        ? { doc: 'B', readOnly: false, files: { ...aside, bak: 'B' }, notices: [[kindOfLead, new RegExp(`${lead.source}[\\s\\S]*${NOT_WRITTEN_BACK.source}`)]] }
        : { doc: 'B', readOnly: false, files: { ...aside, main: 'B', bak: 'B' }, notices: [[kindOfLead, new RegExp(`${lead.source}[\\s\\S]*${RESTORED.source}`)]] };
    case 'missing':
      return main === 'missing'
        ? { doc: 'empty', readOnly: false, files: {}, notices: [] }
        : { doc: 'empty', readOnly: false, files: aside, notices: [['data-file-quarantined', /no last good copy to restore, so Pathboard started with fresh data/]] };
    case 'unreadable':
      return {
        doc: 'empty',
        readOnly: false,
        files: { ...aside, bakAside: 'notJson' },
        notices:
          main === 'unreadable'
            ? [
                ['data-file-quarantined', new RegExp(`${MOVED.source}[\\s\\S]*could not be read either[\\s\\S]*${BAK_MOVED.source}[\\s\\S]*started with fresh data`)],
                ['data-file-quarantined', BAK_MOVED],
              ]
            : [['data-file-quarantined', new RegExp(`is missing\\. The last good copy could not be read \\(.*\\); it was ${BAK_MOVED.source}[\\s\\S]*started with fresh data`)]],
      };
    case 'newer':
      return { doc: 'empty', readOnly: true, files: { ...aside, bak: 'newerBak' }, notices: [['data-file-quarantined', lead], ['data-file-newer', NEWER_BAK]] };
  }
}

const MAINS: MainState[] = ['missing', 'good', 'unreadable', 'newer'];
const DISKS: Disk[] = ['writable', 'full', 'read-only'];
const DOCS = { A: docA, B: docB, empty: emptyDocument() };

async function filesIn(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).filter((n) => !n.endsWith('.lock')).sort()) out[name] = sha(await readFile(join(dir, name), 'utf8'));
  return out;
}

describe('start-up recovery table', () => {
  for (const main of MAINS) {
    for (const bak of MAINS) {
      for (const disk of DISKS) {
        const want = expected(main, bak, disk);
        it(`data file ${main}, last good copy ${bak}, disk ${disk}: ${want.doc === 'empty' ? 'fresh data' : `data ${want.doc}`}${want.readOnly ? ', read-only' : ''}`, () =>
          withTempDir(async (dir) => {
            const file = join(dir, FILES.main);
            const before: string[] = [];
            if (MAIN_CONTENT[main]) before.push(CONTENT[MAIN_CONTENT[main]!]);
            // The one file start-up replaces: an older last-good copy, by the data file that just loaded cleanly.
            const refreshed = main === 'good' && bak === 'good' && disk === 'writable';
            if (BAK_CONTENT[bak] && !refreshed) before.push(CONTENT[BAK_CONTENT[bak]!]);
            if (MAIN_CONTENT[main]) await writeFile(file, CONTENT[MAIN_CONTENT[main]!]);
            if (BAK_CONTENT[bak]) await writeFile(backupPath(file), CONTENT[BAK_CONTENT[bak]!]);

            const store = await DocumentStore.open(file, clock, { fs: diskFs(disk) });
            expect(store.document).toEqual(DOCS[want.doc]);
            expect(store.readOnly).toBe(want.readOnly);
            expect(store.notices.map((n) => n.kind)).toEqual(want.notices.map(([kind]) => kind));
            want.notices.forEach(([, pattern], i) => expect(store.notices[i]?.message).toMatch(pattern));

            // Every file left on disk, byte for byte.
            const wantFiles = Object.fromEntries(
              Object.entries(want.files).map(([key, content]) => [FILES[key as keyof typeof FILES], sha(CONTENT[content])]),
            );
            expect(await filesIn(dir)).toEqual(wantFiles);

            // Whatever the cell: nothing the learner had is gone, and no notice claims a restore that did not happen.
            const left = new Set(Object.values(await filesIn(dir)));
            for (const text of before) expect(left.has(sha(text))).toBe(true);
            for (const n of store.notices) {
              if (/was restored/.test(n.message)) expect(sha(await readFile(file, 'utf8'))).toBe(sha(CONTENT.B));
              expect(n.message).toMatch(/pathboard(\.bak)?(\.corrupt-[^ ]*)?\.json/);
            }
            if (want.readOnly) {
              await expect(store.update((doc) => ({ ...doc, activePathId: 'changed' }))).rejects.toThrow(/read-only|cannot|newer/i);
              expect(await filesIn(dir)).toEqual(wantFiles);
            }
            await store.close();
          }));
      }
    }
  }

  it('opens a data file the learner made read-only as read-only, even for an administrator, and writes nothing', () =>
    withTempDir(async (dir) => {
      const { chmod } = await import('node:fs/promises');
      const file = join(dir, FILES.main);
      await writeFile(file, CONTENT.A);
      await chmod(file, 0o444);
      const store = await DocumentStore.open(file, clock);
      expect(store.readOnly).toBe(true);
      expect(store.notices[0]?.message).toMatch(/read-only because your data file .*pathboard\.json is read-only/);
      await expect(store.update((doc) => ({ ...doc, activePathId: 'x' }))).rejects.toThrow(/read-only/);
      await store.close();
      expect(await filesIn(dir)).toEqual({ [FILES.main]: sha(CONTENT.A) });
    }));
});
