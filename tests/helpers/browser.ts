import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';

import { chromiumPath, launchChromium } from '../../scripts/chromium';
import { serveDist, type StaticServer } from '../../scripts/static-server';

export { launchChromium } from '../../scripts/chromium';

if (!chromiumPath) {
  const message = 'No Chromium found (install it with `apt-get install -y chromium` or set CHROMIUM_PATH).';
  if (process.env.CI === 'true') throw new Error(`${message} Browser tests cannot be skipped in CI.`);
  console.warn(`\n\n!!! ${message} SKIPPING THE BROWSER TESTS. !!!\n\n`);
}

/** A describe that runs only where Chromium is (and fails in CI where it is not). */
export const describeInBrowser = chromiumPath ? describe : describe.skip;

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe in the page and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, onlyRules?: string[]) {
  // Evaluated through the driver, so the page's Content Security Policy stays as it ships.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (rules) => {
    type Axe = { run: (ctx: Document, options: object) => Promise<{ violations: unknown[] }> };
    const axe = (window as unknown as { axe: Axe }).axe;
    const options = rules ? { runOnly: { type: 'rule', values: rules } } : {};
    return (await axe.run(document, options)).violations;
  }, onlyRules);
  const readable = (violations as AxeViolation[]).map(
    (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(readable).toEqual([]);
}

/**
 * Chromium and the built app served under a sub-path, started before the tests of a file and stopped after.
 * Read `app.browser` and `app.server` inside the tests.
 */
export function useBrowserAndApp(): { browser: Browser; server: StaticServer } {
  const app = {} as { browser: Browser; server: StaticServer };
  beforeAll(async () => {
    [app.browser, app.server] = await Promise.all([launchChromium(), serveDist()]);
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}
