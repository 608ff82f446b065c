// A file system seam that fails the k-th call (counted from when it is armed) with an errno code, once or until the
// test clears it: the way SQLite tests itself, applied to Pathboard's one seam (StoreFs).
import { nodeFs, type StoreFs, type WritableHandle } from '../../src/main/store/durableWrite';

export type FaultMode = 'once' | 'until cleared';
export const FAULT_CODES = ['EIO', 'ENOSPC', 'EACCES', 'EPERM'] as const;
export const FAULT_MODES: FaultMode[] = ['once', 'until cleared'];

export interface FaultPlan {
  /** The call to fail, 1 for the first call after arm(); 0 fails nothing (to count the calls of a scenario). */
  k: number;
  code: string;
  mode: FaultMode;
}

export interface FaultyFs {
  fs: StoreFs;
  /** Starts counting calls. */
  arm(): void;
  /** The fault is gone: every later call goes through. */
  clear(): void;
  /** Calls made between arm() and clear(): the positions a fault can be put at. */
  readonly calls: number;
  /** The names of those calls, in order (for a failure message). */
  readonly log: string[];
  /** Whether the planned fault fired at least once. */
  readonly fired: boolean;
}

const ioError = (code: string, call: string) => Object.assign(new Error(`${code}: injected at ${call}`), { code, errno: -1, syscall: call });

export function faultyFs(plan: FaultPlan): FaultyFs {
  let armed = false;
  let cleared = false;
  let fired = false;
  let beforeClear = 0;
  const log: string[] = [];
  /** Counts a call; true when this one is to fail. */
  const fails = (call: string): boolean => {
    if (!armed) return false;
    log.push(call);
    if (cleared) return false;
    beforeClear += 1;
    if (plan.k === 0) return false;
    const n = log.length;
    const hit = plan.mode === 'once' ? n === plan.k : n >= plan.k;
    fired ||= hit;
    return hit;
  };
  const trip = (call: string) => {
    if (fails(call)) throw ioError(plan.code, call);
  };
  const wrapHandle = (handle: WritableHandle, what: string): WritableHandle => ({
    async writeFile(data) {
      if (fails(`write ${what}`)) {
        // Half the bytes land before the disk gives up, as on a disk that fills mid-write.
        await handle.writeFile(data.slice(0, Math.floor(data.length / 2)));
        throw ioError(plan.code, `write ${what}`);
      }
      return handle.writeFile(data);
    },
    async sync() {
      trip(`fsync ${what}`);
      return handle.sync();
    },
    async stat() {
      trip(`fstat ${what}`);
      return handle.stat();
    },
    async close() {
      // The handle is closed either way: a close that reports an error has still given the descriptor back.
      await handle.close();
      trip(`close ${what}`);
    },
  });
  const fs: StoreFs = {
    async open(path, flags, mode) {
      const what = flags === 'r' ? 'folder' : 'temp';
      trip(`open ${what}`);
      return wrapHandle(await nodeFs.open(path, flags, mode), what);
    },
    async rename(from, to) {
      trip('rename');
      return nodeFs.rename(from, to);
    },
    async unlink(path) {
      trip('unlink');
      return nodeFs.unlink(path);
    },
    async link(existing, path) {
      trip('link');
      return nodeFs.link(existing, path);
    },
    async readFile(path, encoding) {
      trip('readFile');
      return nodeFs.readFile(path, encoding);
    },
    async readdir(path) {
      trip('readdir');
      return nodeFs.readdir(path);
    },
    async stat(path) {
      trip('stat');
      return nodeFs.stat(path);
    },
    async lstat(path) {
      trip('lstat');
      return nodeFs.lstat(path);
    },
    async realpath(path) {
      trip('realpath');
      return nodeFs.realpath(path);
    },
    async touch(path) {
      trip('touch');
      return nodeFs.touch(path);
    },
    // The access() check: when it fails, the folder is what the system says cannot be written.
    async writeBlocked(file) {
      if (fails('access')) return { code: plan.code, what: 'folder' };
      return nodeFs.writeBlocked(file);
    },
  };
  return {
    fs,
    arm: () => void (armed = true),
    clear: () => void (cleared = true),
    get calls() {
      return beforeClear;
    },
    log,
    get fired() {
      return fired;
    },
  };
}
