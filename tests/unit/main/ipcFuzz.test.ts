// Property-based IPC fuzzing: every contract call, fed arbitrary and half-valid payloads, answers with a valid result or
// a typed error, never throws, leaves a valid data file and never pollutes Object.prototype.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type UncheckedApi } from '../../../src/main/api';
import { loadRoadmaps } from '../../../src/main/roadmaps';
import { API_METHODS } from '../../../src/shared/channels';
import { MILESTONE_STATUSES, UserDocumentSchema, emptyDocument } from '../../../src/shared/document';
import { contract } from '../../../src/shared/ipc';
import { QUESTIONS } from '../../support/questionnaireFile';
import type { ErrorCode } from '../../../src/shared/result';
import { ROADMAPS_DIR } from '../../support/tempDir';

const RUNS_PER_CHANNEL = Number(process.env['PATHBOARD_FUZZ_RUNS'] ?? 250);

// Exhaustive by type: a new ErrorCode fails the type check here until the fuzzer knows it.
const ERROR_CODES = {
  INVALID_INPUT: true,
  NOT_FOUND: true,
  READ_ONLY: true,
  IO_ERROR: true,
  FORBIDDEN: true,
  UNAVAILABLE: true, // export/backup/restore without native dialogs (this test has none)
  INTERNAL: false, // a known code, but the fuzzer treats an INTERNAL answer as a bug: some input reached a throw.
} satisfies Record<ErrorCode, boolean>;

const DANGEROUS_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];

function deep(depth: number, leaf: unknown, wrap: 'object' | 'array'): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = wrap === 'object' ? { a: value } : [value];
  return value;
}

/** Values that are wrong in every position: anything, with hostile keys, huge strings and deep nesting. */
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.anything({ key: fc.oneof(fc.string(), fc.constantFrom(...DANGEROUS_KEYS)), maxDepth: 4, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withBoxedValues: true }) },
  { weight: 1, arbitrary: fc.constantFrom('{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"polluted":1}}}', '{"a":{"__proto__":{"polluted":1}}}').map((s) => JSON.parse(s) as unknown) },
  { weight: 1, arbitrary: fc.constantFrom(deep(5_000, 'x', 'object'), deep(5_000, 1, 'array'), 'x'.repeat(2_000_000), '\u0000'.repeat(1000), -0, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 2, null, undefined) },
);

interface Atoms {
  /** Good values by the field name they usually fill (pathId, milestoneId, status, phaseId, …); '*' for any string. */
  byKey: Record<string, string[]>;
  recordKeys: string[];
}

/** Stands for "the id of a custom milestone this run created"; swapped for a real one just before the call. */
const CUSTOM_REF = '\u0000custom-ref';

function stringAtoms(atoms: Atoms, key: string): string[] {
  return atoms.byKey[key] ?? atoms.byKey['*']!;
}

/**
 * An arbitrary that follows a zod schema's shape, with good values picked by field name, so many payloads pass
 * validation and reach the handlers. With `dirty`, every level sometimes swaps in a hostile value, drops a key or adds
 * one, so the payloads are "almost valid" in every way.
 */
