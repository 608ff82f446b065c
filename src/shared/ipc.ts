// The IPC contract: one entry per call with its input and output schemas; main, preload and renderer types derive from it.
import { z } from 'zod';
import { CHANNELS, type ApiMethod } from './channels';
import {
  MilestoneIdSchema,
  MilestoneStatusSchema,
  NoticeSchema,
  PathIdSchema,
  QuestionnaireAnswersSchema,
  UserDocumentSchema,
} from './document';
import { RoadmapSchema } from './roadmap';
import type { Result } from './result';

const NoInput = z.object({}).strict();

export const AppStateSchema = z
  .object({
    document: UserDocumentSchema,
    notices: z.array(NoticeSchema),
  })
  .strict();
export type AppState = z.infer<typeof AppStateSchema>;

export const contract = {
  listRoadmaps: { channel: CHANNELS.listRoadmaps, input: NoInput, output: z.array(RoadmapSchema) },
  getRoadmap: { channel: CHANNELS.getRoadmap, input: z.object({ pathId: PathIdSchema }).strict(), output: RoadmapSchema },
  getState: { channel: CHANNELS.getState, input: NoInput, output: AppStateSchema },
  choosePath: {
    channel: CHANNELS.choosePath,
    input: z.object({ pathId: PathIdSchema }).strict(),
    output: UserDocumentSchema,
  },
  setMilestoneStatus: {
    channel: CHANNELS.setMilestoneStatus,
    input: z.object({ milestoneId: MilestoneIdSchema, status: MilestoneStatusSchema }).strict(),
    output: UserDocumentSchema,
  },
  saveQuestionnaire: {
    channel: CHANNELS.saveQuestionnaire,
    input: z.object({ answers: QuestionnaireAnswersSchema }).strict(),
    output: UserDocumentSchema,
  },
} as const satisfies Record<ApiMethod, { channel: string; input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type ApiInput<M extends ApiMethod> = z.input<Contract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<Contract[M]['output']>;

/** What `window.api` looks like in the renderer, and what the main-process service implements. */
export type Api = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<Result<ApiOutput<M>>> };
