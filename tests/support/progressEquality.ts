// A ProgressMap is the in-memory form of the data file's progress record: tests compare the two by their entries (a
// document read back from disk equals the one in memory), and failures print the entries, not the 64 buckets.
import { expect } from 'vitest';
import { ProgressMap } from '../../src/shared/progressMap';

const plain = (value: unknown) => (value instanceof ProgressMap ? value.toJSON() : value);

expect.addEqualityTesters([
  function progressMapEquals(a: unknown, b: unknown, customTesters) {
    if (!(a instanceof ProgressMap) && !(b instanceof ProgressMap)) return undefined;
    return this.equals(plain(a), plain(b), customTesters);
  },
]);

expect.addSnapshotSerializer({
  test: (value: unknown) => value instanceof ProgressMap,
  serialize: (value: ProgressMap, config, indentation, depth, refs, printer) => `ProgressMap ${printer(value.toJSON(), config, indentation, depth, refs)}`,
});
