// The data file's encoder: byte for byte what serializeDocument writes, whatever sequence of documents it is given
// (failed writes included), while re-encoding only the chunks a change touched.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { CHUNK, DocumentText } from '../../../src/main/store/documentText';
import { emptyDocument, type MilestoneProgress, type MilestoneStatus, type UserDocument } from '../../../src/shared/document';
import { serializeDocument } from '../../../src/shared/documentFile';
import { commit, redo, undo, updateProgress } from '../../../src/shared/mutations';
import { applyStatus } from '../../../src/shared/progress';

const RUNS = Number(process.env['PATHBOARD_PROPERTY_RUNS'] ?? 200);

/** Encodes and checks at once: the bytes are only valid until the next encode. */
function expectSameBytes(text: DocumentText, doc: UserDocument) {
  const bytes = text.encode(doc).toString('utf8');
  expect(bytes).toBe(serializeDocument(doc));
  expect(JSON.parse(bytes)).toEqual(doc);
}

/** A learner `size` entries in: every entry with a note, one history entry each, so the big members span many chunks. */
function started(size: number, ids: (i: number) => string = (i) => `m${i}`): UserDocument {
  const doc: UserDocument = { ...emptyDocument(), activePathId: 'big-path' };
  const progress: Record<string, MilestoneProgress> = {};
  for (let i = 0; i < size; i++) {
    progress[ids(i)] = { status: 'done', startedAt: '2026-05-01T09:00:00.000Z', completedAt: '2026-05-02T09:00:00.000Z', notes: `Notes on ${i}.` };
    doc.history.push({ at: '2026-05-02T09:00:00.000Z', milestoneId: ids(i), from: 'todo', to: 'done' });
  }
  return { ...doc, progress };
}

// ---- random sequences of documents, as the store hands them to the encoder ----------------------------------------

type Op = (doc: UserDocument, now: Date) => UserDocument;

// Plain ids, and integer-like ones, which JSON.stringify (and Object.keys) put first, in numeric order.
const id = fc.oneof(
  fc.integer({ min: 0, max: 400 }).map((i) => `m${i}`),
  fc.integer({ min: 0, max: 400 }).map(String),
);
const status = fc.constantFrom<MilestoneStatus>('todo', 'in-progress', 'done', 'skipped');
const notes = fc.oneof(fc.constant(''), fc.string({ maxLength: 20 }), fc.constant('Ünïcødé — "quotes" \\ </script>\n\u2028 \ud800'));

const ops: fc.Arbitrary<{ name: string; op: Op }> = fc.oneof(
  fc.tuple(id, status).map(([m, s]) => ({ name: `status ${m} ${s}`, op: (d: UserDocument, now: Date) => commit(d, applyStatus(d, m, s, now), 'status', now, [m]) })),
  fc.tuple(id, notes).map(([m, n]) => ({ name: `notes ${m}`, op: (d: UserDocument, now: Date) => commit(d, updateProgress(d, m, { notes: n }), 'notes', now, [m]) })),
  fc.constant({ name: 'undo', op: (d: UserDocument, now: Date) => undo(d, now) }),
  fc.constant({ name: 'redo', op: (d: UserDocument, now: Date) => redo(d, now) }),
  // The history at its cap drops its oldest entries.
  fc.integer({ min: 1, max: 100 }).map((n) => ({ name: `history drops ${n}`, op: (d: UserDocument) => ({ ...d, history: d.history.slice(n) }) })),
  // A merge or a restore: the same data in new objects, or in another order.
  fc.constant({ name: 'restore (all new objects)', op: (d: UserDocument) => JSON.parse(JSON.stringify(d)) as UserDocument }),
  fc.constant({ name: 'progress reversed', op: (d: UserDocument) => ({ ...d, progress: Object.fromEntries(Object.entries(d.progress).reverse()) }) }),
  // An optional member that comes and goes, and one set to undefined (JSON leaves it out).
  fc.constant({ name: 'study on', op: (d: UserDocument) => ({ ...d, study: { hoursPerWeek: 5, weekdays: [1, 3], startDate: '2026-06-01', goalDates: {}, estimateOverrides: {} } }) }),
  fc.constant({ name: 'study undefined', op: (d: UserDocument) => ({ ...d, study: undefined }) }),
  fc.constant({ name: 'same document', op: (d: UserDocument) => d }),
  // A review answer: one more entry in a log inside a small member (encoded member by member, the log chunk by chunk).
  fc.constant({
    name: 'review answer',
    op: (d: UserDocument, now: Date) => ({ ...d, review: { ...d.review, log: [...d.review.log, { cardId: 'm1:0', at: now.toISOString(), rating: 3, state: 2 }] } }),
  }),
  // A member that grows from a few keys (encoded member by member) to many (encoded chunk by chunk), and back.
  fc.integer({ min: 0, max: 20 }).map((n) => ({
    name: `card order on ${n} paths`,
    op: (d: UserDocument) => ({ ...d, boardOrder: Object.fromEntries(Array.from({ length: n }, (_, i) => [`path-${i}`, { todo: [`m${i}`] }])) }),
  })),
);

