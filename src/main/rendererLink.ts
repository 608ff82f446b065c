// Between the service and the one window: answers carry what changed since the last answer (a revision plus the changed
// parts) instead of the whole document. The shell's IPC module and the browser test harness both talk through this.
import { API_METHODS, type ApiMethod } from '../shared/channels';
import { changeBetween, type DocumentChange } from '../shared/documentChange';
import type { UserDocument } from '../shared/document';
import { contract, type ApiOutput, type DataChanged, type RendererDataChanged, type RendererOutput } from '../shared/ipc';
import { UserDocumentSchema } from '../shared/document';
import type { Result } from '../shared/result';
import type { UncheckedApi } from './api';

export type LinkedApi = { [M in ApiMethod]: (input: unknown) => Promise<Result<RendererOutput<ApiOutput<M>>>> };

export interface RendererLink {
  api: LinkedApi;
  /** The shell's data-changed event, with its document as a whole-document change the renderer starts again from. */
  dataChanged: (event: DataChanged) => RendererDataChanged;
}

export function linkRenderer(service: UncheckedApi): RendererLink {
  let sent: UserDocument | null = null;
  let revision = 0;

  /** The document as the change from what the renderer last received; the whole of it the first time or on request. */
  const changeTo = (doc: UserDocument, whole: boolean): DocumentChange => {
    if (whole || !sent) {
      sent = doc;
      revision += 1;
      return { revision, base: null, whole: doc };
    }
    if (doc === sent) return { revision, base: revision };
    const change = changeBetween(sent, doc, revision, revision + 1);
    sent = doc;
    revision += 1;
    return change;
  };

  const link = <M extends ApiMethod>(method: M) =>
    async (input: unknown): Promise<Result<RendererOutput<ApiOutput<M>>>> => {
      const result = await service[method](input);
      if (!result.ok) return result;
      const data: unknown = result.data;
      if (contract[method].output === UserDocumentSchema) {
        return { ok: true, data: changeTo(data as UserDocument, false) as RendererOutput<ApiOutput<M>> };
      }
      if (typeof data === 'object' && data !== null && 'document' in data) {
        const { document, ...rest } = data as { document: UserDocument };
        // getState is how a renderer starts (or starts again): it always gets the whole document.
        const change = changeTo(document, method === 'getState');
        return { ok: true, data: { ...rest, change } as RendererOutput<ApiOutput<M>> };
      }
      return result as Result<RendererOutput<ApiOutput<M>>>;
    };

  const api = Object.fromEntries(API_METHODS.map((method) => [method, link(method)])) as LinkedApi;
  return {
    api,
    dataChanged: ({ document, notice }) => ({ change: document ? changeTo(document, true) : null, notice }),
  };
}
