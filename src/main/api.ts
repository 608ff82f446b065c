// The application service: one async function per contract call, on a data file and the roadmap folder. No electron here.
import type { z } from 'zod';
import { API_METHODS, type ApiMethod } from '../shared/channels';
import { contract, type Api, type ApiInput, type ApiOutput } from '../shared/ipc';
import { applyStatus } from '../shared/progress';
import { fail, ok, type Result } from '../shared/result';
import { formatPath, type Roadmap } from '../shared/roadmap';
import { validateAnswers } from '../shared/questionnaire';
import { DocumentStore, ReadOnlyError } from './store/documentStore';
import { loadRoadmaps } from './roadmaps';

export interface ApiOptions {
  dataFile: string;
  roadmapsDir: string;
  clock?: () => Date;
}

type Handlers = { [M in ApiMethod]: (input: z.output<(typeof contract)[M]['input']>) => Promise<Result<ApiOutput<M>>> };

/** An api whose methods accept anything: every input is validated against the contract before it reaches a handler. */
export type UncheckedApi = { [M in ApiMethod]: (input: unknown) => Promise<Result<ApiOutput<M>>> };

export async function createApi({ dataFile, roadmapsDir, clock = () => new Date() }: ApiOptions): Promise<UncheckedApi> {
  const roadmaps = await loadRoadmaps(roadmapsDir);
  const roadmapById = new Map<string, Roadmap>(roadmaps.map((r) => [r.id, r]));
  const knownMilestones = new Set(roadmaps.flatMap((r) => r.milestones.map((m) => m.id)));
  const store = await DocumentStore.open(dataFile, clock);

  const handlers: Handlers = {
    listRoadmaps: async () => ok(roadmaps),
    getRoadmap: async ({ pathId }) => {
      const roadmap = roadmapById.get(pathId);
      return roadmap ? ok(roadmap) : fail('NOT_FOUND', `There is no career path called "${pathId}".`);
    },
    getState: async () => ok({ document: store.document, notices: store.notices }),
    choosePath: async ({ pathId }) => {
      if (!roadmapById.has(pathId)) return fail('NOT_FOUND', `There is no career path called "${pathId}".`);
      return ok(await store.update((doc) => (doc.activePathId === pathId ? doc : { ...doc, activePathId: pathId })));
    },
    setMilestoneStatus: async ({ milestoneId, status }) => {
      if (!knownMilestones.has(milestoneId)) return fail('NOT_FOUND', `There is no milestone called "${milestoneId}".`);
      return ok(await store.update((doc) => applyStatus(doc, milestoneId, status, clock())));
    },
    saveQuestionnaire: async ({ answers }) => {
      const problems = validateAnswers(answers);
      if (problems.length > 0) return fail('INVALID_INPUT', `These answers do not fit the questionnaire: ${problems.join('; ')}`);
      const completedAt = clock().toISOString();
      return ok(await store.update((doc) => ({ ...doc, questionnaire: { answers: { ...answers }, completedAt } })));
    },
  };

  const api = {} as Record<ApiMethod, (input: unknown) => Promise<Result<unknown>>>;
  for (const method of API_METHODS) {
    api[method] = (input) => call(method, input, handlers[method] as (input: unknown) => Promise<Result<unknown>>);
  }
  return api as UncheckedApi;
}

async function call(
  method: ApiMethod,
  input: unknown,
  handler: (input: unknown) => Promise<Result<unknown>>,
): Promise<Result<unknown>> {
  const parsed = contract[method].input.safeParse(input);
  if (!parsed.success) {
    const details = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${formatPath(i.path) || 'payload'}: ${i.message}`)
      .join('; ');
    return fail('INVALID_INPUT', `Invalid request to ${contract[method].channel}: ${details}`);
  }
  try {
    return await handler(parsed.data);
  } catch (error) {
    if (error instanceof ReadOnlyError) return fail('READ_ONLY', error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string') {
      return fail('IO_ERROR', `Pathboard could not save your change (${code}). Nothing was lost; try again.`);
    }
    return fail('INTERNAL', `Something went wrong in ${contract[method].channel}: ${(error as Error).message}`);
  }
}

export type { Api, ApiInput };
