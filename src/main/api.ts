// The application service: one async function per contract call, on a data file and the roadmap folder. No electron here.
import type { z } from 'zod';
import { API_METHODS, type ApiMethod } from '../shared/channels';
import { contract, type ApiOutput } from '../shared/ipc';
import type { ThemeSource } from '../shared/channels';
import { randomBytes } from 'node:crypto';
import {
  addCustomMilestone,
  commit,
  deleteCustomMilestone,
  editCustomMilestone,
  moveToColumn,
  redo,
  resetPath,
  undo,
  updateProgress,
} from '../shared/mutations';
import { checkCustomFields, customAsMilestone, pathView } from '../shared/pathView';
import { COLUMN_TITLES } from '../shared/board';
import { EstimateHoursSchema, type UserDocument } from '../shared/document';
import { applyStatus } from '../shared/progress';
import { fail, ok, type Result } from '../shared/result';
import { formatPath, type Milestone, type Roadmap } from '../shared/roadmap';
import { validateAnswers } from '../shared/questionnaire';
import { builtInGuides } from './roadmaps';
import { DEFAULT_STUDY, studySettingsProblems, toDay } from '../shared/study';
import { DocumentStore, DocumentTooLargeError, ReadOnlyError, WriteFailedError } from './store/documentStore';
import { writeFileDurable, type StoreFs } from './store/durableWrite';
import {
  TransferError,
  readBackup,
  safetyCopyName,
  summarize,
  writeBackup,
  writeExport,
  type FileDialogs,
  type PrintToPdf,
} from './transfer';
import { serializeDocument } from '../shared/documentFile';
import { renderReport, type TextReportFormat } from '../shared/report';
import { loadRoadmaps } from './roadmaps';
import { exportHandlers } from './exportHandlers';
import { reviewHandlers } from './reviewHandlers';
import { syncHandlers } from './syncHandlers';
import { watchDataFile, type SyncOutcome } from './store/watchDataFile';

/** What the handlers kept outside this file (issue 16: exports, review, sync folder) need from the service. */
export interface HandlerContext {
  store: DocumentStore;
  roadmapById: ReadonlyMap<string, Roadmap>;
  clock: () => Date;
  dataFile: string;
  dialogs: FileDialogs | undefined;
  milestoneOf: (doc: UserDocument, id: string) => Milestone | undefined;
  dataLocation: DataLocationOptions | undefined;
}

export interface ApiOptions {
  dataFile: string;
  roadmapsDir: string;
  clock?: () => Date;
  /** File system seam for the store (tests inject disk errors through it). */
  fs?: StoreFs;
  /** Shows a file in the system file manager (Electron's shell.showItemInFolder in the app). */
  reveal?: (path: string) => void | Promise<void>;
  /** Native save/open dialogs; without them, export, backup and restore answer UNAVAILABLE. */
  dialogs?: FileDialogs;
  printToPdf?: PrintToPdf;
  /** Makes the shell (native menus, title bar, prefers-color-scheme) follow the learner's theme choice. */
  setThemeSource?: (source: ThemeSource) => void;
  /** Watch the data file for changes another device's sync lands (the app does; tests opt in). Issue 16. */
  watchDataFile?: { debounceMs?: number; onChange?: (outcome: SyncOutcome) => void };
  /** File > Move data folder…: where the app records the data file's place, the folder dialog, and the restart. */
  dataLocation?: DataLocationOptions;
}

export interface DataLocationOptions {
  locationFile: string;
  chooseFolder: () => Promise<string | null>;
  /** Called once the data is in its new place; the app restarts there. */
  onMoved: (dataFile: string) => void;
}

export type Handlers = { [M in ApiMethod]: (input: z.output<(typeof contract)[M]['input']>) => Promise<Result<ApiOutput<M>>> };

/** An api whose methods accept anything: every input is validated against the contract before it reaches a handler. */
export type UncheckedApi = { [M in ApiMethod]: (input: unknown) => Promise<Result<ApiOutput<M>>> };

/** The service: the contract's calls plus close(), which waits for queued writes and releases the data file. */
export type AppService = UncheckedApi & { close: () => Promise<void> };

