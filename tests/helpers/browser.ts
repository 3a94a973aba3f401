import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';

import { chromiumPath, launchChromium } from '../../scripts/chromium';
import { serveDist, type StaticServer } from '../../scripts/static-server';
import { freePort, startRelayProcess, type RelayProcess } from './relay-process';

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

/** The relay key of the browser tests' relay process. */
export const E2E_RELAY_KEY = 'e2e-relay-key-0123456789abcdef';

/**
 * Chromium, the built app and a relay process of its own, started before the tests of a file and stopped after,
 * with every browser context the tests opened through `app.context()`. Read the fields inside the tests.
 */
export function useBrowserAppAndRelay(): {
  browser: Browser;
  server: StaticServer;
  relay: RelayProcess;
  context: (options?: Parameters<Browser['newContext']>[0]) => Promise<BrowserContext>;
} {
  const contexts: BrowserContext[] = [];
  const app = {
    context: async (options?: Parameters<Browser['newContext']>[0]) => {
      const context = await app.browser.newContext(options);
      contexts.push(context);
      return context;
    },
  } as ReturnType<typeof useBrowserAppAndRelay>;
  beforeAll(async () => {
    [app.browser, app.server, app.relay] = await Promise.all([
      launchChromium(),
      serveDist(),
      freePort().then((port) => startRelayProcess(port, { RELAY_KEY: E2E_RELAY_KEY })),
    ]);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await app.browser?.close();
    await app.server?.close();
    await app.relay?.stop();
  });
  return app;
}
