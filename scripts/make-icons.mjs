// Rasterises resources/icon.svg into every icon the installers need: PNGs for Linux and the window, an ICO for
// Windows and an ICNS for macOS. Needs ImageMagick's `convert`; the outputs are committed, so only run it after
// changing the SVG: `node scripts/make-icons.mjs`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const resources = resolve(import.meta.dirname, '..', 'resources');
const svg = join(resources, 'icon.svg');
const linuxDir = join(resources, 'icons');
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// ICNS element types holding PNG data, by pixel size (the @2x types reuse the larger bitmaps).
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32],
  ['icp6', 64],
  ['ic12', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic13', 256],
  ['ic09', 512],
  ['ic14', 512],
  ['ic10', 1024],
];

/** Deterministic PNG output: 8 bits per channel, no timestamps, so re-running the script changes nothing. */
function png(size, out) {
  execFileSync('convert', ['-background', 'none', '-density', '288', svg, '-resize', `${size}x${size}`, '-strip', '-define', 'png:exclude-chunks=date,time', `PNG32:${out}`]);
}

function icns(entries) {
  const parts = entries.map(([type, data]) => {
    const header = Buffer.alloc(8);
    header.write(type, 0, 'latin1');
    header.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([header, data]);
  });
  const body = Buffer.concat(parts);
  const header = Buffer.alloc(8);
  header.write('icns', 0, 'latin1');
  header.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([header, body]);
}

rmSync(linuxDir, { recursive: true, force: true });
mkdirSync(linuxDir);
for (const size of LINUX_SIZES) png(size, join(linuxDir, `${size}x${size}.png`));
const bySize = (size) => join(linuxDir, `${size}x${size}.png`);
writeFileSync(join(resources, 'icon.png'), readFileSync(bySize(512)));
execFileSync('convert', [...ICO_SIZES.map(bySize), join(resources, 'icon.ico')]);
writeFileSync(join(resources, 'icon.icns'), icns(ICNS_TYPES.map(([type, size]) => [type, readFileSync(bySize(size))])));
console.log(`Wrote resources/icon.png, icon.ico, icon.icns and icons/{${LINUX_SIZES.join(',')}}.png`);
