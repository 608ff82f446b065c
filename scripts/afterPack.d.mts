// Types for the electron-builder afterPack hook (a plain .mjs file, since electron-builder loads it without a compiler).
import type { FuseV1Config } from '@electron/fuses';

export interface PackContext {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName: string };
}

export function fuseConfigFor(platform: string, arch: string): FuseV1Config;
export function packagedBinary(context: PackContext): string;
export default function afterPack(context: PackContext, log?: (line: string) => void): Promise<void>;
