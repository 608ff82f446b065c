// The app icon in every form the installers need: PNGs per size for Linux, an ICO for Windows, an ICNS for macOS, all
// drawn from resources/icon.svg by scripts/make-icons.mjs and referenced by the electron-builder config.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const resources = join(root, 'resources');

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('app icons', () => {
  it('has a square PNG per Linux size, named as electron-builder expects, up to 1024', () => {
    const names = readdirSync(join(resources, 'icons')).sort();
    const sizes = names.map((n) => Number(/^(\d+)x\1\.png$/.exec(n)?.[1]));
    expect(sizes.every(Number.isInteger)).toBe(true);
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 64, 128, 256, 512, 1024]));
    for (const size of sizes) expect(pngSize(readFileSync(join(resources, 'icons', `${size}x${size}.png`)))).toEqual({ width: size, height: size });
    expect(pngSize(readFileSync(join(resources, 'icon.png')))).toEqual({ width: 512, height: 512 });
  });

  it('has a Windows ICO with every size from 16 to 256', () => {
    const ico = readFileSync(join(resources, 'icon.ico'));
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => ico[6 + i * 16] || 256);
    expect(sizes).toEqual(expect.arrayContaining([16, 24, 32, 48, 64, 128, 256]));
  });

  it('has a macOS ICNS whose PNG entries have the sizes their types promise, including 1024', () => {
    const icns = readFileSync(join(resources, 'icon.icns'));
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const expected: Record<string, number> = { icp4: 16, icp5: 32, icp6: 64, ic07: 128, ic08: 256, ic09: 512, ic10: 1024, ic11: 32, ic12: 64, ic13: 256, ic14: 512 };
    const found: string[] = [];
    for (let at = 8; at < icns.length; ) {
      const type = icns.toString('latin1', at, at + 4);
      const length = icns.readUInt32BE(at + 4);
      expect(length).toBeGreaterThan(8);
      const { width } = pngSize(icns.subarray(at + 8, at + length));
      expect(width, type).toBe(expected[type]);
      found.push(type);
      at += length;
    }
    expect(found).toEqual(expect.arrayContaining(['ic07', 'ic08', 'ic09', 'ic10']));
  });

  it('is what the electron-builder config points at', () => {
    const { build } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { build: Record<string, { icon?: string }> };
    expect(build['linux']?.icon).toBe('resources/icons');
    expect(build['mac']?.icon).toBe('resources/icon.icns');
    expect(build['win']?.icon).toBe('resources/icon.ico');
  });
});
