// Which Chromium the browser tests drive: PATHBOARD_CHROMIUM, else Debian's /usr/bin/chromium. Playwright never downloads one.
import { existsSync } from 'node:fs';

export function chromiumPath(): string {
  const path = process.env['PATHBOARD_CHROMIUM'] ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install Debian's chromium (apt-get install -y chromium) or set PATHBOARD_CHROMIUM to a Chromium or Chrome binary.`,
    );
  }
  return path;
}

export function chromiumLaunchOptions() {
  return {
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  };
}
