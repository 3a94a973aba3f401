import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Debian's Chromium (or CHROMIUM_PATH); no tool here downloads a browser of its own. */
export const chromiumPath = CANDIDATES.find((path): path is string => !!path && existsSync(path)) ?? null;

/** Chromium with no background traffic: this machine reaches no network but loopback. */
export const QUIET_CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Headless Chromium for the tests and benches, driven by playwright-core. */
export function launchChromium(): Promise<Browser> {
  if (!chromiumPath) throw new Error('No Chromium: apt-get install -y chromium (or set CHROMIUM_PATH)');
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      ...QUIET_CHROMIUM_FLAGS,
      '--disable-quic',
      // Windows of a session (console, projector) run side by side: none of them may be throttled.
      '--disable-renderer-backgrounding',
      '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows',
    ],
  });
}
