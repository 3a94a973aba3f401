import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * Screenshots of the states a test passes through, for a person to look at; outside the repository
 * (SHOTS_DIR, or the system's temporary folder), never compared by the test.
 */
export function shotsFolder(name: string): string {
  const folder = join(process.env.SHOTS_DIR ?? join(tmpdir(), 'shots'), name);
  mkdirSync(folder, { recursive: true });
  return folder;
}

export async function shoot(page: Page, folder: string, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage });
}
