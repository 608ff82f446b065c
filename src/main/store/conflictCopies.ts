// Sync tools' conflict copies of the data file (Syncthing, Dropbox, OneDrive, Nextcloud…), found beside it and, once
// merged, renamed so they are not offered again (never deleted: they are readable copies of the learner's data).
import { readdir, rename, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';

/** The marker Pathboard puts in a copy's name once its progress was merged. */
const MERGED = '.merged-';

/**
 * True for a conflict copy of `dataFile` by name: `pathboard.sync-conflict-20260101-120000-ABC.json` (Syncthing),
 * `pathboard (conflicted copy 2026-01-01).json` or `pathboard (Sam's conflicted copy …).json` (Dropbox),
 * `pathboard-conflict-laptop.json` and similar (`*-conflict-*`), `pathboard-DESKTOP-4F2K9.json` (OneDrive: the
 * computer's name) and `pathboard 2.json` (iCloud Drive). Names compare without case.
 */
export function isConflictCopyName(name: string, dataFile: string): boolean {
  const ext = extname(dataFile).toLowerCase();
  const stem = basename(dataFile, extname(dataFile)).toLowerCase();
  const n = name.toLowerCase();
  if (!n.startsWith(stem) || !n.endsWith(ext) || n.includes(MERGED) || n === `${stem}${ext}`) return false;
  const middle = n.slice(stem.length, n.length - ext.length);
  return (
    middle.startsWith('.sync-conflict-') ||
    /^ \(.*conflicted copy.*\)$/.test(middle) ||
    middle.includes('-conflict-') ||
    middle.startsWith('-conflict') ||
    // iCloud Drive: "pathboard 2.json".
    /^ \d{1,3}$/.test(middle) ||
    // OneDrive: "pathboard-DESKTOP-4F2K9.json", the computer's name appended (not a backup Pathboard named).
    (/^-[a-z0-9][a-z0-9_-]{0,62}$/.test(middle) && !middle.startsWith('-backup-'))
  );
}

export interface ConflictCopy {
  path: string;
  name: string;
  /** When the sync tool wrote it (ISO time). */
  modified: string;
}

/** Conflict copies beside the data file, newest first. A folder that cannot be read has none to offer. */
export async function findConflictCopies(dataFile: string): Promise<ConflictCopy[]> {
  const dir = dirname(dataFile);
  const names = await readdir(dir).catch(() => [] as string[]);
  const found: ConflictCopy[] = [];
  for (const name of names.filter((n) => isConflictCopyName(n, dataFile))) {
    const path = join(dir, name);
    const s = await stat(path).catch(() => null);
    if (s?.isFile()) found.push({ path, name, modified: s.mtime.toISOString() });
  }
  return found.sort((a, b) => b.modified.localeCompare(a.modified) || a.name.localeCompare(b.name));
}

/** Renames a merged copy to `<name>.merged-<time><ext>` beside it, and returns the new path. */
export async function markMerged(path: string, now: Date): Promise<string> {
  const ext = extname(path);
  const target = join(dirname(path), `${basename(path, ext)}${MERGED}${now.toISOString().replace(/[:.]/g, '-')}${ext}`);
  await rename(path, target);
  return target;
}
