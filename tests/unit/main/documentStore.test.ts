import { spawn } from 'node:child_process';
import { copyFile, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, emptyDocument, UserDocumentSchema, type UserDocument } from '../../../src/shared/document';
import { applyStatus } from '../../../src/shared/progress';
import { DocumentStore } from '../../../src/main/store/documentStore';
import { backupPath, quarantineName } from '../../../src/main/store/recovery';
import { nodeFs, writeFileDurable, type StoreFs } from '../../../src/main/store/durableWrite';
import { DataFileLockedError, lockPathOf, thisHost } from '../../../src/main/store/lockFile';
import { FIXTURES_DIR, withTempDir } from '../../support/tempDir';

const clock = () => new Date('2026-04-02T09:15:30.123Z');
const STAMP = '2026-04-02T09-15-30-123Z';

/** The folder's files, without the lock an open store holds. */
async function files(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => !name.endsWith('.lock')).sort();
}

function docWith(activePathId: string, done: string[] = []): UserDocument {
  return done.reduce<UserDocument>((doc, id) => applyStatus(doc, id, 'done', clock()), { ...emptyDocument(), activePathId });
}

const json = (doc: unknown) => `${JSON.stringify(doc, null, 2)}\n`;

describe('DocumentStore', () => {
  it('starts on an empty document when there is no file, and writes nothing until a change', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'pathboard.json');
      const store = await DocumentStore.open(file, clock);
      expect(store.document).toEqual(emptyDocument());
      expect(store.notices).toEqual([]);
      expect(await files(dir)).toEqual([]);
      await store.close();
      expect(await readdir(dir)).toEqual([]);
    }));

  it('writes a change that a new instance reads back the same', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'pathboard.json');
      const store = await DocumentStore.open(file, clock);
      const saved = await store.update((doc) => applyStatus({ ...doc, activePathId: 'mlops-engineer' }, 'docker', 'done', clock()));
      await store.close();
      const reopened = await DocumentStore.open(file, clock);
      expect(reopened.document).toEqual(saved);
      expect(UserDocumentSchema.parse(JSON.parse(await readFile(file, 'utf8')))).toEqual(saved);
      expect(await files(dir)).toEqual(['pathboard.bak.json', 'pathboard.json']);
    }));

  it('applies queued changes in order, each on top of the last', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'pathboard.json');
      const store = await DocumentStore.open(file, clock);
      const ids = Array.from({ length: 20 }, (_, i) => `m${i}`);
      await Promise.all(ids.map((id) => store.update((doc) => applyStatus(doc, id, 'done', clock()))));
      const reopened = await DocumentStore.open(file, clock);
      expect(reopened.document.history.map((h) => h.milestoneId)).toEqual(ids);
    }));

  it('keeps memory on the old document when a change throws, and the queue keeps going', () =>
    withTempDir(async (dir) => {
      const store = await DocumentStore.open(join(dir, 'pathboard.json'), clock);
      await expect(
        store.update(() => {
          throw new Error('bad change');
        }),
      ).rejects.toThrow('bad change');
      expect(store.document).toEqual(emptyDocument());
      // Nothing written for it, nor for a change that changes nothing: the temp file started for each is gone.
      expect(await store.update((doc) => doc)).toBe(store.document);
      expect(await files(dir)).toEqual([]);
      await store.update((doc) => ({ ...doc, activePathId: 'ml-engineer' }));
      expect(store.document.activePathId).toBe('ml-engineer');
    }));

  it('opens a v1 file as a current document and leaves the file as it was until the first change', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'pathboard.json');
      await copyFile(join(FIXTURES_DIR, 'documents', 'v1.json'), file);
      const original = await readFile(file, 'utf8');
      const store = await DocumentStore.open(file, clock);
      expect(store.document.schemaVersion).toBe(SCHEMA_VERSION);
      expect(store.document.customMilestones).toEqual([]);
      expect(store.document.progress['docker']?.status).toBe('in-progress');
      expect(store.notices).toEqual([]);
      expect(await readFile(file, 'utf8')).toBe(original);
      await store.update((doc) => applyStatus(doc, 'docker', 'done', clock()));
      const written = JSON.parse(await readFile(file, 'utf8'));
      expect(written.schemaVersion).toBe(SCHEMA_VERSION);
      expect(UserDocumentSchema.safeParse(written).success).toBe(true);
    }));

  it('waits for queued changes on close, then refuses new ones and releases the lock', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'pathboard.json');
      const store = await DocumentStore.open(file, clock);
      expect(await readdir(dir)).toEqual(['pathboard.json.lock']);
      const pending = store.update((doc) => ({ ...doc, activePathId: 'ml-engineer' }));
      await store.close();
      await expect(pending).resolves.toMatchObject({ activePathId: 'ml-engineer' });
      await expect(store.update((doc) => ({ ...doc, activePathId: 'x' }))).rejects.toThrow(/closing/);
      expect(await readdir(dir)).toEqual(['pathboard.json']);
    }));
});

