// The data file's writes on a thread of their own: the whole durable sequence (temp file, write, fsync, the check for
// another device's version, rename, folder fsync) as synchronous calls on one worker thread, one message there and one
// back. Through libuv's thread pool each of those ten calls is a trip of its own between threads, about 40 µs each on a
// 2-core VM (an async stat took 49 µs where statSync took 8): more than the whole JavaScript of a change at 100
// milestones. The main process's event loop waits on the disk no more than before, since the calls run on the thread.
//
// The same sequence, with the same order and the same guarantees, is writeFileDurable (durableWrite.ts), which every
// other durable write uses and which the store falls back to behind a test's file system seam.
import { Worker } from 'node:worker_threads';
import type { FileStamp } from './durableWrite';

/**
 * The thread's code: plain CommonJS that needs nothing but Node, so it runs the same from the sources, the bundle and
 * the packed app (a worker cannot load a script from inside an asar archive). tests/unit/main/writerThread.test.ts
 * drives it through WriterThread, and the store's own suites (random sequences, SIGKILLs) write through it.
 */
const THREAD_CODE = `
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
// Temp files written and synced, held while the store decides about a version on disk it did not write.
const held = new Map();
const failure = (id, e) => ({ id, kind: 'error', code: e.code, message: e.message, syscall: e.syscall, path: e.path });
const stampOf = (s) => s.size + ':' + s.mtimeMs;
// For tests (ThreadWrite.fault): the named call fails with the code, as on a full disk or a folder taken away.
function trip(fault, step) {
  if (fault && fault.step === step) throw Object.assign(new Error(fault.code + ': injected at ' + step), { code: fault.code });
}
function stampNow(file) {
  try {
    const s = fs.statSync(file, { throwIfNoEntry: false });
    return s ? stampOf(s) : null;
  } catch {
    return null;
  }
}
function discard(temp) {
  try { fs.unlinkSync(temp); } catch {}
}
function replace(id, { file, temp, written, fault }) {
  try {
    trip(fault, 'rename');
    fs.renameSync(temp, file);
  } catch (e) {
    discard(temp);
    return failure(id, e);
  }
  // Some platforms (Windows) cannot open folders, or fsync them: skip there.
  let folder = null;
  try { folder = fs.openSync(path.dirname(file), 'r'); } catch {}
  if (folder !== null) {
    try {
      fs.fsyncSync(folder);
    } catch (e) {
      if (e.code !== 'EISDIR' && e.code !== 'EINVAL' && e.code !== 'EPERM') return failure(id, e);
    } finally {
      fs.closeSync(folder);
    }
  }
  return { id, kind: 'done', written };
}
function write({ id, file, temp, buffer, offset, length, expected, fault }) {
  let fd = null;
  try {
    trip(fault, 'create the temp file');
    fd = fs.openSync(temp, 'wx', 0o600);
    const bytes = new Uint8Array(buffer, offset, length);
    if (fault && fault.step === 'write') fs.writeSync(fd, bytes, 0, length >> 1);
    trip(fault, 'write');
    for (let at = 0; at < length; ) at += fs.writeSync(fd, bytes, at, length - at);
    trip(fault, 'read the written stamp');
    const s = fs.fstatSync(fd);
    // The bytes must be on disk before the rename makes them the file, or a power cut can leave an empty file behind.
    trip(fault, 'fsync');
    fs.fsyncSync(fd);
    trip(fault, 'close');
    fs.closeSync(fd);
    fd = null;
    const job = { file, temp, fault, written: { size: s.size, mtimeMs: s.mtimeMs } };
    const onDiskNow = stampNow(file);
    if (onDiskNow !== null && onDiskNow !== expected) {
      held.set(id, job);
      return { id, kind: 'foreign', onDiskNow };
    }
    return replace(id, job);
  } catch (e) {
    if (fd !== null) try { fs.closeSync(fd); } catch {}
    discard(temp);
    return failure(id, e);
  }
}
parentPort.on('message', (m) => {
  if (m.kind === 'write') return parentPort.postMessage(write(m));
  const job = held.get(m.id);
  held.delete(m.id);
  if (!job) return parentPort.postMessage({ id: m.id, kind: 'error', message: 'No write is waiting.' });
  if (m.kind === 'replace') return parentPort.postMessage(replace(m.id, job));
  discard(job.temp);
  parentPort.postMessage({ id: m.id, kind: 'discarded' });
});
`;

