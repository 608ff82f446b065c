// Small modules: no file under src/ (code, styles, pages) may pass 300 lines. Split a growing file by concern instead.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..', '..');
const MAX_LINES = 300;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : Promise.resolve([join(dir, e.name)]))),
  );
  return nested.flat();
}

const lineCount = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

describe('module size', () => {
  it(`keeps every file under src/ at ${MAX_LINES} lines or fewer`, async () => {
    const files = await filesUnder(join(root, 'src'));
    expect(files.length).toBeGreaterThan(50);
    const tooLong: string[] = [];
    for (const file of files) {
      const lines = lineCount(await readFile(file, 'utf8'));
      if (lines > MAX_LINES) tooLong.push(`${relative(root, file)}: ${lines} lines`);
    }
    expect(tooLong).toEqual([]);
  });

  it('counts lines the way wc -l does, with or without a final newline', () => {
    expect(lineCount('a\nb\n')).toBe(2);
    expect(lineCount('a\nb')).toBe(2);
    expect(lineCount(`${'x\n'.repeat(MAX_LINES + 1)}`)).toBeGreaterThan(MAX_LINES);
  });
});
