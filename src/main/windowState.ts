// Where the main window opens: the size, position and maximised state it had last time, moved onto a display that is
// still there. Electron-free: window.ts feeds it the displays' work areas and saves what the window reports.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 880, height: 600 } as const;
/** How much of the window's top edge (its title bar) must lie on a display for the learner to grab it. */
const GRAB = { width: 120, height: 32 } as const;

const finite = z.number().finite();
const stateSchema = z.object({
  bounds: z.object({ x: finite, y: finite, width: finite.positive(), height: finite.positive() }),
  maximized: z.boolean(),
});

/** A saved state, or null when the value is not one (a missing, hand-edited or older file just means defaults). */
export function parseWindowState(value: unknown): WindowState | null {
  const parsed = stateSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

function overlap(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

/** The display on which the window's title bar can be grabbed, if any. */
function displayHoldingTitleBar(bounds: Rect, workAreas: readonly Rect[]): Rect | undefined {
  const titleBar = { x: bounds.x, y: bounds.y, width: bounds.width, height: GRAB.height };
  return workAreas.find((area) => {
    const shared = overlap(titleBar, area);
    return !!shared && shared.width >= Math.min(GRAB.width, bounds.width) && shared.height >= GRAB.height / 2;
  });
}

function fitSize(width: number, height: number, area: Rect): { width: number; height: number } {
  return {
    width: Math.round(Math.min(Math.max(width, MIN_SIZE.width), area.width)),
    height: Math.round(Math.min(Math.max(height, MIN_SIZE.height), area.height)),
  };
}

function centred(size: { width: number; height: number }, area: Rect): Rect {
  return {
    x: Math.round(area.x + (area.width - size.width) / 2),
    y: Math.round(area.y + (area.height - size.height) / 2),
    ...size,
  };
}

/**
 * Where to open the window. A saved window whose title bar is on one of `workAreas` keeps its place (shrunk to fit that
 * display and pulled fully onto it); one left on a display that is gone, or with no saved state at all, opens centred
 * on the primary display. The maximised flag is kept either way.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rect[], primary: Rect): WindowState {
  if (!saved) return { bounds: centred(fitSize(DEFAULT_SIZE.width, DEFAULT_SIZE.height, primary), primary), maximized: false };
  const home = displayHoldingTitleBar(saved.bounds, workAreas);
  if (!home) return { bounds: centred(fitSize(saved.bounds.width, saved.bounds.height, primary), primary), maximized: saved.maximized };
  const size = fitSize(saved.bounds.width, saved.bounds.height, home);
  const x = Math.min(Math.max(Math.round(saved.bounds.x), home.x), home.x + home.width - size.width);
  const y = Math.min(Math.max(Math.round(saved.bounds.y), home.y), home.y + home.height - size.height);
  return { bounds: { x, y, ...size }, maximized: saved.maximized };
}

/** Reads the saved state; anything unreadable or invalid gives null (defaults), and the file is left as it is. */
export function loadWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

/**
 * Writes the state while the window closes. Synchronous on purpose: the close handler must finish before the process
 * may exit. Temp file then rename, so a crash leaves the old state or the new one, never half a file.
 */
export function saveWindowState(file: string, state: WindowState): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  renameSync(temp, file);
}
