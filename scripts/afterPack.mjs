// electron-builder afterPack hook: flips Electron's fuses in the packaged binary (before electron-builder signs it), so
// the shipped app cannot be run as plain Node, take NODE_OPTIONS or --inspect, or load code from outside its app.asar.
import { join } from 'node:path';
import { FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire } from '@electron/fuses';

/** Platforms where Electron can check app.asar against the hash embedded at packaging (macOS, and Windows since Electron 30). */
const ASAR_INTEGRITY_PLATFORMS = new Set(['darwin', 'mas', 'win32']);

/** The fuses for one platform and architecture (electronPlatformName and an arch name such as "x64" or "arm64"). */
export function fuseConfigFor(platform, arch) {
  return {
    version: FuseVersion.V1,
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: ASAR_INTEGRITY_PLATFORMS.has(platform),
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    // The renderer comes from app://, so file:// pages need none of their old extra powers.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    // Flipping fuses breaks an arm64 Mac binary's ad-hoc signature; re-sign it ad hoc (a real identity signs after this).
    resetAdHocDarwinSignature: platform === 'darwin' && arch === 'arm64',
  };
}

/** The file electron-builder produced for the app: the renamed Electron executable, or the .app bundle on macOS. */
export function packagedBinary(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return join(appOutDir, `${packager.appInfo.productFilename}.app`);
  if (electronPlatformName === 'win32') return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  return join(appOutDir, packager.executableName);
}

const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

export default async function afterPack(context, log = console.log) {
  const binary = packagedBinary(context);
  try {
    await getCurrentFuseWire(binary);
  } catch (error) {
    // Only a binary without the fuse sentinel (such as the stand-in Electron the packaging test uses) is let through.
    if (error instanceof Error && /Could not find sentinel/.test(error.message)) {
      log(`  • skipping Electron fuses: ${binary} has no fuse sentinel, so it is not a real Electron binary`);
      return;
    }
    throw error;
  }
  const config = fuseConfigFor(context.electronPlatformName, ARCH_NAMES[context.arch] ?? String(context.arch));
  await flipFuses(binary, config);
  const wire = await getCurrentFuseWire(binary);
  const wrong = Object.keys(FuseV1Options)
    .filter((key) => /^\d+$/.test(key) && key in config)
    .filter((key) => wire[key] !== (config[key] ? 49 : 48));
  if (wrong.length > 0) throw new Error(`Electron fuses did not take in ${binary}: ${wrong.map((k) => FuseV1Options[k]).join(', ')}`);
  log(`  • flipped Electron fuses in ${binary}`);
}
