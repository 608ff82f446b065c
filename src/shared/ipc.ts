// src/shared/: pure TypeScript both processes use: schemas, the IPC contract and every domain rule. No I/O.
// The IPC contract: one entry per call with its input and output schemas; main, preload and renderer types derive from it.
import { z } from 'zod';
import { CHANNELS, THEME_SOURCES, type ApiMethod, type EventName, type MenuCommand } from './channels';
import {
  CustomMilestoneFieldsSchema,
  LinkInputSchema,
  DaySchema,
  MilestoneIdSchema,
  MAX_CHECKLIST_STEPS,
  MilestoneProgressSchema,
  MilestoneStatusSchema,
  NoticeSchema,
  PathIdSchema,
  QuestionnaireAnswersSchema,
  ReviewCardIdSchema,
  UserDocumentSchema,
} from './document';
import { GlossarySchema } from './glossary';
import { QuestionnaireSchema } from './questionnaire';
import { MAX_RUBRIC, RoadmapSchema } from './roadmap';
import { EXPORT_REPORT_FORMATS, TEXT_REPORT_FORMATS } from './reportFormats';
import type { Result } from './result';

const NoInput = z.object({}).strict();

/**
 * When the learner made a change, as the renderer stamped it on the copy it shows at once. The service uses it when it
 * is within a minute of its own clock (else its own time), so the answer equals what the card already shows.
 */
const MadeAt = z.iso.datetime({ offset: true }).optional();

const ThemeSourceSchema = z.enum(THEME_SOURCES);

const BackupSummarySchema = z
  .object({
    pathId: z.string().nullable(),
    done: z.number(),
    inProgress: z.number(),
    customMilestones: z.number(),
    notes: z.number(),
    lastChange: z.string().nullable(),
  })
  .strict();
export type BackupSummary = z.infer<typeof BackupSummarySchema>;

export const AppStateSchema = z
  .object({
    document: UserDocumentSchema,
    notices: z.array(NoticeSchema),
  })
  .strict();