describe('writeFileDurable', () => {
  function recordingFs(log: string[]): StoreFs {
    return {
      ...nodeFs,
      // Each call is logged as it is made, so calls that run side by side show in the order they were started.
      async open(path, flags, mode) {
        const name = flags === 'r' ? 'folder' : 'temp';
        log.push(`open ${name}`);
        const handle = await nodeFs.open(path, flags, mode);
        return {
          writeFile: async (data) => (log.push(`write ${name}`), handle.writeFile(data)),
          stat: async () => (log.push(`stat ${name}`), handle.stat()),
          sync: async () => (log.push(`fsync ${name}`), handle.sync()),
          close: async () => (log.push(`close ${name}`), handle.close()),
        };
      },
      rename: async (from, to) => (log.push('rename'), nodeFs.rename(from, to)),
    };
  }

  it('writes a unique temp file, fsyncs it, renames it over the file, then fsyncs the folder', () =>
    withTempDir(async (dir) => {
      const log: string[] = [];
      await writeFileDurable(join(dir, 'pathboard.json'), 'hello', recordingFs(log));
      // One call after the other: the bytes are synced before the rename, and the folder's fsync makes the rename durable.
      expect(log).toEqual(['open temp', 'write temp', 'fsync temp', 'stat temp', 'close temp', 'rename', 'open folder', 'fsync folder', 'close folder']);
      expect(await readdir(dir)).toEqual(['pathboard.json']);
    }));

  it('writes bytes as they are and strings as UTF-8, and returns the stamp the file has under its own name', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'pathboard.json');
      const bytes = Buffer.from('{"notes":"café ✓"}\n');
      const { stamp: fromBytes } = await writeFileDurable(file, bytes);
      expect((await readFile(file)).equals(bytes)).toBe(true);
      const onDisk = await stat(file);
      expect([fromBytes.size, fromBytes.mtimeMs]).toEqual([onDisk.size, onDisk.mtimeMs]);
      await writeFileDurable(file, '{"notes":"café ✓"}\n');
      expect((await readFile(file)).equals(bytes)).toBe(true);
    }));

  it('runs the check before the replace once the bytes are synced, and a check that throws leaves the old file alone', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'pathboard.json');
      await writeFile(file, 'old');
      const log: string[] = [];
      await writeFileDurable(file, 'new', recordingFs(log), { beforeReplace: async () => void log.push('check') });
      expect(log.slice(0, 7)).toEqual(['open temp', 'write temp', 'fsync temp', 'stat temp', 'close temp', 'check', 'rename']);
      expect(await readFile(file, 'utf8')).toBe('new');
      const refused = writeFileDurable(file, 'newer', nodeFs, {
        beforeReplace: async () => {
          throw new Error('another device wrote it');
        },
      });
      await expect(refused).rejects.toThrow('another device wrote it');
      expect(await readFile(file, 'utf8')).toBe('new');
      expect(await readdir(dir)).toEqual(['pathboard.json']);
    }));

  it('never shares a temp file between concurrent writers', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'pathboard.json');
      await Promise.all(Array.from({ length: 10 }, (_, i) => writeFileDurable(file, `{"n":${i}}`)));
      expect(JSON.parse(await readFile(file, 'utf8')).n).toBeGreaterThanOrEqual(0);
      expect(await readdir(dir)).toEqual(['pathboard.json']);
    }));
});

