// Migrations: every past data format has a fixture that must migrate and validate, keeping the learner's data; bad
// versions give clear errors; steps are pure.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, UserDocumentSchema } from '../../../src/shared/document';
import { MIGRATIONS, MigrationError, migrate } from '../../../src/shared/migrations';
import { FIXTURES_DIR } from '../../support/tempDir';

const fixture = (version: number) => join(FIXTURES_DIR, 'documents', `v${version}.json`);
const load = (version: number): Record<string, unknown> => JSON.parse(readFileSync(fixture(version), 'utf8'));

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('migrate', () => {
  const versions = Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1);

  it('has a fixture file for every data format up to the current one', () => {
    expect(versions.filter((v) => !existsSync(fixture(v)))).toEqual([]);
  });

  it('has one step for every past data format', () => {
    expect(Object.keys(MIGRATIONS).map(Number).sort((a, b) => a - b)).toEqual(versions.slice(0, -1));
  });

  for (const version of versions) {
    it(`brings the v${version} fixture to v${SCHEMA_VERSION}, valid, with its progress, history and questionnaire kept`, () => {
      const original = load(version);
      const migrated = migrate(original, SCHEMA_VERSION);
      const parsed = UserDocumentSchema.safeParse(migrated);
      expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
      expect(parsed.data?.schemaVersion).toBe(SCHEMA_VERSION);
      expect(parsed.data?.activePathId).toEqual(original['activePathId']);
      expect(parsed.data?.progress).toEqual(original['progress']);
      expect(parsed.data?.history).toEqual(original['history']);
      expect(parsed.data?.questionnaire).toEqual(original['questionnaire']);
      expect(Object.keys(parsed.data?.progress ?? {}).length).toBeGreaterThan(0);
      expect(parsed.data?.history.length).toBeGreaterThan(0);
    });

    it(`does not change the v${version} fixture it was given`, () => {
      const original = deepFreeze(load(version));
      const snapshot = structuredClone(original);
      expect(() => migrate(original, SCHEMA_VERSION)).not.toThrow();
      expect(original).toEqual(snapshot);
    });
  }

  it('gives v1 data the fields v2 added, empty', () => {
    const migrated = migrate(load(1), 2) as Record<string, unknown>;
    expect(migrated).toMatchObject({ schemaVersion: 2, customMilestones: [], boardOrder: {}, undo: { past: [], future: [] } });
  });

  it('gives v3 data an empty spaced review, and keeps v4 review cards and answers as they are', () => {
    expect(migrate(load(3), 4)).toMatchObject({ schemaVersion: 4, review: { cards: {}, log: [] } });
    const v4 = UserDocumentSchema.parse(migrate(load(4), SCHEMA_VERSION));
    expect(v4.review).toEqual(load(4)['review']);
  });

  const badVersions: Array<[string, unknown, RegExp]> = [
    ['no schemaVersion', { activePathId: null }, /has no schemaVersion/],
    ['schemaVersion 0', { schemaVersion: 0 }, /schemaVersion \(0\) is not a whole number of 1 or more/],
    ['a negative schemaVersion', { schemaVersion: -1 }, /schemaVersion \(-1\) is not a whole number/],
    ['a fractional schemaVersion', { schemaVersion: 1.5 }, /schemaVersion \(1\.5\) is not a whole number/],
    ['a string schemaVersion', { schemaVersion: '1' }, /schemaVersion \("1"\) is not a whole number/],
    ['a null schemaVersion', { schemaVersion: null }, /schemaVersion \(null\) is not a whole number/],
    ['NaN', { schemaVersion: Number.NaN }, /schemaVersion \(null\) is not a whole number/],
    ['a newer schemaVersion', { schemaVersion: SCHEMA_VERSION + 1 }, /newer version of Pathboard/],
    ['an array', [1, 2], /not a Pathboard document/],
    ['null', null, /not a Pathboard document/],
    ['a string', 'pathboard', /not a Pathboard document/],
  ];
  for (const [label, value, message] of badVersions) {
    it(`explains what is wrong with ${label}`, () => {
      expect(() => migrate(value, SCHEMA_VERSION)).toThrow(MigrationError);
      expect(() => migrate(value, SCHEMA_VERSION)).toThrow(message);
    });
  }

  it('stops on a step that does not advance the version by exactly one, and on a missing step', () => {
    const stuck = { 1: (doc: Record<string, unknown>) => ({ ...doc, schemaVersion: 1 }) };
    expect(() => migrate({ schemaVersion: 1 }, 2, stuck)).toThrow(/did not produce data format 2/);
    expect(() => migrate({ schemaVersion: 1 }, 3, { 1: MIGRATIONS[1]! })).toThrow(/no migration from data format 2/);
  });
});
