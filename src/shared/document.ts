// The user's document: everything Pathboard stores about one learner, versioned for migrations.
import { z } from 'zod';

export const SCHEMA_VERSION = 1;

export const MILESTONE_STATUSES = ['todo', 'in-progress', 'done', 'skipped'] as const;
export const MilestoneStatusSchema = z.enum(MILESTONE_STATUSES);
export type MilestoneStatus = z.infer<typeof MilestoneStatusSchema>;

export const MilestoneIdSchema = z
  .string()
  .max(100)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'is not a milestone id');
export const PathIdSchema = z
  .string()
  .max(100)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'is not a path id');

const Timestamp = z.iso.datetime({ offset: true });

export const MilestoneProgressSchema = z
  .object({
    status: MilestoneStatusSchema,
    startedAt: Timestamp.optional(),
    completedAt: Timestamp.optional(),
  })
  .strict();
export type MilestoneProgress = z.infer<typeof MilestoneProgressSchema>;

export const HistoryEntrySchema = z
  .object({
    at: Timestamp,
    milestoneId: MilestoneIdSchema,
    from: MilestoneStatusSchema,
    to: MilestoneStatusSchema,
  })
  .strict();
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

const KebabId = z
  .string()
  .max(100)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'is not an id');

/** The questionnaire answers (question id -> option id), kept so the result can be shown again or retaken. */
export const QuestionnaireAnswersSchema = z.record(KebabId, KebabId);

export const QuestionnaireStateSchema = z
  .object({
    answers: QuestionnaireAnswersSchema,
    completedAt: Timestamp,
  })
  .strict();
export type QuestionnaireState = z.infer<typeof QuestionnaireStateSchema>;

export const UserDocumentSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    activePathId: PathIdSchema.nullable(),
    progress: z.record(MilestoneIdSchema, MilestoneProgressSchema),
    history: z.array(HistoryEntrySchema),
    questionnaire: QuestionnaireStateSchema.optional(),
  })
  .strict();
export type UserDocument = z.infer<typeof UserDocumentSchema>;

export function emptyDocument(): UserDocument {
  return { schemaVersion: SCHEMA_VERSION, activePathId: null, progress: {}, history: [] };
}

/** Something the main process wants the user to know on start-up (e.g. where an unreadable file went). */
export const NoticeSchema = z
  .object({
    kind: z.enum(['data-file-quarantined', 'data-file-newer']),
    message: z.string(),
    path: z.string(),
  })
  .strict();
export type Notice = z.infer<typeof NoticeSchema>;