export const contract = {
  listRoadmaps: { channel: CHANNELS.listRoadmaps, input: NoInput, output: z.array(RoadmapSchema) },
  getRoadmap: { channel: CHANNELS.getRoadmap, input: z.object({ pathId: PathIdSchema }).strict(), output: RoadmapSchema },
  getQuestionnaire: { channel: CHANNELS.getQuestionnaire, input: NoInput, output: QuestionnaireSchema },
  getGlossary: { channel: CHANNELS.getGlossary, input: NoInput, output: GlossarySchema },
  getState: { channel: CHANNELS.getState, input: NoInput, output: AppStateSchema },
  revealNotice: {
    channel: CHANNELS.revealNotice,
    input: z.object({ path: z.string().min(1).max(4096) }).strict(),
    output: z.object({ revealed: z.boolean() }).strict(),
  },
  choosePath: {
    channel: CHANNELS.choosePath,
    input: z.object({ pathId: PathIdSchema }).strict(),
    output: UserDocumentSchema,
  },
  setMilestoneStatus: {
    channel: CHANNELS.setMilestoneStatus,
    input: z.object({ milestoneId: MilestoneIdSchema, status: MilestoneStatusSchema, at: MadeAt }).strict(),
    output: UserDocumentSchema,
  },
  saveQuestionnaire: {
    channel: CHANNELS.saveQuestionnaire,
    input: z.object({ answers: QuestionnaireAnswersSchema }).strict(),
    output: UserDocumentSchema,
  },
  moveMilestone: {
    channel: CHANNELS.moveMilestone,
    input: z
      .object({
        pathId: PathIdSchema,
        milestoneId: MilestoneIdSchema,
        status: MilestoneStatusSchema,
        index: z.number().int().min(0).max(100_000),
        at: MadeAt,
      })
      .strict(),
    output: UserDocumentSchema,
  },
  updateProgress: {
    channel: CHANNELS.updateProgress,
    input: z
      .object({
        milestoneId: MilestoneIdSchema,
        changes: z
          .object({
            checklist: MilestoneProgressSchema.shape.checklist,
            step: z.object({ index: z.number().int().min(0).max(MAX_CHECKLIST_STEPS - 1), done: z.boolean() }).strict().optional(),
            criterion: z.object({ index: z.number().int().min(0).max(MAX_RUBRIC - 1), done: z.boolean() }).strict().optional(),
            notes: MilestoneProgressSchema.shape.notes,
            // null clears the field.
            targetDate: DaySchema.nullable().optional(),
            evidenceUrl: LinkInputSchema.nullable().optional(),
            hoursSpent: MilestoneProgressSchema.shape.hoursSpent.unwrap().nullable().optional(),
            inPlan: z.boolean().optional(),
          })
          .strict(),
        at: MadeAt,
      })
      .strict(),
    output: UserDocumentSchema,
  },
  addCustomMilestone: {
    channel: CHANNELS.addCustomMilestone,
    input: z.object({ pathId: PathIdSchema, fields: CustomMilestoneFieldsSchema }).strict(),
    output: z.object({ document: UserDocumentSchema, id: MilestoneIdSchema }).strict(),
  },
  updateCustomMilestone: {
    channel: CHANNELS.updateCustomMilestone,
    input: z.object({ id: MilestoneIdSchema, fields: CustomMilestoneFieldsSchema }).strict(),
    output: UserDocumentSchema,
  },
  deleteCustomMilestone: {
    channel: CHANNELS.deleteCustomMilestone,
    input: z.object({ id: MilestoneIdSchema }).strict(),
    output: UserDocumentSchema,
  },
  resetPath: { channel: CHANNELS.resetPath, input: z.object({ pathId: PathIdSchema }).strict(), output: UserDocumentSchema },
  saveStudySettings: {
    channel: CHANNELS.saveStudySettings,
    input: z
      .object({
        hoursPerWeek: z.number(),
        weekdays: z.array(z.number().int()).max(7),
        startDate: DaySchema,
        goalDate: DaySchema.nullable(),
      })
      .strict(),
    output: UserDocumentSchema,
  },
  setEstimateOverride: {
    channel: CHANNELS.setEstimateOverride,
    input: z.object({ milestoneId: MilestoneIdSchema, hours: z.number().nullable() }).strict(),
    output: UserDocumentSchema,
  },
  renderReport: {
    channel: CHANNELS.renderReport,
    input: z.object({ format: z.enum(TEXT_REPORT_FORMATS), includeNotes: z.boolean() }).strict(),
    output: z.object({ content: z.string(), fileName: z.string() }).strict(),
  },
  exportReport: {
    channel: CHANNELS.exportReport,
    input: z.object({ format: z.enum(EXPORT_REPORT_FORMATS), includeNotes: z.boolean() }).strict(),
    output: z.object({ path: z.string().nullable() }).strict(),
  },
  backupData: { channel: CHANNELS.backupData, input: NoInput, output: z.object({ path: z.string().nullable() }).strict() },
  chooseBackup: {
    channel: CHANNELS.chooseBackup,
    input: NoInput,
    output: z
      .object({ path: z.string().nullable(), backup: BackupSummarySchema.optional(), current: BackupSummarySchema.optional() })
      .strict(),
  },
  restoreBackup: {
    channel: CHANNELS.restoreBackup,
    input: z.object({ path: z.string().min(1).max(4096) }).strict(),
    output: z.object({ document: UserDocumentSchema, safetyCopy: z.string() }).strict(),
  },
  undo: { channel: CHANNELS.undo, input: NoInput, output: UserDocumentSchema },
  redo: { channel: CHANNELS.redo, input: NoInput, output: UserDocumentSchema },
  // The renderer keeps the learner's theme choice (a UI preference); the shell follows it so menus and title bar match.
  setThemeSource: {
    channel: CHANNELS.setThemeSource,
    input: z.object({ source: ThemeSourceSchema }).strict(),
    output: z.object({ source: ThemeSourceSchema }).strict(),
  },
  // ---- Issue 16 ----
  exportCsv: {
    channel: CHANNELS.exportCsv,
    input: z.object({ includeNotes: z.boolean() }).strict(),
    output: z.object({ path: z.string().nullable() }).strict(),
  },
  exportCalendar: {
    channel: CHANNELS.exportCalendar,
    input: z
      .object({ weeks: z.union([z.literal(4), z.literal(12)]), startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day (HH:MM)') })
      .strict(),
    output: z.object({ path: z.string().nullable(), sessions: z.number().int().min(0) }).strict(),
  },
  addToReview: { channel: CHANNELS.addToReview, input: z.object({ milestoneId: MilestoneIdSchema }).strict(), output: UserDocumentSchema },
  removeFromReview: { channel: CHANNELS.removeFromReview, input: z.object({ milestoneId: MilestoneIdSchema }).strict(), output: UserDocumentSchema },
  answerReview: {
    channel: CHANNELS.answerReview,
    input: z.object({ cardId: ReviewCardIdSchema, rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]) }).strict(),
    output: UserDocumentSchema,
  },
  listConflictCopies: {
    channel: CHANNELS.listConflictCopies,
    input: NoInput,
    output: z.array(
      z
        .object({ path: z.string(), name: z.string(), modified: z.string(), copy: BackupSummarySchema.nullable(), problem: z.string().nullable() })
        .strict(),
    ),
  },
  mergeConflictCopy: {
    channel: CHANNELS.mergeConflictCopy,
    input: z.object({ path: z.string().min(1).max(4096) }).strict(),
    output: z
      .object({
        document: UserDocumentSchema,
        taken: z.array(MilestoneIdSchema),
        takenFields: z.record(MilestoneIdSchema, z.array(z.string())),
        notesJoined: z.array(MilestoneIdSchema),
        settings: z.array(z.string()),
        fromCommonVersion: z.boolean(),
        keptAs: z.string(),
      })
      .strict(),
  },
  moveDataFolder: {
    channel: CHANNELS.moveDataFolder,
    input: NoInput,
    // The move switches at once (no restart): the document now open (another computer's, when the folder held one) and
    // the notice saying where the data is. Only movedTo: null when the learner cancelled the folder dialog.
    output: z.union([
      z.object({ movedTo: z.null() }).strict(),
      z.object({ movedTo: z.string(), keptAs: z.string().nullable(), document: UserDocumentSchema, notice: NoticeSchema }).strict(),
    ]),
  },
} as const satisfies Record<ApiMethod, { channel: string; input: z.ZodType; output: z.ZodType }>;

/** What the window is told on a change on disk (another device's sync): the reloaded document, if one was loaded, and why. */
export const DataChangedSchema = z.object({ document: UserDocumentSchema.nullable(), notice: NoticeSchema }).strict();
export type DataChanged = z.infer<typeof DataChangedSchema>;

/** What each main-to-renderer event carries; an event added to EVENTS without a payload here fails the type check. */
interface EventPayloads {
  menuCommand: MenuCommand;
  dataChanged: DataChanged;
}
export type EventPayload<E extends EventName> = EventPayloads[E];

/** The preload's subscriptions, one per event: onMenuCommand(callback) => unsubscribe, passing only the payload. */
export type ApiEvents = { [E in EventName as `on${Capitalize<E>}`]: (callback: (payload: EventPayload<E>) => void) => () => void };

export type Contract = typeof contract;
export type ApiInput<M extends ApiMethod> = z.input<Contract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<Contract[M]['output']>;

/**
 * What the main-process service implements and `window.api` looks like in the renderer: every document-changing call
 * answers with the whole document (a structured clone of at most about 1.5 MB; see keepSame.ts for what the renderer
 * does with it).
 */
export type Api = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<Result<ApiOutput<M>>> };
