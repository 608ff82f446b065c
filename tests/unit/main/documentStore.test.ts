import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyDocument, UserDocumentSchema } from '../../../src/shared/document';
import { applyStatus } from '../../../src/shared/progress';
import { DocumentStore, quarantineName } from '../../../src/main/store/documentStore';
import { withTempDir } from '../../support/tempDir';

const clock = () => new Date('2026-04-02T09:15:30.123Z');

describe('DocumentStore', () => {
  it('starts on an empty document when there is no file, and writes nothing until a change', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'pathboard.json');
      const store = await DocumentStore.open(file, clock);
      expect(store.document).toEqual(emptyDocument());
      expect(store.notices).toEqual([]);
      expect(await readdir(dir)).toEqual([]);
    }));

  it('writes a change that a new instance reads back the same', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'pathboard.json');
      const store = await DocumentStore.open(file, clock);
      const saved = await store.update((doc) => applyStatus({ ...doc, activePathId: 'mlops-engineer' }, 'docker', 'done', clock()));
      const reopened = await DocumentStore.open(file, clock);
      expect(reopened.document).toEqual(saved);
      expect(UserDocumentSchema.parse(JSON.parse(await readFile(file, 'utf8')))).toEqual(saved);
      expect(await readdir(dir)).toEqual(['pathboard.json']);
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

  const badFiles: Array<[string, string]> = [
    ['a truncated file', '{"schemaVersion":1,"activePathId":"mlops-engineer","progress":{"dock'],
    ['an empty file', ''],
    ['a file of the wrong shape', '{"hello":"world"}'],
    ['a file with an invalid status', '{"schemaVersion":1,"activePathId":null,"progress":{"docker":{"status":"finished"}},"history":[]}'],
    ['a JSON array', '[1,2,3]'],
  ];

  for (const [label, content] of badFiles) {
    it(`moves ${label} aside unchanged, starts fresh and says where it went`, () =>
      withTempDir(async (dir) => {
        const file = join(dir, 'pathboard.json');
        await writeFile(file, content);
        const store = await DocumentStore.open(file, clock);
        const aside = quarantineName(file, clock());
        expect(aside).toBe(join(dir, 'pathboard.corrupt-2026-04-02T09-15-30-123Z.json'));
        expect(await readFile(aside, 'utf8')).toBe(content);
        expect(store.document).toEqual(emptyDocument());
        expect(store.notices).toEqual([
          expect.objectContaining({ kind: 'data-file-quarantined', path: aside, message: expect.stringContaining(aside) }),
        ]);
        await store.update((doc) => ({ ...doc, activePathId: 'ml-engineer' }));
        expect(await readFile(aside, 'utf8')).toBe(content);
      }));
  }

  it('opens a file from a newer Pathboard read-only and never rewrites it', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'pathboard.json');
      const content = JSON.stringify({ schemaVersion: 99, activePathId: 'x', somethingNew: true });
      await writeFile(file, content);
      const store = await DocumentStore.open(file, clock);
      expect(store.readOnly).toBe(true);
      expect(store.notices[0]?.kind).toBe('data-file-newer');
      await expect(store.update((doc) => ({ ...doc, activePathId: 'y' }))).rejects.toThrow(/read-only/);
      expect(await readFile(file, 'utf8')).toBe(content);
      expect(await readdir(dir)).toEqual(['pathboard.json']);
    }));
});