describe('no write before a successful load', () => {
  /** Reading the data file and its copies fails; the lock beside them still reads. */
  const failingRead = (code: string): StoreFs => ({
    ...nodeFs,
    readFile: async (path, encoding) => {
      if (path.endsWith('.lock')) return nodeFs.readFile(path, encoding);
      throw Object.assign(new Error(`${code}: injected`), { code });
    },
  });

  it('opens a data file that exists but cannot be read read-only, says which file and why, and changes nothing', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'pathboard.json');
      const content = json(docWith('mlops-engineer', ['docker']));
      await writeFile(file, content);
      const store = await DocumentStore.open(file, clock, { fs: failingRead('EIO') });
      expect(store.readOnly).toBe(true);
      expect(store.notices[0]).toMatchObject({ kind: 'data-file-unreadable' });
      expect(store.notices[0]?.message).toContain(`could not read your data file ${file} because the disk reported a read error (EIO)`);
      await expect(store.update((doc) => ({ ...doc, activePathId: 'x' }))).rejects.toThrow(/read-only/);
      await store.close();
      expect(await readFile(file, 'utf8')).toBe(content);
      expect(await readdir(dir)).toEqual(['pathboard.json']);
    }));

  it('opens read-only when a bad file cannot be moved aside, and writes nothing over it', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'pathboard.json');
      await writeFile(file, '{"schemaVersion":1,"broken');
      const fs: StoreFs = {
        ...nodeFs,
        rename: async () => {
          throw Object.assign(new Error('EACCES: injected'), { code: 'EACCES' });
        },
      };
      const store = await DocumentStore.open(file, clock, { fs });
      expect(store.readOnly).toBe(true);
      expect(store.notices[0]?.message).toMatch(/could not be moved aside \(Pathboard is not allowed to write to its data folder \(EACCES\)\), so nothing was changed/);
      await expect(store.update((doc) => ({ ...doc, activePathId: 'y' }))).rejects.toThrow(/read-only/);
      await store.close();
      expect(await readFile(file, 'utf8')).toBe('{"schemaVersion":1,"broken');
      expect(await readdir(dir)).toEqual(['pathboard.json']);
    }));
});

describe('last-good copy', () => {
  it('is refreshed, byte for byte, from a data file that loaded and validated', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'pathboard.json');
      const content = json(docWith('ml-engineer', ['python-foundations']));
      await writeFile(file, content);
      await (await DocumentStore.open(file, clock)).close();
      expect(await readFile(backupPath(file), 'utf8')).toBe(content);
    }));

  it('is never written from defaults or a fresh document, only at the next start after a good read', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'pathboard.json');
      const store = await DocumentStore.open(file, clock);
      const saved = await store.update((doc) => ({ ...doc, activePathId: 'data-scientist' }));
      await store.close();
      expect(await readdir(dir)).toEqual(['pathboard.json']);
      await (await DocumentStore.open(file, clock)).close();
      expect(JSON.parse(await readFile(backupPath(file), 'utf8'))).toEqual(saved);
    }));

  it('is not replaced by a newer Pathboard’s copy, nor refreshed from a file this version cannot read', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'pathboard.json');
      const newer = JSON.stringify({ schemaVersion: 99, fromTheFuture: true });
      await writeFile(backupPath(file), newer);
      await writeFile(file, json(docWith('ml-engineer')));
      await (await DocumentStore.open(file, clock)).close();
      expect(await readFile(backupPath(file), 'utf8')).toBe(newer);
    }));
});

