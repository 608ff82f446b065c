// The writer thread replaces files as writeFileDurable does: exact bytes, the new file's stamp, the guard asked before a
// version the store did not write is replaced, and every failure reported with its errno code and no temp file left.
// (The store's own suites write through it too: random sequences with restarts, and SIGKILLs in crash.test.ts.)
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { tempPathFor } from '../../../src/main/store/durableWrite';
import { WriterThread, type ThreadStep } from '../../../src/main/store/writerThread';
import { withTempDir } from '../../support/tempDir';

const thread = new WriterThread();
afterAll(() => thread.close());

const shared = (text: string) => {
  const bytes = Buffer.from(new SharedArrayBuffer(text.length + 8), 4, text.length);
  bytes.write(text);
  return bytes;
};
const stampOf = async (file: string) => {
  const s = await stat(file);
  return `${s.size}:${s.mtimeMs}`;
};
const write = (file: string, bytes: Uint8Array, expected: string | null, beforeReplace: (onDiskNow: string) => Promise<void> = async () => undefined) =>
  thread.write({ file, temp: tempPathFor(file), bytes, expected, beforeReplace });

describe('WriterThread', () => {
  it('writes the exact bytes, from shared memory or not, and gives the stamp the new file has', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'data.json');
      const first = await write(file, shared('{"a":1}\n'), null);
      expect(await readFile(file, 'utf8')).toBe('{"a":1}\n');
      expect(`${first.size}:${first.mtimeMs}`).toBe(await stampOf(file));
      const second = await write(file, Buffer.from('{"a":22}\n'), await stampOf(file));
      expect(await readFile(file, 'utf8')).toBe('{"a":22}\n');
      expect(second.size).toBe(9);
      expect(await readdir(dir)).toEqual(['data.json']);
    });
  });

  it('asks the guard, with the stamp on disk, before it replaces a version the store did not write', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'data.json');
      await writeFile(file, 'from another device\n');
      const onDisk = await stampOf(file);
      let seen = '';
      const beforeReplace = vi.fn(async () => {
        seen = await readFile(file, 'utf8');
      });
      await write(file, shared('mine\n'), 'some other stamp', beforeReplace);
      expect(beforeReplace).toHaveBeenCalledWith(onDisk);
      // The other version was still in place when the guard looked, and only then replaced.
      expect(seen).toBe('from another device\n');
      expect(await readFile(file, 'utf8')).toBe('mine\n');

      const quiet = vi.fn(async () => undefined);
      await write(file, shared('mine again\n'), await stampOf(file), quiet);
      expect(quiet).not.toHaveBeenCalled();
    });
  });

  it('keeps the version on disk and removes its temp file when the guard refuses', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'data.json');
      await writeFile(file, 'from another device\n');
      const refuse = vi.fn(async () => {
        throw new Error('could not move it aside');
      });
      await expect(write(file, shared('mine\n'), null, refuse)).rejects.toThrow('could not move it aside');
      expect(await readFile(file, 'utf8')).toBe('from another device\n');
      expect(await readdir(dir)).toEqual(['data.json']);
    });
  });

  it('reports a failure with its errno code and leaves nothing behind', async () => {
    await withTempDir(async (dir) => {
      // The folder is gone: the temp file cannot be created.
      const lost = join(dir, 'gone', 'data.json');
      await expect(write(lost, shared('x'), null)).rejects.toMatchObject({ code: 'ENOENT' });
      expect(await readdir(dir)).toEqual([]);

      // A folder where the file should be: the bytes are written and synced, and the rename fails.
      const blocked = join(dir, 'data.json');
      await mkdir(blocked);
      await writeFile(join(blocked, 'inside'), 'untouched');
      const error = (await write(blocked, shared('x'), (await stampOf(blocked)) ?? null).catch((e: unknown) => e)) as NodeJS.ErrnoException;
      expect(['EISDIR', 'EEXIST', 'ENOTEMPTY', 'EPERM']).toContain(error.code);
      expect(await readdir(dir)).toEqual(['data.json']);
      expect(await readFile(join(blocked, 'inside'), 'utf8')).toBe('untouched');
    });
  });

  const STEPS: ThreadStep[] = ['create the temp file', 'write', 'read the written stamp', 'fsync', 'close', 'rename'];
  for (const code of ['ENOSPC', 'EACCES', 'EPERM']) {
    it(`${code} at any step: keeps the old file byte for byte, leaves no temp file, and reports ${code}`, () =>
      withTempDir(async (dir) => {
        const file = join(dir, 'data.json');
        await write(file, shared('the last good copy\n'), null);
        for (const step of STEPS) {
          const attempt = thread.write({
            file,
            temp: tempPathFor(file),
            bytes: shared('half of this lands\n'),
            expected: await stampOf(file),
            beforeReplace: async () => undefined,
            fault: { step, code },
          });
          await expect(attempt, step).rejects.toMatchObject({ code });
          expect(await readFile(file, 'utf8'), step).toBe('the last good copy\n');
          expect(await readdir(dir), step).toEqual(['data.json']);
        }
        await write(file, shared('once the disk recovers\n'), await stampOf(file));
        expect(await readFile(file, 'utf8')).toBe('once the disk recovers\n');
      }));
  }

  it('answers writes that wait on it together, each with its own file and stamp, and starts again after close', async () => {
    await withTempDir(async (dir) => {
      const files = Array.from({ length: 8 }, (_, i) => join(dir, `data-${i}.json`));
      const stamps = await Promise.all(files.map((file, i) => write(file, shared(`${'x'.repeat(i + 1)}\n`), null)));
      for (const [i, file] of files.entries()) {
        expect(await readFile(file, 'utf8')).toBe(`${'x'.repeat(i + 1)}\n`);
        expect(stamps[i]!.size).toBe(i + 2);
      }
      await thread.close();
      await write(files[0]!, shared('after close\n'), await stampOf(files[0]!));
      expect(await readFile(files[0]!, 'utf8')).toBe('after close\n');
    });
  });
});
