// A data file as Pathboard reads it (parse, migrate, validate), for tests that compare it with a document in memory.
import { readFile } from 'node:fs/promises';
import type { UserDocument } from '../../src/shared/document';
import { parseDocumentText } from '../../src/shared/documentFile';

export async function readDataFile(file: string): Promise<UserDocument> {
  const parsed = parseDocumentText(await readFile(file, 'utf8'));
  if (parsed.kind !== 'ok') throw new Error(`${file} is not a Pathboard data file: ${parsed.kind === 'bad' ? parsed.reason : `version ${parsed.version}`}`);
  return parsed.document;
}