function shaped(schema: z.ZodType, atoms: Atoms, dirty: boolean, key = '*', depth = 0): fc.Arbitrary<unknown> {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  const mutate = (valid: fc.Arbitrary<unknown>) =>
    dirty ? fc.oneof({ weight: 8, arbitrary: valid }, { weight: 1, arbitrary: hostile }) : valid;
  const child = (s: unknown, k = key) => shaped(s as z.ZodType, atoms, dirty, k, depth + 1);
  switch (def.type) {
    case 'object': {
      const shape = Object.entries(def['shape'] as Record<string, z.ZodType>);
      const full = fc.record(Object.fromEntries(shape.map(([k, v]) => [k, child(v, k)])));
      if (!dirty) return full;
      const partial = fc.record(Object.fromEntries(shape.map(([k, v]) => [k, child(v, k)])), { requiredKeys: [] });
      const extra = fc.tuple(full, fc.constantFrom(...DANGEROUS_KEYS, 'admin', 'schemaVersion'), hostile).map(([obj, extraKey, value]) => {
        const copy: Record<string, unknown> = { ...obj };
        Object.defineProperty(copy, extraKey, { value, enumerable: true, configurable: true, writable: true });
        return copy;
      });
      return mutate(fc.oneof({ weight: 6, arbitrary: full }, { weight: 2, arbitrary: partial }, { weight: 1, arbitrary: extra }));
    }
    case 'optional':
      return fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 3, arbitrary: child(def['innerType']) });
    case 'nullable':
      return fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 3, arbitrary: child(def['innerType']) });
    case 'default':
    case 'readonly':
    case 'catch':
      return child(def['innerType']);
    case 'pipe':
      return child(def['in']);
    case 'enum':
      return mutate(fc.constantFrom(...(Object.values(def['entries'] as object) as unknown[])));
    case 'literal':
      return mutate(fc.constantFrom(...(def['values'] as unknown[])));
    case 'union':
      return fc.oneof(...(def['options'] as z.ZodType[]).map((o) => child(o)));
    case 'array':
      return mutate(fc.array(child(def['element']), { maxLength: dirty && depth < 3 ? 25 : 2 }));
    case 'record': {
      const keys = dirty ? fc.oneof(fc.constantFrom(...atoms.recordKeys), fc.string(), fc.constantFrom(...DANGEROUS_KEYS)) : fc.constantFrom(...atoms.recordKeys);
      return mutate(fc.dictionary(keys, child(def['valueType'], 'recordValue'), { maxKeys: 8 }));
    }
    case 'string': {
      const format = def['format'];
      const good =
        format === 'date'
          ? fc.constantFrom('2026-06-01', '2027-01-31')
          : format === 'datetime'
            ? fc.constant('2026-06-01T10:00:00.000Z')
            : fc.constantFrom(...stringAtoms(atoms, key));
      if (!dirty) return good;
      return mutate(
        fc.oneof(
          { weight: 8, arbitrary: good },
          { weight: 2, arbitrary: fc.constantFrom(...atoms.byKey['*']!, '2027-02-29', '2026-13-40', '') },
          { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
          { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
          { weight: 1, arbitrary: fc.constantFrom('  ', 'a'.repeat(301), 'n'.repeat(100_000), 'n'.repeat(100_001), 'x'.repeat(2_000_000)) },
        ),
      );
    }
    case 'number': {
      const good = fc.oneof(fc.integer({ min: 0, max: 12 }), fc.constantFrom(0.5, 2.5, 40));
      if (!dirty) return good;
      return mutate(
        fc.oneof(
          { weight: 4, arbitrary: good },
          { weight: 1, arbitrary: fc.double() },
          { weight: 1, arbitrary: fc.constantFrom(-1, -0, 999.9, 1000, 1000.5, 10_000, 10_001, 100_000, 100_001, Number.NaN, Number.POSITIVE_INFINITY) },
        ),
      );
    }
    case 'boolean':
      return mutate(fc.boolean());
    default:
      return hostile;
  }
}

const customIds: string[] = [];
let nextCustom = 0;

/** Swaps CUSTOM_REF in a payload's fields (one level down, where ids live) for a custom milestone id created earlier. */
function withCustomIds(payload: unknown): unknown {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload) || Object.getPrototypeOf(payload) !== Object.prototype) {
    return payload;
  }
  const swap = (value: unknown) => (value === CUSTOM_REF ? (customIds[nextCustom++ % Math.max(1, customIds.length)] ?? 'custom-none') : value);
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(payload)) {
    const swapped = Array.isArray(value) ? value.map(swap) : swap(value);
    Object.defineProperty(copy, key, { value: swapped, enumerable: true, configurable: true, writable: true });
  }
  return copy;
}

