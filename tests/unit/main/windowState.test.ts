// The window opens where it was left, on a display that still exists, with its title bar within reach.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, MIN_SIZE, loadWindowState, parseWindowState, placeWindow, saveWindowState, type Rect } from '../../../src/main/windowState';
import { withTempDir } from '../../support/tempDir';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 };
const monitorRight: Rect = { x: 1440, y: -200, width: 2560, height: 1400 };

function contains(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

describe('placeWindow', () => {
  it('opens a first window at the default size, centred on the primary display', () => {
    expect(placeWindow(null, [laptop], laptop)).toEqual({
      bounds: { x: (1440 - DEFAULT_SIZE.width) / 2, y: Math.round((875 - DEFAULT_SIZE.height) / 2), ...DEFAULT_SIZE },
      maximized: false,
    });
  });

  it('restores size, position and the maximised flag on a display that is still there', () => {
    const saved = { bounds: { x: 1700, y: 0, width: 1600, height: 1000 }, maximized: true };
    expect(placeWindow(saved, [laptop, monitorRight], laptop)).toEqual(saved);
  });

  it('brings a window left on an unplugged monitor back to the primary display, keeping its size where it fits', () => {
    const saved = { bounds: { x: 1700, y: 0, width: 1000, height: 700 }, maximized: false };
    expect(placeWindow(saved, [laptop], laptop)).toEqual({ bounds: { x: 220, y: 88, width: 1000, height: 700 }, maximized: false });
  });

  it('brings back a window whose title bar is above the top of every display', () => {
    const saved = { bounds: { x: 100, y: -500, width: 1000, height: 700 }, maximized: false };
    const placed = placeWindow(saved, [laptop], laptop);
    expect(contains(laptop, placed.bounds)).toBe(true);
  });

  it('shrinks a window larger than its display and pulls a half-off window fully onto it', () => {
    const saved = { bounds: { x: 1000, y: 300, width: 3000, height: 2000 }, maximized: false };
    expect(placeWindow(saved, [laptop], laptop).bounds).toEqual(laptop);
    const halfOff = { bounds: { x: 1000, y: 100, width: 1000, height: 700 }, maximized: false };
    expect(placeWindow(halfOff, [laptop], laptop).bounds).toEqual({ x: 440, y: 100, width: 1000, height: 700 });
  });

  it('never opens smaller than the minimum size a large enough display allows', () => {
    const saved = { bounds: { x: 10, y: 10, width: 200, height: 100 }, maximized: false };
    expect(placeWindow(saved, [laptop], laptop).bounds).toMatchObject(MIN_SIZE);
  });

  it('always opens wholly inside one of the displays, whatever was saved and however the displays are arranged', () => {
    const rect = fc.record({
      x: fc.integer({ min: -5000, max: 5000 }),
      y: fc.integer({ min: -5000, max: 5000 }),
      width: fc.integer({ min: 900, max: 4000 }),
      height: fc.integer({ min: 620, max: 3000 }),
    });
    const saved = fc.option(
      fc.record({
        bounds: fc.record({ x: fc.double({ min: -1e5, max: 1e5, noNaN: true }), y: fc.double({ min: -1e5, max: 1e5, noNaN: true }), width: fc.double({ min: 1, max: 1e5, noNaN: true }), height: fc.double({ min: 1, max: 1e5, noNaN: true }) }),
        maximized: fc.boolean(),
      }),
      { nil: null },
    );
    fc.assert(
      fc.property(fc.array(rect, { minLength: 1, maxLength: 4 }), saved, (areas, state) => {
        const placed = placeWindow(state, areas, areas[0]!);
        expect(areas.some((area) => contains(area, placed.bounds))).toBe(true);
        expect(Object.values(placed.bounds).every(Number.isInteger)).toBe(true);
        expect(placed.maximized).toBe(state?.maximized ?? false);
      }),
    );
  });
});

describe('parseWindowState', () => {
  it('accepts a saved state and rejects anything else', () => {
    expect(parseWindowState({ bounds: { x: 1, y: 2, width: 900, height: 700 }, maximized: true })).not.toBeNull();
    for (const bad of [null, 'x', {}, { bounds: { x: 1, y: 2, width: 0, height: 700 }, maximized: false }, { bounds: { x: 'a', y: 2, width: 900, height: 700 }, maximized: false }, { bounds: { x: 1, y: 2, width: 900, height: 700 } }]) {
      expect(parseWindowState(bad)).toBeNull();
    }
  });
});

describe('loadWindowState and saveWindowState', () => {
  it('round-trips a state and treats a missing or broken file as no state, leaving a broken file untouched', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'window-state.json');
      expect(loadWindowState(file)).toBeNull();
      const state = { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true };
      saveWindowState(file, state);
      expect(loadWindowState(file)).toEqual(state);
      await writeFile(file, '{ not json');
      expect(loadWindowState(file)).toBeNull();
      expect(await readFile(file, 'utf8')).toBe('{ not json');
    });
  });
});
