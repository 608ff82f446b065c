// Channel names of the IPC contract, without schemas, so the preload can import them without bundling zod.

export const CHANNELS = {
  listRoadmaps: 'roadmaps:list',
  getRoadmap: 'roadmaps:get',
  getQuestionnaire: 'questionnaire:get',
  getGlossary: 'glossary:get',
  getState: 'state:get',
  revealNotice: 'notices:reveal',
  choosePath: 'path:choose',
  setMilestoneStatus: 'progress:setStatus',
  saveQuestionnaire: 'questionnaire:save',
  moveMilestone: 'progress:move',
  updateProgress: 'progress:update',
  addCustomMilestone: 'custom:add',
  updateCustomMilestone: 'custom:update',
  deleteCustomMilestone: 'custom:delete',
  resetPath: 'path:reset',
  saveStudySettings: 'study:save',
  setEstimateOverride: 'study:setEstimate',
  renderReport: 'report:render',
  exportReport: 'report:export',
  backupData: 'data:backup',
  chooseBackup: 'data:chooseBackup',
  restoreBackup: 'data:restore',
  undo: 'history:undo',
  redo: 'history:redo',
  setThemeSource: 'app:setTheme',
  // Issue 16: spreadsheet and calendar exports, spaced review, the sync folder.
  exportCsv: 'report:exportCsv',
  exportCalendar: 'calendar:export',
  addToReview: 'review:add',
  removeFromReview: 'review:remove',
  answerReview: 'review:answer',
  listConflictCopies: 'sync:listConflicts',
  mergeConflictCopy: 'sync:mergeConflict',
  moveDataFolder: 'data:moveFolder',
} as const;

export type ApiMethod = keyof typeof CHANNELS;
export const API_METHODS = Object.keys(CHANNELS) as ApiMethod[];

/**
 * Main-to-renderer events: the shell sends them with sendEvent (src/main/ipc.ts), the preload exposes each as
 * onX(callback) => unsubscribe, passing only the payload. Their payloads are typed by EventPayload in ipc.ts.
 */
export const EVENTS = { menuCommand: 'menu:command', dataChanged: 'data:changed' } as const;
export type EventName = keyof typeof EVENTS;
export const MENU_COMMANDS = [
  'undo',
  'redo',
  'help',
  'export',
  'backup',
  'restore',
  'theme-system',
  'theme-light',
  'theme-dark',
  'export-csv',
  'export-calendar',
  'move-data-folder',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The learner's theme choice: follow the operating system, or always light or dark. */
export const THEME_SOURCES = ['system', 'light', 'dark'] as const;
export type ThemeSource = (typeof THEME_SOURCES)[number];