describe('unreadable data files', () => {
  const badFiles: Array<[string, string]> = [
    ['a truncated file', '{"schemaVersion":1,"activePathId":"mlops-engineer","progress":{"dock'],
    ['an empty file', ''],
    ['a file of the wrong shape', '{"hello":"world"}'],
    ['a file with an invalid status', '{"schemaVersion":1,"activePathId":null,"progress":{"docker":{"status":"finished"}},"history":[]}'],
    ['a JSON array', '[1,2,3]'],
    ['JSON null', 'null'],
    ['a file without schemaVersion', '{"activePathId":null,"progress":{},"history":[]}'],
    ['a file with schemaVersion 0', '{"schemaVersion":0,"activePathId":null,"progress":{},"history":[]}'],
    ['a file with a fractional schemaVersion', '{"schemaVersion":1.5,"activePathId":null,"progress":{},"history":[]}'],
    ['a file with a __proto__ key', '{"schemaVersion":2,"__proto__":{"polluted":true},"activePathId":null}'],
    ['binary garbage', '\u0000\u0001\u00ff\ufffd{'],
    ['a v2 file with an unknown field', json({ ...emptyDocument(), admin: true })],
  ];

  // Printed so the closing note can quote how many classes of bad file were tried.
  console.log(`bad data file classes tried: ${badFiles.length} (each alone, with a good copy, and with a bad copy)`);

  for (const [label, content] of badFiles) {
    it(`moves ${label} aside unchanged, starts fresh and says where it went`, () =>
      withTempDir(async (dir) => {
        const file = join(dir, 'pathboard.json');
        await writeFile(file, content);
        const store = await DocumentStore.open(file, clock);
        const aside = quarantineName(file, clock());
        expect(aside).toBe(join(dir, `pathboard.corrupt-${STAMP}.json`));
        expect(await readFile(aside, 'utf8')).toBe(content);
        expect(store.document).toEqual(emptyDocument());
        expect(store.notices).toEqual([
          expect.objectContaining({ kind: 'data-file-quarantined', path: aside, message: expect.stringContaining(aside) }),
        ]);
        await store.update((doc) => ({ ...doc, activePathId: 'ml-engineer' }));
        expect(await readFile(aside, 'utf8')).toBe(content);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }));

    it(`restores the last good copy when the data file is ${label}`, () =>
      withTempDir(async (dir) => {
        const file = join(dir, 'pathboard.json');
        const good = json(docWith('mlops-engineer', ['docker']));
        await writeFile(backupPath(file), good);
        await writeFile(file, content);
        const store = await DocumentStore.open(file, clock);
        const aside = join(dir, `pathboard.corrupt-${STAMP}.json`);
        expect(store.document).toEqual(JSON.parse(good));
        expect(store.readOnly).toBe(false);
        expect(await readFile(aside, 'utf8')).toBe(content);
        expect(await readFile(file, 'utf8')).toBe(good);
        expect(await readFile(backupPath(file), 'utf8')).toBe(good);
        expect(store.notices).toHaveLength(1);
        expect(store.notices[0]).toMatchObject({ kind: 'data-file-quarantined', path: aside });
        expect(store.notices[0]?.message).toContain(aside);
        expect(store.notices[0]?.message).toContain(`last good copy of your data (${backupPath(file)}`);
        expect(store.notices[0]?.message).toContain('was restored');
      }));

    it(`moves both aside when the data file and its last good copy are ${label}`, () =>
      withTempDir(async (dir) => {
        const file = join(dir, 'pathboard.json');
        await writeFile(file, content);
        await writeFile(backupPath(file), content);
        const store = await DocumentStore.open(file, clock);
        const aside = join(dir, `pathboard.corrupt-${STAMP}.json`);
        const backupAside = join(dir, `pathboard.bak.corrupt-${STAMP}.json`);
        expect(await files(dir)).toEqual([`pathboard.bak.corrupt-${STAMP}.json`, `pathboard.corrupt-${STAMP}.json`]);
        expect(await readFile(aside, 'utf8')).toBe(content);
        expect(await readFile(backupAside, 'utf8')).toBe(content);
        expect(store.document).toEqual(emptyDocument());
        expect(store.notices.map((n) => [n.kind, n.path])).toEqual([
          ['data-file-quarantined', aside],
          ['data-file-quarantined', backupAside],
        ]);
        expect(store.notices[0]?.message).toContain(aside);
        expect(store.notices[0]?.message).toContain(backupAside);
        expect(store.notices[0]?.message).toContain('started with fresh data');
      }));
  }

  it('never moves a bad file over one moved aside earlier', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'pathboard.json');
      await writeFile(file, 'first');
      await (await DocumentStore.open(file, clock)).close();
      await writeFile(file, 'second');
      const store = await DocumentStore.open(file, clock);
      expect(await readFile(join(dir, `pathboard.corrupt-${STAMP}.json`), 'utf8')).toBe('first');
      expect(await readFile(join(dir, `pathboard.corrupt-${STAMP}-1.json`), 'utf8')).toBe('second');
      expect(store.notices[0]?.path).toBe(join(dir, `pathboard.corrupt-${STAMP}-1.json`));
    }));
});

describe('files from a newer Pathboard', () => {
  it('opens a newer data file read-only and never rewrites it or its last good copy', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'pathboard.json');
      const content = JSON.stringify({ schemaVersion: 99, activePathId: 'x', somethingNew: true });
      const backup = json(docWith('ml-engineer'));
      await writeFile(file, content);
      await writeFile(backupPath(file), backup);
      const store = await DocumentStore.open(file, clock);
      expect(store.readOnly).toBe(true);
      expect(store.notices).toEqual([
        { kind: 'data-file-newer', path: file, message: expect.stringMatching(/newer version of Pathboard \(data format 99\).*read-only/) },
      ]);
      await expect(store.update((doc) => ({ ...doc, activePathId: 'y' }))).rejects.toThrow(/read-only/);
      await store.close();
      expect(await readFile(file, 'utf8')).toBe(content);
      expect(await readFile(backupPath(file), 'utf8')).toBe(backup);
      expect(await readdir(dir)).toEqual(['pathboard.bak.json', 'pathboard.json']);
    }));

  it('opens read-only, without touching the copy, when the data file is bad and the last good copy is newer', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'pathboard.json');
      const newer = JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, activePathId: 'x' });
      await writeFile(file, '{broken');
      await writeFile(backupPath(file), newer);
      const store = await DocumentStore.open(file, clock);
      expect(store.readOnly).toBe(true);
      expect(store.notices.map((n) => n.kind)).toEqual(['data-file-quarantined', 'data-file-newer']);
      expect(store.notices[1]?.path).toBe(backupPath(file));
      await expect(store.update((doc) => ({ ...doc, activePathId: 'y' }))).rejects.toThrow(/read-only/);
      expect(await readFile(backupPath(file), 'utf8')).toBe(newer);
      expect(await readFile(join(dir, `pathboard.corrupt-${STAMP}.json`), 'utf8')).toBe('{broken');
      expect(await files(dir)).toEqual(['pathboard.bak.json', `pathboard.corrupt-${STAMP}.json`]);
    }));
});