/** A step's document is written, or its write fails and the store goes back to the document before it. */
const steps = fc.array(fc.record({ change: ops, writeFails: fc.boolean() }), { maxLength: 60 });

describe('DocumentText', () => {
  // Generous: a few seconds alone, much more on a loaded 2-core machine.
  it('encodes every document of a random sequence exactly as serializeDocument does, failed writes included', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), steps, (size, sequence) => {
        const text = new DocumentText();
        let doc = started(size, (i) => (i % 7 === 0 ? String(i * 3) : `m${i}`));
        expectSameBytes(text, doc);
        let clock = Date.UTC(2026, 5, 1);
        for (const { change, writeFails } of sequence) {
          clock += 61_000;
          const next = change.op(doc, new Date(clock));
          expectSameBytes(text, next);
          // A failed write leaves the store on the document before: the next change starts from there.
          if (!writeFails) doc = next;
        }
        expectSameBytes(text, doc);
      }),
      { numRuns: RUNS },
    );
  });

  it('encodes any JSON members exactly as JSON.stringify does: odd keys, holes, undefined, nested containers', { timeout: 120_000 }, () => {
    const key = fc.oneof(fc.string({ maxLength: 6 }), fc.nat(300).map(String), fc.constant('__proto__'), fc.constant(''));
    const value = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined));
    const entries = fc.array(fc.tuple(key, value), { maxLength: 200 });
    const edit = fc.tuple(fc.nat(), key, value, fc.constantFrom('set', 'delete', 'push', 'shift', 'hole'));
    fc.assert(
      fc.property(entries, fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 150 }), fc.array(edit, { maxLength: 30 }), (start, list, edits) => {
        const text = new DocumentText();
        // Object.fromEntries defines "__proto__" as a key of its own, as JSON.parse does.
        let doc: Record<string, unknown> = { map: Object.fromEntries(start), list, other: start[0]?.[1] };
        for (const [n, k, v, what] of edits) {
          const map = { ...(doc['map'] as Record<string, unknown>) };
          const items = [...(doc['list'] as unknown[])];
          if (what === 'set') Object.defineProperty(map, k, { value: v, enumerable: true, writable: true, configurable: true });
          if (what === 'delete') delete map[Object.keys(map)[n % Math.max(1, Object.keys(map).length)] ?? k];
          if (what === 'push') items.push(v);
          if (what === 'shift') items.splice(0, n % 5);
          // A hole on purpose: JSON writes null there.
          if (what === 'hole' && items.length > 0) Reflect.deleteProperty(items, n % items.length);
          doc = { ...doc, map, list: what === 'set' ? doc['list'] : items };
          const bytes = text.encode(doc as unknown as UserDocument).toString('utf8');
          expect(bytes).toBe(`${JSON.stringify(doc)}\n`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('leaves anything with its own toJSON to JSON.stringify, so those bytes are the same too', () => {
    const text = new DocumentText();
    const withDate = { ...started(3), study: { when: new Date(Date.UTC(2026, 0, 1)) } } as unknown as UserDocument;
    expect(text.encode(withDate).toString('utf8')).toBe(serializeDocument(withDate));
    const custom = { ...started(3), toJSON: () => ({ replaced: true }) } as unknown as UserDocument;
    expect(text.encode(custom).toString('utf8')).toBe('{"replaced":true}\n');
  });
});

describe('DocumentText work per change', () => {
  it(`re-encodes one progress bucket and about one chunk (${CHUNK} entries) of history for a status change at 5,000 entries`, () => {
    const text = new DocumentText();
    const now = new Date(Date.UTC(2026, 5, 1));
    let doc = started(5000);
    const total = text.encode(doc).length;
    for (const [m, s] of [['m2500', 'in-progress'], ['m17', 'todo'], ['m5000', 'done'], ['m4999', 'skipped']] as const) {
      doc = commit(doc, applyStatus(doc, m, s, now), 'status', now, [m]);
      const stringify = vi.spyOn(JSON, 'stringify');
      const bytes = text.encode(doc).toString('utf8');
      const encoded = stringify.mock.results.reduce((n, r) => n + String(r.value).length, 0);
      stringify.mockRestore();
      expect(bytes).toBe(serializeDocument(doc));
      // One progress bucket, one history chunk and the undo stack: a few percent of the file, not all of it.
      expect(encoded).toBeLessThan(total * 0.05);
    }
  });
});
