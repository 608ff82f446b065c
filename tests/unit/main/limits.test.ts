// One size limit everywhere: a change that would make the data file bigger than Pathboard reads back is refused with a
// clear message, so every backup Pathboard writes can be restored by Pathboard.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../../src/main/api';
import { MAX_DOCUMENT_BYTES, NOTES_MAX_CHARS } from '../../../src/shared/document';
import { ROADMAPS_DIR } from '../../support/tempDir';

describe('data file size', () => {
  it('refuses the change that would pass the limit, keeps the file as it was, and a backup at the limit restores', async () => {
    const dir = await mkdtemp(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'pathboard-limit-'));
    try {
      const dataFile = join(dir, 'pathboard.json');
      const answers = { save: join(dir, 'backup.json'), open: join(dir, 'backup.json') };
      const api = await createApi({
        dataFile,
        roadmapsDir: ROADMAPS_DIR,
        dialogs: { chooseSavePath: async () => answers.save, chooseOpenPath: async () => answers.open },
      });
      const roadmaps = await api.listRoadmaps({});
      const ids = roadmaps.ok ? [...new Set(roadmaps.data.flatMap((r) => r.milestones.map((m) => m.id)))] : [];
      await api.choosePath({ pathId: 'mlops-engineer' });
      // A control character is written as \u0001 in JSON: six bytes for one character of notes.
      const notes = '\u0001'.repeat(NOTES_MAX_CHARS);
      let refused: { code: string; message: string } | null = null;
      for (const id of ids) {
        const before = await readFile(dataFile);
        const result = await api.updateProgress({ milestoneId: id, changes: { notes } });
        if (!result.ok) {
          refused = result.error;
          // Compared as bytes: a deep equality over 20 MB would take minutes.
          expect((await readFile(dataFile)).equals(before)).toBe(true);
          // The temp file started for the write is gone too.
          expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
          break;
        }
      }
      expect(refused?.code).toBe('INVALID_INPUT');
      expect(refused?.message).toMatch(/would make your data file \d+\.\d MB, more than the 20 MB Pathboard can read back, so it was not saved/);
      expect((await stat(dataFile)).size).toBeLessThanOrEqual(MAX_DOCUMENT_BYTES);

      const backup = await api.backupData({});
      expect(backup.ok).toBe(true);
      const chosen = await api.chooseBackup({});
      expect(chosen.ok).toBe(true);
      const restored = await api.restoreBackup({ path: answers.open });
      expect(restored.ok || restored.error.message).toBe(true);
      await api.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
