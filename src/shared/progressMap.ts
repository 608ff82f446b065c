// The learner's progress entries by milestone id, as an immutable map that changes without copying itself: entries live
// in 64 buckets chosen by a hash of the id, so one change copies one bucket (about 80 entries at 10,000 milestones),
// not the whole map (1.4 to 2 ms at 5,000 entries). Code that holds two maps can compare buckets by identity to find
// what changed (the data file's encoder, the undo patch, the renderer's answers) without looking at every entry.
import type { MilestoneProgress } from './document';

export const BUCKETS = 64;

type Bucket = ReadonlyMap<string, MilestoneProgress>;

/** The bucket of an id: FNV-1a over its characters. Stable forever: it decides the order of entries in the data file. */
export function bucketOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % BUCKETS;
}

/** Whether two buckets hold the same entries (the very same objects), in any order. */
function sameEntries(a: Bucket | undefined, b: Bucket | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.size !== b.size) return false;
  for (const [id, entry] of a) if (b.get(id) !== entry) return false;
  return true;
}

/**
 * Documents share entries between versions and are never changed in place, so this map has no method that changes it:
 * `set`, `delete` and `with` return a new map that shares every bucket they did not touch.
 */
export class ProgressMap implements Iterable<[string, MilestoneProgress]> {
  static readonly EMPTY = new ProgressMap(Array.from({ length: BUCKETS }, () => undefined), 0);

  /** A map of a plain record's entries, in the record's order within each bucket. */
  static from(record: Readonly<Record<string, MilestoneProgress>>): ProgressMap {
    return ProgressMap.EMPTY.with(Object.entries(record));
  }

  private constructor(
    /** An empty bucket is undefined, never an empty Map, so two maps with the same entries have the same shape. */
    private readonly parts: readonly (Bucket | undefined)[],
    readonly size: number,
  ) {}

  get(id: string): MilestoneProgress | undefined {
    return this.parts[bucketOf(id)]?.get(id);
  }

  has(id: string): boolean {
    return this.parts[bucketOf(id)]?.has(id) ?? false;
  }

  set(id: string, entry: MilestoneProgress): ProgressMap {
    return this.with([[id, entry]]);
  }

  delete(id: string): ProgressMap {
    return this.with([[id, null]]);
  }

  /** The map with these entries set (null: removed), copying each touched bucket once. The same map when none changes. */
  with(changes: Iterable<readonly [string, MilestoneProgress | null | undefined]>): ProgressMap {
    // This batch's own copies of the buckets it touches, each made once (an emptied one stays, to be filled again).
    const own = new Map<number, Map<string, MilestoneProgress>>();
    for (const [id, entry] of changes) {
      const b = bucketOf(id);
      if ((own.get(b) ?? this.parts[b])?.get(id) === (entry ?? undefined)) continue;
      let bucket = own.get(b);
      if (!bucket) own.set(b, (bucket = new Map(this.parts[b])));
      if (entry) bucket.set(id, entry);
      else bucket.delete(id);
    }
    // Changes that cancel out (set, then removed again) keep the bucket as it was, and the map when all do.
    let parts: Array<Bucket | undefined> | null = null;
    let size = this.size;
    for (const [b, bucket] of own) {
      const after = bucket.size > 0 ? bucket : undefined;
      if (sameEntries(this.parts[b], after)) continue;
      parts ??= [...this.parts];
      parts[b] = after;
      size += bucket.size - (this.parts[b]?.size ?? 0);
    }
    return parts ? new ProgressMap(parts, size) : this;
  }

  /** The buckets, for code that compares two maps by identity: a bucket that is the same object holds the same entries. */
  get buckets(): readonly (Bucket | undefined)[] {
    return this.parts;
  }

  /**
   * The ids whose entry differs between this map and `other` (a different object, added or removed), looking only into
   * buckets that are not shared: after one change, one bucket.
   */
  changedIds(other: ProgressMap): string[] {
    const out: string[] = [];
    for (let b = 0; b < BUCKETS; b++) {
      const mine = this.parts[b];
      const theirs = other.parts[b];
      if (mine === theirs) continue;
      for (const [id, entry] of mine ?? []) if (theirs?.get(id) !== entry) out.push(id);
      for (const id of theirs?.keys() ?? []) if (!mine?.has(id)) out.push(id);
    }
    return out;
  }

  *entries(): IterableIterator<[string, MilestoneProgress]> {
    for (const bucket of this.parts) if (bucket) yield* bucket.entries();
  }

  *keys(): IterableIterator<string> {
    for (const bucket of this.parts) if (bucket) yield* bucket.keys();
  }

  *values(): IterableIterator<MilestoneProgress> {
    for (const bucket of this.parts) if (bucket) yield* bucket.values();
  }

  [Symbol.iterator](): IterableIterator<[string, MilestoneProgress]> {
    return this.entries();
  }

  /**
   * The entries as a plain record, bucket by bucket: what the data file, a backup and the renderer's first answer hold.
   * (JSON.stringify calls it; structured cloning over IPC does not, so the answers call it themselves.)
   */
  toJSON(): Record<string, MilestoneProgress> {
    const out: Record<string, MilestoneProgress> = {};
    for (const [id, entry] of this.entries()) out[id] = entry;
    return out;
  }
}
