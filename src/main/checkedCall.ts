// One call into the service: the payload is checked against the contract, and a thrown error becomes a coded answer.
import { contract } from '../shared/ipc';
import type { ApiMethod } from '../shared/channels';
import { fail, type Result } from '../shared/result';
import { formatIssuePath } from '../shared/roadmap';
import { DocumentTooLargeError, InvalidDocumentError, ReadOnlyError, WriteFailedError } from './store/errors';
import { TransferError } from './transfer';

export async function checkedCall(
  method: ApiMethod,
  input: unknown,
  handler: (input: unknown) => Promise<Result<unknown>>,
): Promise<Result<unknown>> {
  const parsed = contract[method].input.safeParse(input);
  if (!parsed.success) {
    const details = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${formatIssuePath(i.path) || 'payload'}: ${i.message}`)
      .join('; ');
    return fail('INVALID_INPUT', `Invalid request to ${contract[method].channel}: ${details}`);
  }
  try {
    return await handler(parsed.data);
  } catch (error) {
    if (error instanceof ReadOnlyError) return fail('READ_ONLY', error.message);
    if (error instanceof WriteFailedError) return fail('IO_ERROR', error.message);
    if (error instanceof DocumentTooLargeError || error instanceof InvalidDocumentError) return fail('INVALID_INPUT', error.message);
    if (error instanceof TransferError) return fail('INVALID_INPUT', error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string') {
      return fail('IO_ERROR', `Pathboard could not save your change (${code}). Nothing was lost; try again.`);
    }
    return fail('INTERNAL', `Something went wrong in ${contract[method].channel}: ${(error as Error).message}`);
  }
}
