// The data file's bytes, byte for byte what serializeDocument gives, re-encoding only the parts of the document that
// changed since the last write: at 10,000 milestones one status change re-encodes one bucket of progress and one chunk
// of history, not 1 MB.
import type { UserDocument } from '../../shared/document';
import { serializeDocument } from '../../shared/documentFile';

/**
 * The most entries in a chunk of a big member. One changed entry re-encodes its chunk, and every write looks up each
 * chunk: a list of n entries is cut into chunks of about √n (8 at least), which keeps both near √n per write, up to 64
 * entries a chunk (5,000 history entries).
 */
export const CHUNK = 64;
const chunkSizeFor = (n: number) => Math.min(CHUNK, Math.max(8, Math.round(Math.sqrt(n))));

/** An object of at most this many members (the undo stacks, spaced review, study settings) is encoded member by member. */
const FEW_MEMBERS = 8;

const piece = (text: string) => Buffer.from(text);
const COMMA = piece(',');
const OPEN = { array: piece('['), object: piece('{') };
const CLOSE = { array: piece(']'), object: piece('}') };
const NEWLINE = piece('\n');

/**
 * An array or an object that JSON.stringify writes member by member: nothing with a toJSON of its own, no class
 * instance. Anything else is encoded whole by JSON.stringify itself, so its bytes are the same by construction.
 */
function plainContainer(value: unknown): 'array' | 'object' | null {
  if (typeof value !== 'object' || value === null) return null;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return null;
  const proto: unknown = Object.getPrototypeOf(value);
  if (Array.isArray(value)) return proto === Array.prototype ? 'array' : null;
  return proto === Object.prototype || proto === null ? 'object' : null;
}

/** A run of consecutive entries and their encoding: items joined by commas, without the brackets (empty: none written). */
interface Chunk {
  keys: readonly string[] | null;
  values: readonly unknown[];
  bytes: Buffer;
}

/**
 * One big member (an array or an object) cut into chunks, remembered between writes by the identity of the entries:
 * documents are never changed in place (the undo patch relies on that too), so an entry that is the same object is
 * the same JSON. Any entry that is not identical is re-encoded; a cached chunk is used only where every one of its
 * entries is identical, so stale bytes cannot be written.
 */
class ChunkedMember {
  /** The chunks of the last encoding, by the key (object) or value (array) of their first entry. */
  private starts = new Map<unknown, Chunk>();

  encode(container: object, kind: 'array' | 'object', out: Buffer[]): void {
    const keys = kind === 'object' ? Object.keys(container) : null;
    const values = keys ? keys.map((k) => (container as Record<string, unknown>)[k]) : (container as unknown[]);
    const n = values.length;
    const size = chunkSizeFor(n);
    const next = new Map<unknown, Chunk>();
    const matchAt = (at: number): Chunk | null => {
      const chunk = this.starts.get(keys ? keys[at] : values[at]);
      if (!chunk || at + chunk.values.length > n) return null;
      for (let j = 0; j < chunk.values.length; j++) {
        if (values[at + j] !== chunk.values[j] || (keys && keys[at + j] !== chunk.keys![j])) return null;
      }
      return chunk;
    };
    out.push(OPEN[kind]);
    let written = false;
    for (let at = 0; at < n; ) {
      let chunk = matchAt(at);
      const end = chunk ? at + chunk.values.length : at;
      // A short chunk is kept only where a kept chunk (or the end) follows it: where new entries follow it (an append),
      // it takes them in instead, so appends do not leave a trail of one-entry chunks behind.
      if (chunk && chunk.values.length < size && end < n && !this.starts.has(keys ? keys[end] : values[end])) chunk = null;
      chunk ??= this.encodeFrom(at, size, keys, values, matchAt);
      next.set(keys ? keys[at] : values[at], chunk);
      at += chunk.values.length;
      if (chunk.bytes.length === 0) continue;
      if (written) out.push(COMMA);
      out.push(chunk.bytes);
      written = true;
    }
    out.push(CLOSE[kind]);
    this.starts = next;
  }