type Reply =
  | { id: number; kind: 'done'; written: FileStamp }
  | { id: number; kind: 'foreign'; onDiskNow: string }
  | { id: number; kind: 'discarded' }
  | { id: number; kind: 'error'; code?: string; message: string; syscall?: string; path?: string };

/** A thread's error as the one the same call on the main thread would have thrown: the store reads its errno code. */
function errorOf(reply: Extract<Reply, { kind: 'error' }>): Error {
  return Object.assign(new Error(reply.message), reply.code ? { code: reply.code, syscall: reply.syscall, path: reply.path } : {});
}

export interface ThreadWrite {
  file: string;
  /** Where the bytes go first: a name createTemp's rules make unique (see tempPathFor). */
  temp: string;
  bytes: Uint8Array;
  /** The file's stamp as the store last wrote or read it; any other file there is another device's version. */
  expected: string | null;
  /**
   * Called only when the file on disk is not `expected`, once the new bytes are synced and before they take its name,
   * with the stamp found there; it may move that version aside. When it throws, the new bytes are discarded.
   */
  beforeReplace: (onDiskNow: string) => Promise<void>;
  /** For tests only: the named call fails with `code` (half the bytes land first at "write"), as on a failing disk. */
  fault?: { step: ThreadStep; code: string };
}

export type ThreadStep = 'create the temp file' | 'write' | 'read the written stamp' | 'fsync' | 'close' | 'rename';

/**
 * One worker thread that writes files durably, started on the first write and kept while writes wait on it (it does
 * not keep the process alive otherwise). The bytes travel in shared memory when they are there already (the store's
 * encoder writes into a shared buffer), so nothing is copied; a fresh copy would cost page faults on every write.
 */
export class WriterThread {
  private worker: Worker | null = null;
  private readonly waiting = new Map<number, { resolve: (reply: Reply) => void; reject: (error: Error) => void }>();
  private ids = 0;

  /** Replaces `file` with the bytes, as writeFileDurable does, and gives the stamp the new file has. */
  async write({ file, temp, bytes, expected, beforeReplace, fault }: ThreadWrite): Promise<FileStamp> {
    const shared = bytes.buffer instanceof SharedArrayBuffer ? bytes : copyToShared(bytes);
    const id = ++this.ids;
    const request = { kind: 'write', id, file, temp, buffer: shared.buffer, offset: shared.byteOffset, length: shared.length, expected, fault };
    let reply = await this.ask(request);
    if (reply.kind === 'foreign') {
      try {
        await beforeReplace(reply.onDiskNow);
      } catch (error) {
        await this.ask({ kind: 'discard', id });
        throw error;
      }
      reply = await this.ask({ kind: 'replace', id });
    }
    if (reply.kind === 'error') throw errorOf(reply);
    if (reply.kind !== 'done') throw new Error(`The writer thread answered "${reply.kind}" to a write.`);
    return reply.written;
  }

  /** Stops the thread; a later write starts another. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private ask(message: { kind: string; id: number } & Record<string, unknown>): Promise<Reply> {
    const worker = this.started();
    return new Promise<Reply>((resolve, reject) => {
      this.waiting.set(message.id, { resolve, reject });
      worker.ref();
      worker.postMessage(message);
    });
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(THREAD_CODE, { eval: true });
    worker.unref();
    worker.on('message', (reply: Reply) => {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (this.waiting.size === 0) worker.unref();
      waiter?.resolve(reply);
    });
    // A thread that dies (out of memory, terminated) fails what waits on it; the next write starts a new one.
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const waiter of this.waiting.values()) waiter.reject(error);
      this.waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`The writer thread stopped (exit code ${code}); the change was not saved.`)));
    this.worker = worker;
    return worker;
  }
}

/** The one writer thread of the process: the stores of a process share it (each write waits for its own answer). */
export const writerThread = new WriterThread();

function copyToShared(bytes: Uint8Array): Uint8Array {
  const copy = new Uint8Array(new SharedArrayBuffer(bytes.length));
  copy.set(bytes);
  return copy;
}
