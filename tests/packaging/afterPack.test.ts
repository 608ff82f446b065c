// The afterPack hook's fuses: which ones, with which values, per platform; flipped for real in a file that carries a
// fuse wire; skipped only for a binary without the fuse sentinel.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import afterPack, { fuseConfigFor, packagedBinary, type PackContext } from '../../scripts/afterPack.mjs';
import { withTempDir } from '../support/tempDir';

const ON = 49; // '1'
const OFF = 48; // '0'

/** A file laid out like an Electron binary's fuse area: sentinel, wire version 1, wire length, then the wire. */
function fakeBinary(wire: string): Buffer {
  const sentinel = Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX');
  return Buffer.concat([Buffer.alloc(4096, 7), sentinel, Buffer.from([1, wire.length]), Buffer.from(wire, 'latin1'), Buffer.alloc(4096, 9)]);
}

function linuxContext(appOutDir: string): PackContext {
  return { appOutDir, electronPlatformName: 'linux', arch: 1, packager: { appInfo: { productFilename: 'Pathboard' }, executableName: 'pathboard' } };
}

describe('fuseConfigFor', () => {
  it('turns off run-as-node, NODE_OPTIONS, --inspect and file:// privileges, and turns on cookie encryption and asar-only loading everywhere', () => {
    for (const [platform, arch] of [['linux', 'x64'], ['darwin', 'arm64'], ['darwin', 'x64'], ['win32', 'x64']] as const) {
      expect(fuseConfigFor(platform, arch), platform).toMatchObject({
        version: FuseVersion.V1,
        [FuseV1Options.RunAsNode]: false,
        [FuseV1Options.EnableCookieEncryption]: true,
        [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
        [FuseV1Options.EnableNodeCliInspectArguments]: false,
        [FuseV1Options.OnlyLoadAppFromAsar]: true,
        [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
      });
    }
  });

  it('validates the embedded asar integrity on macOS and Windows, where Electron supports it, and not on Linux', () => {
    expect(fuseConfigFor('darwin', 'arm64')[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(fuseConfigFor('mas', 'x64')[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(fuseConfigFor('win32', 'x64')[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(fuseConfigFor('linux', 'x64')[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(false);
  });

  it('re-signs ad hoc only on Apple silicon, whose binaries must carry a signature to run', () => {
    expect(fuseConfigFor('darwin', 'arm64').resetAdHocDarwinSignature).toBe(true);
    expect(fuseConfigFor('darwin', 'x64').resetAdHocDarwinSignature).toBe(false);
    expect(fuseConfigFor('linux', 'arm64').resetAdHocDarwinSignature).toBe(false);
  });
});

describe('packagedBinary', () => {
  it('names the renamed executable on Linux and Windows and the .app bundle on macOS', () => {
    const ctx = (electronPlatformName: string) => ({ ...linuxContext('/out'), electronPlatformName });
    expect(packagedBinary(ctx('linux'))).toBe(join('/out', 'pathboard'));
    expect(packagedBinary(ctx('win32'))).toBe(join('/out', 'Pathboard.exe'));
    expect(packagedBinary(ctx('darwin'))).toBe(join('/out', 'Pathboard.app'));
  });
});

describe('the afterPack hook', () => {
  it('flips the fuses in a binary that has a fuse wire, and says so', async () => {
    await withTempDir(async (dir) => {
      // Electron's defaults: run-as-node, NODE_OPTIONS, --inspect and file:// privileges on; the rest off.
      await writeFile(join(dir, 'pathboard'), fakeBinary('101100010'));
      const lines: string[] = [];
      await afterPack(linuxContext(dir), (line) => lines.push(line));
      const wire = await getCurrentFuseWire(join(dir, 'pathboard'));
      expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => wire[i as FuseV1Options])).toEqual([OFF, ON, OFF, OFF, OFF, ON, OFF, OFF, OFF]);
      expect(lines.join('\n')).toContain('flipped Electron fuses');
    });
  });

  it('skips, with a log line, a binary without the fuse sentinel and leaves it untouched', async () => {
    await withTempDir(async (dir) => {
      await writeFile(join(dir, 'pathboard'), '#!/bin/sh\necho stand-in\n');
      const lines: string[] = [];
      await afterPack(linuxContext(dir), (line) => lines.push(line));
      expect(lines).toEqual([expect.stringContaining('skipping Electron fuses')]);
      expect(await readFile(join(dir, 'pathboard'), 'utf8')).toBe('#!/bin/sh\necho stand-in\n');
    });
  });

  it('fails the build, rather than skipping, when the binary is missing', async () => {
    await withTempDir(async (dir) => {
      await expect(afterPack(linuxContext(dir), () => {})).rejects.toThrow(/ENOENT/);
    });
  });
});