  /** A new chunk from `at`: up to `size` entries, ending early where a kept chunk starts so that one stays usable. */
  private encodeFrom(at: number, size: number, keys: string[] | null, values: readonly unknown[], matchAt: (i: number) => Chunk | null): Chunk {
    let end = at + 1;
    while (end < values.length && end - at < size && !matchAt(end)) end++;
    const chunk = { keys: keys ? keys.slice(at, end) : null, values: values.slice(at, end) };
    // One JSON.stringify call for the whole run, its brackets cut off: a call per entry costs more than it saves at 100
    // milestones. A run of keys taken in order and set again on an empty object keeps that order (integer-like keys
    // come first and ascending in both), and a prototype-less object takes "__proto__" as a plain key. (An entry's
    // own toJSON would see its index within the run, not the array: documents are plain parsed data, with none.)
    let holder: unknown = chunk.values;
    if (chunk.keys) {
      const entries: Record<string, unknown> = Object.create(null);
      chunk.keys.forEach((key, i) => (entries[key] = chunk.values[i]));
      holder = entries;
    }
    const json = piece(JSON.stringify(holder));
    return { ...chunk, bytes: json.subarray(1, json.length - 1) };
  }
}

/** A member's encoding (`"key":value`, or nothing for a member JSON leaves out), for the value it was made from. */
interface Member {
  value: unknown;
  pieces: Buffer[];
}

/**
 * A plain object encoded member by member: members that are the same value as last time are reused whole; one that
 * changed is encoded by the encoder that fits it (a small object member by member again, a big
 * array or object chunk by chunk, anything else by JSON.stringify).
 */
class MemberwiseObject {
  private members = new Map<string, Member>();
  private encoders = new Map<string, MemberwiseObject | ChunkedMember>();

  encode(object: object, out: Buffer[]): void {
    const members = new Map<string, Member>();
    out.push(OPEN.object);
    let written = false;
    for (const key of Object.keys(object)) {
      const value = (object as Record<string, unknown>)[key];
      let member = this.members.get(key);
      if (!member || member.value !== value) member = { value, pieces: this.encodeMember(key, value) };
      members.set(key, member);
      if (member.pieces.length === 0) continue;
      if (written) out.push(COMMA);
      for (const p of member.pieces) out.push(p);
      written = true;
    }
    out.push(CLOSE.object);
    this.members = members;
    for (const key of this.encoders.keys()) if (!members.has(key)) this.encoders.delete(key);
  }

  private encodeMember(key: string, value: unknown): Buffer[] {
    const kind = plainContainer(value);
    if (!kind) {
      const json = JSON.stringify(value);
      return json === undefined ? [] : [piece(`${JSON.stringify(key)}:${json}`)];
    }
    const pieces = [piece(`${JSON.stringify(key)}:`)];
    if (kind === 'object' && Object.keys(value as object).length <= FEW_MEMBERS) this.encoder(key, MemberwiseObject).encode(value as object, pieces);
    else this.encoder(key, ChunkedMember).encode(value as object, kind, pieces);
    return pieces;
  }

  /** The encoder this member had, when it is of the kind wanted (a member can change kind: a small object grows). */
  private encoder<T extends MemberwiseObject | ChunkedMember>(key: string, kind: new () => T): T {
    const existing = this.encoders.get(key);
    if (existing instanceof kind) return existing;
    const made = new kind();
    this.encoders.set(key, made);
    return made;
  }
}

/**
 * Encodes the documents one store writes (see MemberwiseObject). Holds about two encoded documents of memory: the
 * pieces, and the output buffer.
 */
export class DocumentText {
  private readonly root = new MemberwiseObject();

  /** `shared`: the output lives in shared memory, so the writer thread reads it where it is (see writerThread.ts). */
  constructor(private readonly shared = false) {}

  /**
   * The output, reused from write to write: a new 1 MB buffer each time is fresh memory, and its page faults cost 4 ms
   * at 10,000 milestones on the test machine, where copying the pieces into memory already touched costs 0.1 ms.
   */
  private out: Buffer<ArrayBufferLike> = Buffer.alloc(0);

  /** The document's bytes. They stay valid until the next call: write them before encoding another document. */
  encode(doc: UserDocument): Buffer {
    if (plainContainer(doc) !== 'object') return piece(serializeDocument(doc));
    const out: Buffer[] = [];
    this.root.encode(doc, out);
    out.push(NEWLINE);
    return this.join(out);
  }

  private join(pieces: readonly Buffer[]): Buffer {
    let size = 0;
    for (const p of pieces) size += p.length;
    // Grown with room to spare, and given back when the document shrank to a quarter (a smaller backup restored).
    if (size > this.out.length || size * 4 < this.out.length) {
      const length = Math.ceil(size * 1.25);
      this.out = this.shared ? Buffer.from(new SharedArrayBuffer(length)) : Buffer.allocUnsafe(length);
    }
    let at = 0;
    for (const p of pieces) at += p.copy(this.out, at);
    return this.out.subarray(0, size);
  }
}
