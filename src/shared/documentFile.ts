// Reading a user document from text, the one way everywhere (start-up, restore, the command line): parse -> migrate -> validate.
import { SCHEMA_VERSION, UserDocumentSchema, type UserDocument } from './document';
import { MigrationError, migrate } from './migrations';
import { formatIssuePath } from './roadmap';

export type ParsedDocument =
  | { kind: 'ok'; document: UserDocument }
  | { kind: 'newer'; version: number }
  | { kind: 'bad'; reason: string };

/**
 * The one way a document becomes a file (data file, last good copy, backups, the copy kept before a restore): compact
 * JSON, a third smaller than indented and faster to write, so the size limit means the same thing for all of them.
 */
export function serializeDocument(doc: UserDocument): string {
  return `${JSON.stringify(doc)}\n`;
}

export function parseDocumentText(text: string): ParsedDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { kind: 'bad', reason: `it is not valid JSON (${(error as Error).message})` };
  }
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) return { kind: 'newer', version };
  try {
    value = migrate(value, SCHEMA_VERSION);
  } catch (error) {
    if (error instanceof MigrationError) return { kind: 'bad', reason: error.message };
    throw error;
  }
  const parsed = UserDocumentSchema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? formatIssuePath(first.path) || 'the document' : 'the document';
    return { kind: 'bad', reason: `it does not match Pathboard's data format (${where}: ${first?.message})` };
  }
  return { kind: 'ok', document: parsed.data };
}
