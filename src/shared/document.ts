// The user's document: everything Pathboard stores about one learner, versioned for migrations.
import { z } from 'zod';
import { HTTPS_LINK, MAX_RESOURCES, MAX_RUBRIC, MILESTONE_KINDS, RESOURCE_KINDS, SKILL_AREAS } from './roadmap';
import { refineLink } from './safeLink';

export const SCHEMA_VERSION = 4;

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

const KebabId = z
  .string()
  .max(100)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'is not an id');

const Timestamp = z.iso.datetime({ offset: true });
/** A calendar day, YYYY-MM-DD, with no time zone attached. */
export const DaySchema = z.iso.date({ message: 'must be a date (YYYY-MM-DD)' });

export const NOTES_MAX_CHARS = 100_000;
export const MAX_HOURS_PER_WEEK = 112;
export const MAX_ESTIMATE_HOURS = 1000;
export const MAX_HOURS_SPENT = 10_000;

// Field rules, one definition each: the stored data, the forms' messages and the service's refusals all use these.
export const HoursPerWeekSchema = z
  .number({ message: 'Enter your study time as a number of hours per week.' })
  .positive('Study time must be more than 0 hours a week.')
  .max(MAX_HOURS_PER_WEEK, `There are only ${MAX_HOURS_PER_WEEK} waking hours in a week: enter ${MAX_HOURS_PER_WEEK} or fewer.`);
export const WeekdaysSchema = z
  .array(z.number().int().min(0).max(6, 'Study days must be days of the week, Monday to Sunday.'))
  .min(1, 'Pick at least one day of the week to study on.')
  .max(7)
  .refine((days) => new Set(days).size === days.length, 'Each study day can be picked only once.');
export const EstimateHoursSchema = z
  .number({ message: 'Enter the estimate as a number of hours.' })
  .positive('The estimate must be more than 0 hours.')
  .max(MAX_ESTIMATE_HOURS, `Keep the estimate at most ${MAX_ESTIMATE_HOURS.toLocaleString('en')} hours: split bigger work into several milestones.`);
export const HoursSpentSchema = z
  .number({ message: 'Enter hours as a number, like 2.5.' })
  .min(0, 'Hours spent cannot be negative.')
  .max(MAX_HOURS_SPENT, `That is more than ${MAX_HOURS_SPENT.toLocaleString('en')} hours.`);
/** Status changes kept in the history (progress.ts drops the oldest beyond this). */
export const HISTORY_MAX = 50_000;
export const MAX_CUSTOM_MILESTONES = 300;
/**
 * The largest data file Pathboard reads or writes: start-up, restore and the CLI refuse bigger files, and the store
 * refuses a change that would make the file bigger, so every file Pathboard writes can be read back by Pathboard.
 */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** Evidence links are plain https URLs: no other scheme, no spaces, nothing that could break out of an attribute. */
export const EVIDENCE_URL = HTTPS_LINK;
/**
 * A link as the file keeps it: https, no spaces. A file saved before links were checked for user info and invisible
 * characters must still open, so the stored shape stays this lenient; every link the learner enters now passes
 * `linkProblem` (`LinkInputSchema`, in the service's input and at the field), and the views and reports never link a
 * stored one that fails it (a resource shows its title only; a report leaves such evidence out).
 */
const StoredLink = z.string().trim().max(2000, 'Keep links under 2,000 characters.').regex(HTTPS_LINK, 'Links must start with https:// and contain no spaces.');
/** A link the learner enters now: `StoredLink` that also passes `linkProblem` (no user info, no invisible characters). */
export const LinkInputSchema = z.string().trim().max(2000, 'Keep links under 2,000 characters.').superRefine(refineLink);
export const MAX_CHECKLIST_STEPS = 20;

