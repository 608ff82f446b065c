// Child process for crash.test.ts: saves an ever-growing counter and prints each value once its save has resolved.
// Usage: node writer.mjs <durable|naive> <file> <padBytes>. "durable" is the real DocumentStore; "naive" is a plain
// fs.writeFile, the control that the test must catch losing data.
import { readFile, writeFile } from 'node:fs/promises';
import { UserDocumentSchema, emptyDocument, type UserDocument } from '../../../src/shared/document';
import { DocumentStore } from '../../../src/main/store/documentStore';
import { counterOf, withCounter } from './counter';

const [mode, file, pad] = process.argv.slice(2);
if (!file || (mode !== 'durable' && mode !== 'naive')) throw new Error('usage: writer.mjs <durable|naive> <file> <padBytes>');
const padBytes = Number(pad ?? 0);

function ack(n: number): void {
  // stdout to a pipe is synchronous on Linux and macOS: the parent has the value before the next save starts.
  process.stdout.write(`${n}\n`);
}

async function durable(): Promise<void> {
  const store = await DocumentStore.open(file!, () => new Date());
  let n = counterOf(store.document);
  for (;;) {
    n += 1;
    const target = n;
    await store.update((doc) => withCounter(doc, target, padBytes));
    ack(n);
  }
}

async function naive(): Promise<void> {
  let doc: UserDocument;
  try {
    doc = UserDocumentSchema.parse(JSON.parse(await readFile(file!, 'utf8')));
  } catch {
    doc = emptyDocument();
  }
  let n = counterOf(doc);
  for (;;) {
    n += 1;
    doc = withCounter(doc, n, padBytes);
    await writeFile(file!, `${JSON.stringify(doc, null, 2)}\n`);
    ack(n);
  }
}

await (mode === 'durable' ? durable() : naive());
