// Data migrations: ordered pure steps from schema version n to n + 1, run on a parsed file before it is validated.

export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] turns a version-n document into version n + 1. Never edit a shipped step: add the next one. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // v2 adds custom milestones, the learner's card order and a persistent undo history; progress entries gain
  // optional checklist ticks, notes, target date and hours, which need no change to existing entries.
  1: (doc) => ({
    ...doc,
    schemaVersion: 2,
    customMilestones: [],
    boardOrder: {},
    undo: { past: [], future: [] },
  }),
  // v3 lets undo steps also restore the chosen path, the study settings and the questionnaire answers. A v2 file is
  // already a valid v3 file; the version moves so that an older Pathboard opens v3 files read-only instead of
  // rejecting undo steps it does not know.
  2: (doc) => ({ ...doc, schemaVersion: 3 }),
  // v4 adds spaced review: prompts made from finished milestones, their FSRS scheduling state and the answers given.
  3: (doc) => ({ ...doc, schemaVersion: 4, review: { cards: {}, log: [] } }),
};

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationError';
  }
}

/**
 * Brings a parsed document up to `target` without touching its input (every step returns a new object). Throws
 * MigrationError, with a reason that completes "Pathboard could not read your data file because …", for a value that
 * is not an object, a missing or malformed version, a version newer than `target`, or a gap in the steps.
 */
export function migrate(value: unknown, target: number, steps: Readonly<Record<number, Migration>> = MIGRATIONS): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new MigrationError('it is not a Pathboard document (a JSON object was expected)');
  }
  let doc = value as Record<string, unknown>;
  if (!Object.hasOwn(doc, 'schemaVersion')) throw new MigrationError('it has no schemaVersion');
  const found = doc['schemaVersion'];
  if (typeof found !== 'number' || !Number.isInteger(found) || found < 1) {
    throw new MigrationError(`its schemaVersion (${JSON.stringify(found) ?? String(found)}) is not a whole number of 1 or more`);
  }
  if (found > target) {
    throw new MigrationError(`it was written by a newer version of Pathboard (data format ${found}, this one reads up to ${target})`);
  }
  let version = found;
  while (version < target) {
    const step = steps[version];
    if (!step) throw new MigrationError(`there is no migration from data format ${version}`);
    doc = step(doc);
    if (doc['schemaVersion'] !== version + 1) {
      throw new MigrationError(`the migration from data format ${version} did not produce data format ${version + 1}`);
    }
    version += 1;
  }
  return doc;
}
