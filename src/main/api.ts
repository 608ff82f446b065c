// The application service: one async function per contract call, on a data file and the roadmap folder. No electron here.
// The calls are grouped by concern (board, plan, files, exports, review, sync) in their own modules; this file builds
// the shared context, checks every payload against the contract (checkedCall) and owns the data file's lifetime.
import type { z } from 'zod';
import { API_METHODS, type ApiMethod, type ThemeSource } from '../shared/channels';
import type { ApiOutput, contract } from '../shared/ipc';
import { commit } from '../shared/mutations';
import { customAsMilestone } from '../shared/pathView';
import type { UserDocument } from '../shared/document';
import { fail, ok, type Result } from '../shared/result';
import type { Milestone, Roadmap } from '../shared/roadmap';
import { validateAnswers } from '../shared/questionnaire';
import { noPath } from './answers';
import { boardHandlers } from './boardHandlers';
import { checkedCall } from './checkedCall';
import { exportHandlers } from './exportHandlers';
import { fileHandlers } from './fileHandlers';
import { planHandlers } from './planHandlers';
import { reviewHandlers } from './reviewHandlers';
import { builtInGuides, loadRoadmaps } from './roadmaps';
import { DocumentStore } from './store/documentStore';
import { readDataLocation, type MoveResult } from './store/moveDataFolder';
import type { StoreFs } from './store/durableWrite';
import { watchDataFile, type SyncOutcome } from './store/watchDataFile';
import { syncHandlers } from './syncHandlers';
import type { FileDialogs, PrintToPdf } from './transfer';

/** What the handler modules need from the service. */
export interface HandlerContext {
  store: DocumentStore;
  roadmapById: ReadonlyMap<string, Roadmap>;
  clock: () => Date;
  /** The data file now open and those of the places it was moved away from: no export or backup may replace them. */
  ownDataFiles: () => string[];
  /** The data files of the places the data was moved away from, oldest first. */
  previousDataFiles: () => readonly string[];
  /** After File > Move data folder… switched the store: remembers the old place and moves the watcher to the new one. */
  afterMove: (moved: MoveResult) => void;
  dialogs: FileDialogs | undefined;
  printToPdf: PrintToPdf | undefined;
  milestoneOf: (doc: UserDocument, id: string) => Milestone | undefined;
  /**
   * Applies an undoable change and saves it; `label` names it in the undo menu. `milestones`, when given, are the only
   * progress entries the change can touch. `now` is the change's time (the clock's by default).
   */
  change: (label: string, fn: (doc: UserDocument) => UserDocument, milestones?: string[], now?: Date) => Promise<UserDocument>;
  /** The time the renderer stamped a change with, when it is within a minute of the clock; else the clock's time. */
  madeAt: (at: string | undefined) => Date;
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
  /** File > Move data folder…: where the app records the data file's place, and the folder dialog. */
  dataLocation?: DataLocationOptions;
}

export interface DataLocationOptions {
  /** Names the data file's place (and the earlier ones) for the next start; see store/moveDataFolder.ts. */
  locationFile: string;
  chooseFolder: () => Promise<string | null>;
  /** Called once the open data has switched to its new place (the app points File > Open data folder there). */
  onMoved?: (dataFile: string) => void;
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
  // The places a move left behind: their files stay Pathboard's own (never an export's or a backup's target).
  let previous = dataLocation ? (await readDataLocation(dataLocation.locationFile, dataFile)).previous : [];

  const builtIn = new Map(roadmaps.flatMap((r) => r.milestones.map((m) => [m.id, m] as const)));
  const milestoneOf = (doc: UserDocument, id: string) => {
    const found = builtIn.get(id);
    if (found) return found;
    const custom = doc.customMilestones.find((c) => c.id === id);
    return custom ? customAsMilestone(custom) : undefined;
  };
  const change = (label: string, fn: (doc: UserDocument) => UserDocument, milestones?: string[], now?: Date) =>
    store.update((doc) => commit(doc, fn(doc), label, now ?? clock(), milestones));
  const madeAt = (at: string | undefined) => {
    const now = clock();
    const stamped = at === undefined ? NaN : Date.parse(at);
    return Math.abs(stamped - now.getTime()) <= 60_000 ? new Date(stamped) : now;
  };

  const startWatching = () =>
    watchOptions
      ? watchDataFile(store, store.file, clock, (outcome) => watchOptions.onChange?.(outcome), { debounceMs: watchOptions.debounceMs ?? 400 })
      : null;
  let watcher: ReturnType<typeof startWatching> = null;
  const afterMove = (moved: MoveResult) => {
    previous = moved.previous;
    watcher?.close();
    watcher = startWatching();
    dataLocation?.onMoved?.(moved.dataFile);
  };
  const context: HandlerContext = {
    store,
    roadmapById,
    clock,
    // The location file too: an export written over it would leave Pathboard unable to find its data.
    ownDataFiles: () => [store.file, ...previous, ...(dataLocation ? [dataLocation.locationFile] : [])],
    previousDataFiles: () => previous,
    afterMove,
    dialogs,
    printToPdf,
    milestoneOf,
    change,
    madeAt,
    dataLocation,
  };
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
    ...boardHandlers(context),
    ...planHandlers(context),
    ...fileHandlers(context),
    ...exportHandlers(context),
    ...reviewHandlers(context),
    ...syncHandlers(context),
  };

  const api = {} as Record<ApiMethod, (input: unknown) => Promise<Result<unknown>>>;
  for (const method of API_METHODS) {
    api[method] = (input) => checkedCall(method, input, handlers[method] as (input: unknown) => Promise<Result<unknown>>);
  }
  watcher = startWatching();
  return Object.assign(api as UncheckedApi, {
    close: () => {
      watcher?.close();
      return store.close();
    },
  });
}