export const MilestoneProgressSchema = z
  .object({
    status: MilestoneStatusSchema,
    startedAt: Timestamp.optional(),
    completedAt: Timestamp.optional(),
    /** Indexes of the ticked checklist steps, ascending. */
    checklist: z.array(z.number().int().min(0).max(MAX_CHECKLIST_STEPS - 1)).max(MAX_CHECKLIST_STEPS).optional(),
    /** Portfolio projects: indexes of the rubric criteria the learner judges the finished piece to meet, ascending. */
    rubric: z.array(z.number().int().min(0).max(MAX_RUBRIC - 1)).max(MAX_RUBRIC).optional(),
    notes: z
      .string()
      .max(NOTES_MAX_CHARS, `Notes can be at most ${NOTES_MAX_CHARS.toLocaleString('en')} characters.`)
      .optional(),
    targetDate: DaySchema.optional(),
    hoursSpent: HoursSpentSchema.optional(),
    /** An optional milestone the learner added to their plan: it then counts like any other. */
    inPlan: z.literal(true).optional(),
    /** A link that shows the work: a repository, a demo, a certificate. */
    evidenceUrl: StoredLink.optional(),
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

/** The questionnaire answers (question id -> option id), kept so the result can be shown again or retaken. */
export const QuestionnaireAnswersSchema = z.record(KebabId, KebabId);

export const QuestionnaireStateSchema = z
  .object({
    answers: QuestionnaireAnswersSchema,
    completedAt: Timestamp,
  })
  .strict();

const Title = z.string().trim().min(1, 'Give the milestone a title.').max(120, 'Keep the title under 120 characters.');

/** A link the learner adds to their own milestone: the built-in resource shape, with messages for people. */
const StoredResourceSchema = z
  .object({
    title: z.string().trim().min(1, 'Give each link a title.').max(200, 'Keep link titles under 200 characters.'),
    url: StoredLink,
    kind: z.enum(RESOURCE_KINDS),
  })
  .strict();
/** The same, as the form and the service take it: the link must pass `linkProblem`. */
export const CustomResourceSchema = StoredResourceSchema.extend({ url: LinkInputSchema }).strict();
const ResourcesMax = `Add at most ${MAX_RESOURCES} links.`;

/** The fields a learner edits on their own milestone; also the form's validation. */
export const CustomMilestoneFieldsSchema = z
  .object({
    phaseId: KebabId,
    title: Title,
    summary: z.string().trim().max(2000, 'Keep the summary under 2,000 characters.'),
    doneWhen: z.string().trim().max(500, 'Keep "done when" under 500 characters.'),
    estimateHours: EstimateHoursSchema,
    kind: z.enum(MILESTONE_KINDS),
    skillArea: z.enum(SKILL_AREAS),
    prerequisites: z.array(MilestoneIdSchema).max(50),
    checklist: z.array(z.string().trim().min(1, 'A checklist step cannot be empty.').max(300)).max(MAX_CHECKLIST_STEPS),
    // Optional, so documents saved before it need no migration.
    resources: z.array(CustomResourceSchema).max(MAX_RESOURCES, ResourcesMax).optional(),
  })
  .strict();
export type CustomMilestoneFields = z.infer<typeof CustomMilestoneFieldsSchema>;

export const CustomMilestoneSchema = CustomMilestoneFieldsSchema.extend({
  resources: z.array(StoredResourceSchema).max(MAX_RESOURCES, ResourcesMax).optional(),
  id: MilestoneIdSchema.regex(/^custom-/, 'custom milestone ids start with "custom-"'),
  pathId: PathIdSchema,
  createdAt: Timestamp,
}).strict();
export type CustomMilestone = z.infer<typeof CustomMilestoneSchema>;

/** The learner's own order of cards, per path and column (milestone ids, top first). */
export const BoardOrderSchema = z
  .object({
    todo: z.array(MilestoneIdSchema).optional(),
    'in-progress': z.array(MilestoneIdSchema).optional(),
    done: z.array(MilestoneIdSchema).optional(),
    skipped: z.array(MilestoneIdSchema).optional(),
  })
  .strict();
export type BoardOrder = z.infer<typeof BoardOrderSchema>;

/** Study plan settings: one weekly budget for the learner, a goal date per path, estimate overrides per milestone. */
export const StudySettingsSchema = z
  .object({
    hoursPerWeek: HoursPerWeekSchema,
    weekdays: WeekdaysSchema,
    startDate: DaySchema,
    goalDates: z.record(PathIdSchema, DaySchema),
    estimateOverrides: z.record(MilestoneIdSchema, EstimateHoursSchema),
  })
  .strict();
export type StudySettingsData = z.infer<typeof StudySettingsSchema>;

/**
 * What an undoable change replaced: the previous value (or null for "absent") of every key it touched, and of the
 * whole-document fields (the chosen path, the study settings, the questionnaire answers) when it touched them.
 */
export const UndoPatchSchema = z
  .object({
    progress: z.record(MilestoneIdSchema, MilestoneProgressSchema.nullable()).optional(),
    custom: z.record(MilestoneIdSchema, CustomMilestoneSchema.nullable()).optional(),
    order: z.record(PathIdSchema, BoardOrderSchema.nullable()).optional(),
    activePathId: z.object({ value: PathIdSchema.nullable() }).strict().optional(),
    study: z.object({ value: StudySettingsSchema.nullable() }).strict().optional(),
    questionnaire: z.object({ value: QuestionnaireStateSchema.nullable() }).strict().optional(),
  })
  .strict();
export type UndoPatch = z.infer<typeof UndoPatchSchema>;

export const UndoEntrySchema = z
  .object({ label: z.string().max(300), at: Timestamp, patch: UndoPatchSchema })
  .strict();
export type UndoEntry = z.infer<typeof UndoEntrySchema>;
export const UNDO_LIMIT = 50;

/** A review card's id: the milestone id, then the checklist step's index or "done-when". */
export const ReviewCardIdSchema = z
  .string()
  .max(120)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*:(\d{1,2}|done-when)$/, 'is not a review card id');
export const MAX_REVIEW_CARDS = 5_000;
/** Answers kept for the retention figures (the oldest go first): years of daily review. */
export const REVIEW_LOG_MAX = 20_000;
const FsrsState = z.number().int().min(0).max(3);

/** One review prompt and its FSRS scheduling state (ts-fsrs's Card, with dates as timestamps). */
export const ReviewCardSchema = z
  .object({
    milestoneId: MilestoneIdSchema,
    /** The prompt as it read when the card was made, so it survives a roadmap update or a deleted milestone. */
    prompt: z.string().min(1).max(600),
    addedAt: Timestamp,
    due: Timestamp,
    stability: z.number().min(0).max(1e6),
    difficulty: z.number().min(0).max(100),
    scheduledDays: z.number().int().min(0).max(1e6),
    learningSteps: z.number().int().min(0).max(100),
    reps: z.number().int().min(0).max(1e7),
    lapses: z.number().int().min(0).max(1e7),
    /** FSRS state: 0 new, 1 learning, 2 review, 3 relearning. */
    state: FsrsState,
    lastReview: Timestamp.optional(),
  })
  .strict();
export type ReviewCard = z.infer<typeof ReviewCardSchema>;

export const ReviewLogEntrySchema = z
  .object({
    cardId: ReviewCardIdSchema,
    at: Timestamp,
    /** 1 again, 2 hard, 3 good, 4 easy. */
    rating: z.number().int().min(1).max(4),
    /** The card's FSRS state before the answer: retention counts answers to cards that were in review (2). */
    state: FsrsState,
  })
  .strict();
export type ReviewLogEntry = z.infer<typeof ReviewLogEntrySchema>;

export const ReviewDataSchema = z
  .object({
    cards: z.record(ReviewCardIdSchema, ReviewCardSchema).refine((c) => Object.keys(c).length <= MAX_REVIEW_CARDS, `at most ${MAX_REVIEW_CARDS} review cards`),
    log: z.array(ReviewLogEntrySchema).max(REVIEW_LOG_MAX),
  })
  .strict();
export type ReviewData = z.infer<typeof ReviewDataSchema>;

export const UserDocumentSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    activePathId: PathIdSchema.nullable(),
    progress: z.record(MilestoneIdSchema, MilestoneProgressSchema),
    history: z.array(HistoryEntrySchema).max(HISTORY_MAX, `history: at most ${HISTORY_MAX.toLocaleString('en')} status changes are kept`),
    questionnaire: QuestionnaireStateSchema.optional(),
    customMilestones: z
      .array(CustomMilestoneSchema)
      .max(MAX_CUSTOM_MILESTONES, `at most ${MAX_CUSTOM_MILESTONES} custom milestones`),
    study: StudySettingsSchema.optional(),
    boardOrder: z.record(PathIdSchema, BoardOrderSchema),
    undo: z.object({ past: z.array(UndoEntrySchema).max(UNDO_LIMIT), future: z.array(UndoEntrySchema).max(UNDO_LIMIT) }).strict(),
    /** Spaced review (v4). Outside undo, like the history: an answer records what the learner remembered. */
    review: ReviewDataSchema,
  })
  .strict();
export type UserDocument = z.infer<typeof UserDocumentSchema>;

export function emptyDocument(): UserDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    activePathId: null,
    progress: {},
    history: [],
    customMilestones: [],
    boardOrder: {},
    undo: { past: [], future: [] },
    review: { cards: {}, log: [] },
  };
}

/** Something the main process wants the user to know on start-up (e.g. where an unreadable file went). */
export const NoticeSchema = z
  .object({
    kind: z.enum([
      ...['data-file-quarantined', 'data-file-newer', 'data-file-restored', 'read-only', 'last-good-copy'] as const,
      // The synced data folder (issue 16), then disk faults and locks (issue 24).
      ...['data-file-reloaded', 'sync-kept-both', 'sync-unreadable', 'data-folder-moved'] as const,
      ...['data-file-unreadable', 'data-file-forbidden', 'data-file-special', 'write-not-flushed', 'lock-taken-over'] as const,
    ]),
    message: z.string(),
    path: z.string(),
  })
  .strict();
export type Notice = z.infer<typeof NoticeSchema>;
