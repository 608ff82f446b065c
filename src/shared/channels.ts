// Channel names of the IPC contract, without schemas, so the preload can import them without bundling zod.

export const CHANNELS = {
  listRoadmaps: 'roadmaps:list',
  getRoadmap: 'roadmaps:get',
  getState: 'state:get',
  choosePath: 'path:choose',
  setMilestoneStatus: 'progress:setStatus',
  saveQuestionnaire: 'questionnaire:save',
} as const;

export type ApiMethod = keyof typeof CHANNELS;
export type Channel = (typeof CHANNELS)[ApiMethod];
export const API_METHODS = Object.keys(CHANNELS) as ApiMethod[];
