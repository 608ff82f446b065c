// Which files belong to Pathboard's data folder, so no export, backup or CLI run can write over the learner's data.
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';

/** The learner's data file, or that and the data files of the places it lived before (File > Move data folder…). */
export type DataFiles = string | readonly string[];

/**
 * True when `target` is one of `dataFiles`, its last good copy or lock, a moved-aside or before-restore copy, a conflict
 * copy, or a temp file of any of them, by name in its data folder or as the same file on disk (a link, another spelling
 * of the path). A folder the data was moved out of keeps its files, so they stay Pathboard's own.
 */
export async function isOwnDataFile(target: string, dataFiles: DataFiles): Promise<boolean> {
  for (const dataFile of typeof dataFiles === 'string' ? [dataFiles] : dataFiles) {
    if (await isOwnFileOf(target, dataFile)) return true;
  }
  return false;
}

async function isOwnFileOf(target: string, dataFile: string): Promise<boolean> {
  const dir = await realDir(dataFile);
  const targetDir = await realDir(target);
  // Compared without case: on macOS and Windows PathBoard.JSON is the same file, and refusing it on Linux costs nothing.
  if (dir.toLowerCase() === targetDir.toLowerCase() && ownName(basename(target), dataFile)) return true;
  // A link or a hard link to one of the data files is the same file under another name.
  const targetId = await fileId(target);
  if (!targetId) return false;
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names.filter((n) => ownName(n, dataFile))) {
    if ((await fileId(resolve(dir, name))) === targetId) return true;
  }
  return false;
}

function ownName(name: string, dataFile: string): boolean {
  const ext = extname(dataFile);
  const stem = basename(dataFile, ext).toLowerCase();
  const base = basename(dataFile).toLowerCase();
  const n = name.toLowerCase();
  const e = ext.toLowerCase();
  if (n === base || n === `${stem}.bak${e}` || n === `${base}.lock`) return true;
  if (n.startsWith(`${stem}.corrupt-`) || n.startsWith(`${stem}.before-restore-`)) return true;
  // Sync tools' conflict copies, the ones Pathboard keeps when two computers changed the data, and merged ones.
  if (n.startsWith(stem) && n.endsWith(e) && /\.sync-conflict-|conflicted copy|-conflict/.test(n.slice(stem.length))) return true;
  return n.startsWith(`.${stem}`) && n.endsWith('.tmp');
}

async function realDir(path: string): Promise<string> {
  const dir = dirname(resolve(path));
  return realpath(dir).catch(() => dir);
}

async function fileId(path: string): Promise<string | null> {
  try {
    const s = await stat(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return null;
  }
}