describe('data file lock', () => {
  async function withLiveProcess<T>(fn: (pid: number) => Promise<T>): Promise<T> {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    const exited = new Promise((done) => child.on('exit', done));
    try {
      return await fn(child.pid!);
    } finally {
      child.kill('SIGKILL');
      await exited;
    }
  }

  it('holds <file>.lock with its pid while open, and removes it on close', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'pathboard.json');
      const store = await DocumentStore.open(file, clock);
      expect(await readFile(lockPathOf(file), 'utf8')).toBe(`${process.pid}\n${thisHost()}\n`);
      await store.close();
      expect(await readdir(dir)).toEqual([]);
    }));

  it('refuses to open a file that a live process holds, with a typed error naming it, and changes nothing', () =>
    withTempDir((dir) =>
      withLiveProcess(async (pid) => {
        const file = join(dir, 'pathboard.json');
        const content = json(docWith('ml-engineer'));
        await writeFile(file, content);
        await writeFile(lockPathOf(file), `${pid}\n`);
        const error = await DocumentStore.open(file, clock).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(DataFileLockedError);
        expect((error as DataFileLockedError).holderPid).toBe(pid);
        expect((error as Error).message).toContain(`Another Pathboard (process ${pid}) is already using your data file at ${file}`);
        expect(await readFile(file, 'utf8')).toBe(content);
        expect(await readFile(lockPathOf(file), 'utf8')).toBe(`${pid}\n`);
        expect(await readdir(dir)).toEqual(['pathboard.json', 'pathboard.json.lock']);
      }),
    ));

  const staleLocks: Array<[string, () => Promise<string>]> = [
    ['a process that is gone', async () => {
      const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
      await new Promise((done) => child.on('exit', done));
      return `${child.pid}\n`;
    }],
    ['this pid, left by a dead process whose pid was reused', async () => `${process.pid}\n`],
    ['nothing readable', async () => 'garbage'],
  ];
  for (const [label, content] of staleLocks) {
    it(`takes over a stale lock held by ${label}`, () =>
      withTempDir(async (dir) => {
        const file = join(dir, 'pathboard.json');
        await writeFile(lockPathOf(file), await content());
        const store = await DocumentStore.open(file, clock);
        expect(await readFile(lockPathOf(file), 'utf8')).toBe(`${process.pid}\n${thisHost()}\n`);
        await store.update((doc) => ({ ...doc, activePathId: 'ml-engineer' }));
        await store.close();
        expect(await readdir(dir)).toEqual(['pathboard.json']);
      }));
  }

  it('lets one process open the same file twice (an in-process restart) and keeps the lock until both close', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'pathboard.json');
      const first = await DocumentStore.open(file, clock);
      const second = await DocumentStore.open(file, clock);
      await first.close();
      expect(await readdir(dir)).toContain('pathboard.json.lock');
      await second.close();
      expect(await readdir(dir)).toEqual([]);
    }));

  it('removes temp files a killed writer left behind, but not a live writer’s', () =>
    withTempDir((dir) =>
      withLiveProcess(async (livePid) => {
        const file = join(dir, 'pathboard.json');
        const dead = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
        await new Promise((done) => dead.on('exit', done));
        await writeFile(join(dir, `.pathboard.json.${dead.pid}.0a1b2c.tmp`), '{"half');
        await writeFile(join(dir, `.pathboard.bak.json.${dead.pid}.0a1b2d.tmp`), '{"half');
        await writeFile(join(dir, `.pathboard.json.${livePid}.0a1b2e.tmp`), '{"half');
        await writeFile(join(dir, '.notes.txt.1.0a1b2f.tmp'), 'not ours');
        const store = await DocumentStore.open(file, clock);
        expect(await files(dir)).toEqual([`.notes.txt.1.0a1b2f.tmp`, `.pathboard.json.${livePid}.0a1b2e.tmp`]);
        await store.close();
      }),
    ));
});