function validateFile(text: string): void {
  const parsed = UserDocumentSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`the data file no longer validates: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
}

let dir: string;
let dataFile: string;
let backupFile: string;
let api: UncheckedApi;
let atoms: Atoms;
const prototypeKeys = (proto: object) => Reflect.ownKeys(proto).map(String).sort();
const baseline = { object: prototypeKeys(Object.prototype), array: prototypeKeys(Array.prototype), fn: prototypeKeys(Function.prototype) };

beforeAll(async () => {
  // tmpfs where there is one: fsync cost is not what this test is about, and it keeps thousands of writes fast.
  dir = await mkdtemp(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'pathboard-fuzz-'));
  dataFile = join(dir, 'pathboard.json');
  // Dialogs that answer like a learner would: sometimes a file, sometimes Cancel. The backup offered for restore is
  // a real one, so restore's success path is fuzzed too.
  backupFile = join(dir, 'offered-backup.json');
  await writeFile(backupFile, JSON.stringify({ ...emptyDocument(), activePathId: 'mlops-engineer' }));
  let saves = 0;
  api = await createApi({
    dataFile,
    roadmapsDir: ROADMAPS_DIR,
    dialogs: {
      chooseSavePath: async (name) => (++saves % 3 === 0 ? null : join(dir, `save-${saves % 5}-${name}`)),
      chooseOpenPath: async () => (++saves % 4 === 0 ? null : backupFile),
    },
  });
  const roadmaps = await loadRoadmaps(ROADMAPS_DIR);
  const milestones = roadmaps.flatMap((r) => r.milestones);
  const pathIds = [...roadmaps.map((r) => r.id), 'astronaut'];
  const milestoneIds = [...milestones.map((m) => m.id), CUSTOM_REF, CUSTOM_REF, 'custom-0000000000', 'juggling'];
  const text = ['A small project', 'Ship a model behind an API', 'Read the docs', 'It runs in production'];
  const questionAtoms = QUESTIONS.flatMap((q) => [q.id, ...q.options.map((o) => o.id)]);
  atoms = {
    byKey: {
      pathId: pathIds,
      milestoneId: milestoneIds,
      id: [CUSTOM_REF, CUSTOM_REF, CUSTOM_REF, 'custom-0000000000', milestones[0]!.id],
      prerequisites: milestones.slice(0, 12).map((m) => m.id),
      phaseId: [...new Set(roadmaps.flatMap((r) => r.phases.map((p) => p.id)))],
      status: [...MILESTONE_STATUSES],
      recordValue: questionAtoms,
      title: text,
      summary: text,
      doneWhen: text,
      checklist: text,
      notes: [...text, '# Notes\n\n- one\n- two', '<img src=x onerror=alert(1)>'],
      label: text,
      path: [backupFile, backupFile, join(dir, 'elsewhere.json'), '/etc/passwd'],
      '*': [...pathIds, ...milestoneIds.slice(0, 20), ...MILESTONE_STATUSES, ...questionAtoms.slice(0, 10), ...text, '__proto__', 'constructor'],
    },
    recordKeys: [...QUESTIONS.map((q) => q.id), ...roadmaps.map((r) => r.id)],
  };
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('IPC fuzzing', () => {
  const runs: Record<string, { ok: number; errors: Record<string, number> }> = {};

  afterAll(() => {
    const lines = Object.entries(runs).map(
      ([channel, r]) => `  ${channel}: ${r.ok + Object.values(r.errors).reduce((a, b) => a + b, 0)} runs, ${r.ok} ok, errors ${JSON.stringify(r.errors)}`,
    );
    console.log(`IPC fuzz, runs per channel:\n${lines.join('\n')}`);
  });

  for (const method of API_METHODS) {
    const { channel, input, output } = contract[method];
    it(`${channel}: any payload gets a valid result or a typed error, and the data stays valid`, async () => {
      const tally = (runs[channel] = { ok: 0, errors: {} as Record<string, number> });
      const payloads = fc.oneof(
        { weight: 3, arbitrary: shaped(input, atoms, false) },
        { weight: 4, arbitrary: shaped(input, atoms, true) },
        { weight: 1, arbitrary: hostile },
      );
      await fc.assert(
        fc.asyncProperty(payloads, async (payload) => {
          let result: unknown;
          try {
            result = await api[method](withCustomIds(payload));
          } catch (error) {
            throw new Error(`${channel} threw instead of answering: ${String(error)}`, { cause: error });
          }
          const r = result as { ok: boolean; data?: unknown; error?: { code: string; message: string } };
          if (r.ok) {
            const created = (r.data as { id?: unknown }).id;
            if (method === 'addCustomMilestone' && typeof created === 'string') customIds.push(created);
            const checked = output.safeParse(r.data);
            if (!checked.success) throw new Error(`${channel} answered ok with data that breaks its contract: ${checked.error.message.slice(0, 300)}`);
            tally.ok++;
          } else {
            const code = r.error?.code ?? 'missing';
            if (!(ERROR_CODES as Record<string, boolean>)[code]) throw new Error(`${channel} answered with error ${code}: ${r.error?.message}`);
            if (typeof r.error?.message !== 'string' || r.error.message.length < 5) throw new Error(`${channel}: an error without a message`);
            if (Object.keys(r).sort().join() !== 'error,ok' || Object.keys(r.error).sort().join() !== 'code,message') {
              throw new Error(`${channel}: an error of the wrong shape ${JSON.stringify(r)}`);
            }
            tally.errors[code] = (tally.errors[code] ?? 0) + 1;
          }
          if (existsSync(dataFile)) validateFile(await readFile(dataFile, 'utf8'));
          expect(prototypeKeys(Object.prototype)).toEqual(baseline.object);
          expect(prototypeKeys(Array.prototype)).toEqual(baseline.array);
          expect(prototypeKeys(Function.prototype)).toEqual(baseline.fn);
          expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
        }),
        { numRuns: RUNS_PER_CHANNEL },
      );
    }, 60_000);
  }

  it('leaves a data file that a fresh start loads without any notice', async () => {
    const again = await createApi({ dataFile, roadmapsDir: ROADMAPS_DIR });
    const state = await again.getState({});
    expect(state.ok && state.data.notices).toEqual([]);
    expect(Object.values(runs).reduce((n, r) => n + r.ok, 0)).toBeGreaterThan(API_METHODS.length * 5);
  });
});
