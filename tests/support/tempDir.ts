// Temp folders for tests that touch real files; each test gets its own and it is removed afterwards.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'pathboard-test-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const ROADMAPS_DIR = join(import.meta.dirname, '..', '..', 'resources', 'roadmaps');
export const FIXTURES_DIR = join(import.meta.dirname, '..', 'fixtures');
