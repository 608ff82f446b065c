// The user's document on disk: lowdb over a durable adapter, a single write queue, and a guard that never overwrites a file it could not read.
import { readFile, rename } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import {
  SCHEMA_VERSION,
  UserDocumentSchema,
  emptyDocument,
  type Notice,
  type UserDocument,
} from '../../shared/document';
import { formatPath } from '../../shared/roadmap';
import { writeFileDurable } from './durableWrite';

export class ReadOnlyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReadOnlyError';
  }
}

class DurableJsonAdapter implements Adapter<UserDocument> {
  constructor(private readonly file: string) {}

  // Reading happens in DocumentStore.open, where a bad file can be told apart from a missing one.
  async read(): Promise<UserDocument | null> {
    return null;
  }

  async write(data: UserDocument): Promise<void> {
    await writeFileDurable(this.file, `${JSON.stringify(data, null, 2)}\n`);
  }
}

type LoadOutcome =
  | { kind: 'missing' }
  | { kind: 'ok'; document: UserDocument }
  | { kind: 'newer'; version: number }
  | { kind: 'bad'; reason: string };

async function loadFile(file: string): Promise<LoadOutcome> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { kind: 'bad', reason: `it is not valid JSON (${(error as Error).message})` };
  }
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) return { kind: 'newer', version };
  const parsed = UserDocumentSchema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? formatPath(first.path) || 'the document' : 'the document';
    return { kind: 'bad', reason: `it does not match Pathboard's data format (${where}: ${first?.message})` };
  }
  return { kind: 'ok', document: parsed.data };
}

export function quarantineName(file: string, now: Date): string {
  const ext = extname(file);
  const stem = basename(file, ext);
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return join(dirname(file), `${stem}.corrupt-${stamp}${ext}`);
}

export class DocumentStore {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly db: Low<UserDocument>,
    readonly notices: Notice[],
    private readonly readOnlyReason: string | null,
  ) {}

  /** Loads the file; a file that cannot be read as a Pathboard document is moved aside, never written over. */
  static async open(file: string, clock: () => Date): Promise<DocumentStore> {
    const db = new Low<UserDocument>(new DurableJsonAdapter(file), emptyDocument());
    const outcome = await loadFile(file);
    switch (outcome.kind) {
      case 'ok':
        db.data = outcome.document;
        return new DocumentStore(db, [], null);
      case 'missing':
        return new DocumentStore(db, [], null);
      case 'newer': {
        const message = `Your data file was written by a newer version of Pathboard (data format ${outcome.version}). It is open read-only so nothing in it is lost: update Pathboard to make changes.`;
        return new DocumentStore(db, [{ kind: 'data-file-newer', message, path: file }], message);
      }
      case 'bad': {
        const aside = quarantineName(file, clock());
        await rename(file, aside);
        const message = `Pathboard could not read your data file because ${outcome.reason}. It was moved, unchanged, to ${aside} and Pathboard started with fresh data.`;
        return new DocumentStore(db, [{ kind: 'data-file-quarantined', message, path: aside }], null);
      }
    }
  }

  get document(): UserDocument {
    return this.db.data;
  }

  get readOnly(): boolean {
    return this.readOnlyReason !== null;
  }

  /** Applies a pure change and resolves once it is durably on disk; on a failed write memory keeps the old document. */
  update(change: (doc: UserDocument) => UserDocument): Promise<UserDocument> {
    const run = async (): Promise<UserDocument> => {
      if (this.readOnlyReason) throw new ReadOnlyError(this.readOnlyReason);
      const previous = this.db.data;
      const next = change(previous);
      if (next === previous) return previous;
      this.db.data = next;
      try {
        await this.db.write();
      } catch (error) {
        this.db.data = previous;
        throw error;
      }
      return next;
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }
}