export async function createApi({
  dataFile,
  roadmapsDir,
  clock = () => new Date(),
  fs,
  reveal,
  dialogs,
  printToPdf,
  setThemeSource,
  watchDataFile: watchOptions,
  dataLocation,
}: ApiOptions): Promise<AppService> {
  const roadmaps = await loadRoadmaps(roadmapsDir);
  const roadmapById = new Map<string, Roadmap>(roadmaps.map((r) => [r.id, r]));
  const guides = builtInGuides(roadmapsDir, roadmaps.map((r) => r.id));
  const store = await DocumentStore.open(dataFile, clock, fs ? { fs } : {});

  const builtIn = new Map(roadmaps.flatMap((r) => r.milestones.map((m) => [m.id, m] as const)));
  const milestoneOf = (doc: UserDocument, id: string) => {
    const found = builtIn.get(id);
    if (found) return found;
    const custom = doc.customMilestones.find((c) => c.id === id);
    return custom ? customAsMilestone(custom) : undefined;
  };
  const noMilestone = (id: string) => fail('NOT_FOUND', `There is no milestone called "${id}".`);
  const noPath = (id: string) => fail('NOT_FOUND', `There is no career path called "${id}".`);
  /** Applies an undoable change and saves it; `label` names it in the undo menu. */
  const change = (label: string, fn: (doc: UserDocument) => UserDocument) =>
    store.update((doc) => commit(doc, fn(doc), label, clock()));

  const report = (format: TextReportFormat, includeNotes: boolean) => {
    const doc = store.document;
    const roadmap = doc.activePathId ? roadmapById.get(doc.activePathId) : undefined;
    return roadmap ? renderReport(pathView(roadmap, doc), doc, toDay(clock()), format, { includeNotes }) : null;
  };
  const noPathYet = () => fail('INVALID_INPUT', 'Choose a path first: the report is about the path you are following.');
  const noDialogs = () => fail('UNAVAILABLE', 'Saving and opening files needs the Pathboard app window.');
  /** The file the learner picked to restore from, so a restore can only use a file they chose in the dialog. */
  let chosenBackup: string | null = null;

  const context: HandlerContext = { store, roadmapById, clock, dataFile, dialogs, milestoneOf, dataLocation };
  const handlers: Handlers = {
    listRoadmaps: async () => ok(roadmaps),
    getRoadmap: async ({ pathId }) => {
      const roadmap = roadmapById.get(pathId);
      return roadmap ? ok(roadmap) : noPath(pathId);
    },
    getQuestionnaire: () => guides.questionnaire(),
    getGlossary: () => guides.glossary(),
    getState: async () => ok({ document: store.document, notices: store.notices }),
    revealNotice: async ({ path }) => {
      // Only the files Pathboard itself told the user about: never an arbitrary path from the renderer.
      if (!store.notices.some((n) => n.path === path)) return fail('NOT_FOUND', 'Pathboard did not tell you about that file.');
      if (!reveal) return ok({ revealed: false });
      await reveal(path);
      return ok({ revealed: true });
    },
    choosePath: async ({ pathId }) => {
      if (!roadmapById.has(pathId)) return noPath(pathId);
      const title = roadmapById.get(pathId)!.title;
      return ok(await change(`Switch to the ${title} path`, (doc) => (doc.activePathId === pathId ? doc : { ...doc, activePathId: pathId })));
    },
    setMilestoneStatus: async ({ milestoneId, status }) => {
      const milestone = milestoneOf(store.document, milestoneId);
      if (!milestone) return noMilestone(milestoneId);
      const label = `Move ${milestone.title} to ${COLUMN_TITLES[status]}`;
      return ok(await change(label, (doc) => applyStatus(doc, milestoneId, status, clock())));
    },
    moveMilestone: async ({ pathId, milestoneId, status, index }) => {
      const roadmap = roadmapById.get(pathId);
      if (!roadmap) return noPath(pathId);
      const view = pathView(roadmap, store.document);
      const milestone = view.byId.get(milestoneId);
      if (!milestone) return noMilestone(milestoneId);
      const label = `Move ${milestone.title} to ${COLUMN_TITLES[status]}`;
      return ok(
        await change(label, (doc) => moveToColumn(doc, pathView(roadmap, doc), milestoneId, status, index, clock())),
      );
    },
    updateProgress: async ({ milestoneId, changes }) => {
      const milestone = milestoneOf(store.document, milestoneId);
      if (!milestone) return noMilestone(milestoneId);
      const tooFar = [...(changes.checklist ?? []), ...(changes.step ? [changes.step.index] : [])].find(
        (i) => i >= milestone.checklist.length,
      );
      if (tooFar !== undefined) {
        return fail('INVALID_INPUT', `${milestone.title} has ${milestone.checklist.length} checklist steps; there is no step ${tooFar + 1}.`);
      }
      const what =
        changes.checklist || changes.step
        ? 'Update the checklist of'
        : changes.notes !== undefined
          ? 'Edit notes on'
          : changes.targetDate !== undefined
            ? 'Change the target date of'
            : changes.evidenceUrl !== undefined
              ? 'Change the evidence link of'
              : changes.inPlan !== undefined
                ? changes.inPlan
                  ? 'Add to your plan:'
                  : 'Take out of your plan:'
                : 'Change hours spent on';
      return ok(await change(`${what} ${milestone.title}`, (doc) => updateProgress(doc, milestoneId, changes)));
    },
    addCustomMilestone: async ({ pathId, fields }) => {
      const roadmap = roadmapById.get(pathId);
      if (!roadmap) return noPath(pathId);
      const id = `custom-${randomBytes(5).toString('hex')}`;
      const problems = checkCustomFields(pathView(roadmap, store.document), fields, id);
      if (problems.length > 0) return fail('INVALID_INPUT', problems.map((p) => p.message).join(' '));
      const document = await change(`Add ${fields.title}`, (doc) => addCustomMilestone(doc, pathId, id, fields, clock()));
      return ok({ document, id });
    },
    updateCustomMilestone: async ({ id, fields }) => {
      const existing = store.document.customMilestones.find((c) => c.id === id);
      if (!existing) return noMilestone(id);
      const roadmap = roadmapById.get(existing.pathId);
      if (!roadmap) return noPath(existing.pathId);
      const problems = checkCustomFields(pathView(roadmap, store.document), fields, id);
      if (problems.length > 0) return fail('INVALID_INPUT', problems.map((p) => p.message).join(' '));
      return ok(await change(`Edit ${fields.title}`, (doc) => editCustomMilestone(doc, id, fields)));
    },
    deleteCustomMilestone: async ({ id }) => {
      const existing = store.document.customMilestones.find((c) => c.id === id);
      if (!existing) return noMilestone(id);
      return ok(await change(`Delete ${existing.title}`, (doc) => deleteCustomMilestone(doc, id)));
    },
    resetPath: async ({ pathId }) => {
      const roadmap = roadmapById.get(pathId);
      if (!roadmap) return noPath(pathId);
      return ok(await change(`Reset ${roadmap.title} progress`, (doc) => resetPath(doc, pathView(roadmap, doc), clock())));
    },
    saveStudySettings: async ({ hoursPerWeek, weekdays, startDate, goalDate }) => {
      const pathId = store.document.activePathId;
      if (!pathId) return fail('INVALID_INPUT', 'Choose a path before planning study time.');
      const current = store.document.study ?? DEFAULT_STUDY(toDay(clock()));
      const problems = studySettingsProblems({ hoursPerWeek, weekdays, startDate, goalDate }, toDay(clock()), current.goalDates[pathId]);
      if (problems.length > 0) return fail('INVALID_INPUT', problems.map((p) => p.message).join(' '));
      return ok(
        await change('Change the study plan', (doc) => {
          const base = doc.study ?? current;
          const goalDates = { ...base.goalDates };
          if (goalDate) goalDates[pathId] = goalDate;
          else delete goalDates[pathId];
          const study = { ...base, hoursPerWeek, weekdays: [...new Set(weekdays)].sort(), startDate, goalDates };
          return JSON.stringify(study) === JSON.stringify(doc.study) ? doc : { ...doc, study };
        }),
      );
    },
    setEstimateOverride: async ({ milestoneId, hours }) => {
      const milestone = milestoneOf(store.document, milestoneId);
      if (!milestone) return noMilestone(milestoneId);
      const checked = hours === null ? null : EstimateHoursSchema.safeParse(hours);
      if (checked && !checked.success) return fail('INVALID_INPUT', checked.error.issues[0]!.message);
      return ok(
        await change(`Change your estimate for ${milestone.title}`, (doc) => {
          const current = doc.study ?? DEFAULT_STUDY(toDay(clock()));
          const estimateOverrides = { ...current.estimateOverrides };
          if (hours === null || hours === milestone.estimateHours) delete estimateOverrides[milestoneId];
          else estimateOverrides[milestoneId] = hours;
          const unchanged = JSON.stringify(estimateOverrides) === JSON.stringify(current.estimateOverrides);
          return unchanged ? doc : { ...doc, study: { ...current, estimateOverrides } };
        }),
      );
    },
    renderReport: async ({ format, includeNotes }) => {
      const made = report(format, includeNotes);
      return made ? ok({ content: made.content, fileName: made.fileName }) : noPathYet();
    },
    exportReport: async ({ format, includeNotes }) => {
      if (!dialogs || (format === 'pdf' && !printToPdf)) return noDialogs();
      const made = report(format === 'pdf' ? 'html' : format, includeNotes);
      if (!made) return noPathYet();
      const name = made.fileName.replace(/\.html$/, `.${format}`);
      const path = await dialogs.chooseSavePath(name, format);
      if (!path) return ok({ path: null });
      await writeExport(path, format === 'pdf' ? await printToPdf!(made.content) : made.content, dataFile);
      return ok({ path });
    },
    backupData: async () => {
      if (!dialogs) return noDialogs();
      const path = await dialogs.chooseSavePath(`pathboard-backup-${toDay(clock())}.json`, 'json');
      if (!path) return ok({ path: null });
      await writeBackup(path, store.document, dataFile);
      return ok({ path });
    },
    chooseBackup: async () => {
      if (!dialogs) return noDialogs();
      const path = await dialogs.chooseOpenPath();
      chosenBackup = null;
      if (!path) return ok({ path: null });
      const backup = await readBackup(path);
      chosenBackup = path;
      return ok({ path, backup: summarize(backup), current: summarize(store.document) });
    },
    restoreBackup: async ({ path }) => {
      if (path !== chosenBackup) return fail('FORBIDDEN', 'Pick the backup to restore with File > Restore from backup… first.');
      const backup = await readBackup(path);
      const safetyCopy = safetyCopyName(dataFile, clock());
      await writeFileDurable(safetyCopy, serializeDocument(store.document));
      const document = await store.update(() => backup);
      chosenBackup = null;
      return ok({ document, safetyCopy });
    },
    undo: async () => ok(await store.update((doc) => undo(doc, clock()))),
    redo: async () => ok(await store.update((doc) => redo(doc, clock()))),
    setThemeSource: async ({ source }) => {
      setThemeSource?.(source);
      return ok({ source });
    },
    saveQuestionnaire: async ({ answers }) => {
      const questionnaire = await guides.questionnaire();
      if (!questionnaire.ok) return questionnaire;
      const problems = validateAnswers(questionnaire.data.questions, answers);
      if (problems.length > 0) return fail('INVALID_INPUT', `These answers do not fit the questionnaire: ${problems.join('; ')}`);
      const completedAt = clock().toISOString();
      return ok(await change('Answer the questionnaire', (doc) => ({ ...doc, questionnaire: { answers: { ...answers }, completedAt } })));
    },
    // Issue 16 handlers live in their own modules.
    ...exportHandlers(context),
    ...reviewHandlers(context),
    ...syncHandlers(context),
  };

  const api = {} as Record<ApiMethod, (input: unknown) => Promise<Result<unknown>>>;
  for (const method of API_METHODS) {
    api[method] = (input) => call(method, input, handlers[method] as (input: unknown) => Promise<Result<unknown>>);
  }
  const watcher = watchOptions
    ? watchDataFile(store, dataFile, clock, (outcome) => watchOptions.onChange?.(outcome), { debounceMs: watchOptions.debounceMs ?? 400 })
    : null;
  return Object.assign(api as UncheckedApi, {
    close: () => {
      watcher?.close();
      return store.close();
    },
  });
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
    if (error instanceof WriteFailedError) return fail('IO_ERROR', error.message);
    if (error instanceof DocumentTooLargeError) return fail('INVALID_INPUT', error.message);
    if (error instanceof TransferError) return fail('INVALID_INPUT', error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string') {
      return fail('IO_ERROR', `Pathboard could not save your change (${code}). Nothing was lost; try again.`);
    }
    return fail('INTERNAL', `Something went wrong in ${contract[method].channel}: ${(error as Error).message}`);
  }
}

