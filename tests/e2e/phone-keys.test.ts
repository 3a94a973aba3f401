/**
 * A crafted join address cannot take a phone's key (the hardening issue, item 9): the phone presents a key of
 * its own per room (never its device key), the same one again after a reload, and a `?relay=` naming another
 * host is ignored with a warning on screen.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { expect, it } from 'vitest';

import { describeInBrowser, useBrowserAppAndRelay } from '../helpers/browser';

/** The keys a page presents to relays, read from the sign-in frames it sends, and the addresses it opens. */
function watchSockets(page: Page) {
  const keys: string[] = [];
  const urls: string[] = [];
  page.on('websocket', (socket) => {
    urls.push(socket.url());
    socket.on('framesent', ({ payload }) => {
      const text = typeof payload === 'string' ? payload : payload.toString('latin1');
      for (const match of text.matchAll(/"key":"([A-Za-z0-9_-]+)"/g)) keys.push(match[1]!);
    });
  });
  return { keys, urls };
}

const deviceKeyOf = (page: Page) =>
  page.evaluate(
    () =>
      (JSON.parse(localStorage.getItem('tegenwicht/participant') ?? 'null') as { state?: { participantKey?: string } })
        ?.state?.participantKey ?? null,
  );

describeInBrowser('a phone in Chromium', () => {
  const app = useBrowserAppAndRelay();
  let context: BrowserContext;

  it('presents another key in room B than in room A, the same one again in A, never its device key', async () => {
    context = await app.context({ viewport: { width: 360, height: 740 } });
    const phone = await context.newPage();
    const sockets = watchSockets(phone);
    const relayParam = `?relay=${encodeURIComponent(app.relay.url)}`;
    const join = async (code: string) => {
      const before = sockets.keys.length;
      await phone.goto(`${app.server.url}#/join/${code}${relayParam}`);
      await expect.poll(() => sockets.keys.length, { timeout: 15_000 }).toBeGreaterThan(before);
      return sockets.keys.at(-1)!;
    };

    const inA = await join('ABCD234');
    const inB = await join('WXYZ789');
    // After the reload the code that joins arrives before the code that reads the save: the phone waits for
    // its saved key instead of making a new one (a race the network decides otherwise).
    let joinCodeLoaded!: () => void;
    const joinCode = new Promise<void>((resolve) => (joinCodeLoaded = resolve));
    phone.on('requestfinished', (request) => {
      if (/\/assets\/room-link-[^/]+\.js$/.test(request.url())) joinCodeLoaded();
    });
    await phone.route(/\/assets\/saved-state-[^/]+\.js$/, async (route) => {
      await joinCode;
      await route.continue();
    });
    await phone.reload();
    const inAAgain = await join('ABCD234');
    const deviceKey = await deviceKeyOf(phone);

    expect(deviceKey).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    expect(inB).not.toBe(inA);
    expect(inAAgain).toBe(inA);
    expect(sockets.keys).not.toContain(deviceKey);
    expect(await phone.getByText(/andere server/).count()).toBe(0);
  });

  it('ignores a ?relay= naming another host and says so', async () => {
    const page = await context.newPage();
    const sockets = watchSockets(page);
    await page.goto(`${app.server.url}#/join/ABCD234?relay=${encodeURIComponent('http://192.0.2.7:4174')}`);
    await page
      .getByRole('alert')
      .getByText(/andere server \(http:\/\/192\.0\.2\.7:4174\)/)
      .waitFor();
    // The page goes on with its own server, never the named one.
    await page.getByText('Code van de sessie', { exact: false }).or(page.getByRole('status')).first().waitFor();
    expect(sockets.urls.some((url) => url.includes('192.0.2.7'))).toBe(false);

    await page.goto(`${app.server.url}#/console?relay=${encodeURIComponent('not a server')}`);
    await page
      .getByRole('alert')
      .getByText(/server die niet klopt/)
      .waitFor();
    await page.close();
  });
});
