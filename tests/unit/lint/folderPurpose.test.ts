// Every folder under src/ says what it is for: one line at the top of its main file, `// <folder>/: <purpose>`.
import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..', '..');

/**
 * A folder's main file is the one named here, else its index, else the file named like the folder (board/Board.tsx).
 * A new folder with neither an index nor such a file needs an entry: choose the file a newcomer would open first.
 */
const MAIN: Record<string, string> = {
  'src/cli': 'report.ts',
  'src/main/store': 'documentStore.ts',
  'src/renderer/src': 'main.tsx',
  'src/renderer/src/components': 'Dialog.tsx',
  'src/renderer/src/features/board/detail': 'DetailPanel.tsx',
  'src/renderer/src/features/focus': 'focusHome.ts',
  'src/renderer/src/features/picker': 'PathPicker.tsx',
  'src/renderer/src/features/planner': 'PlanView.tsx',
  // sync.css is named like the folder, but the banner is what the folder is about.
  'src/renderer/src/features/sync': 'ConflictCopies.tsx',
  'src/renderer/src/features/theme': 'theme.ts',
  'src/renderer/src/styles': 'base.css',
  'src/shared': 'ipc.ts',
};

/** Folders that hold files, as repository paths, with their file names. */
async function folders(dir: string): Promise<Array<{ folder: string; files: string[] }>> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => e.name);
  const nested = await Promise.all(entries.filter((e) => e.isDirectory()).map((e) => folders(join(dir, e.name))));
  const here = files.length > 0 ? [{ folder: relative(root, dir).split('\\').join('/'), files }] : [];
  return [...here, ...nested.flat()];
}

function mainFile(folder: string, files: string[]): string | undefined {
  const stem = (f: string) => basename(f, extname(f)).toLowerCase();
  const listed = MAIN[folder];
  if (listed) return files.includes(listed) ? listed : undefined;
  return files.find((f) => stem(f) === 'index') ?? files.find((f) => stem(f) === basename(folder).toLowerCase());
}

/** The purpose line: the first line, or the second after an HTML doctype. */
function purposeLine(text: string): string {
  const lines = text.split('\n');
  return lines[0]!.startsWith('<!doctype') ? (lines[1] ?? '') : lines[0]!;
}

describe('folder purposes', () => {
  it('finds a main file in every folder under src/ whose first line says what the folder is for', async () => {
    const found = await folders(join(root, 'src'));
    expect(found.length).toBeGreaterThan(15);
    const problems: string[] = [];
    for (const { folder, files } of found) {
      const main = mainFile(folder, files);
      if (!main) {
        problems.push(`${folder}: no main file (no index, no file named like the folder, no entry in MAIN)`);
        continue;
      }
      const line = purposeLine(await readFile(join(root, folder, main), 'utf8'));
      const said = new RegExp(`^(//|/\\*|<!--) ${folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/: \\S`);
      if (!said.test(line)) problems.push(`${folder}/${main}: first line is not "// ${folder}/: <purpose>": ${line}`);
      else if (line.length > 120) problems.push(`${folder}/${main}: the purpose takes more than one 120-character line`);
    }
    expect(problems).toEqual([]);
  });

  it('picks the listed file, then the index, then the file named like the folder', () => {
    expect(mainFile('src/main', ['api.ts', 'index.ts'])).toBe('index.ts');
    expect(mainFile('src/renderer/src/features/board', ['Board.tsx', 'Column.tsx'])).toBe('Board.tsx');
    expect(mainFile('src/shared', ['document.ts', 'ipc.ts'])).toBe('ipc.ts');
    expect(mainFile('src/new-folder', ['a.ts', 'b.ts'])).toBeUndefined();
  });
});
