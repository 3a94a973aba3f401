import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';

import { serveDist, type StaticServer } from '../../scripts/static-server';
import { describeInBrowser, E2E_RELAY_KEY, expectNoAxeViolations, launchChromium } from '../helpers/browser';
import { drawUntil, titleOnWall } from '../helpers/console-page';
import { freePort, startRelayProcess, type RelayProcess } from '../helpers/relay-process';

const RELAY_ENV = { RELAY_KEY: E2E_RELAY_KEY };

describeInBrowser('a room across devices in Chromium, on a real relay process', () => {
  let browser: Browser;
  let server: StaticServer;
  let relay: RelayProcess;
  let relayPort: number;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    relayPort = await freePort();
    [browser, server, relay] = await Promise.all([
      launchChromium(),
      serveDist(),
      startRelayProcess(relayPort, RELAY_ENV),
    ]);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
    await relay?.stop();
  });

  it('joins five phones by code and link, hides answers until all have answered, survives a relay restart and a console reload', async () => {
    const facilitator = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(facilitator);
    const consolePage = await facilitator.newPage();
    await consolePage.goto(`${server.url}#/console?relay=${encodeURIComponent(relay.url)}`);
    await consolePage.getByRole('button', { name: /Dilemma-duel/ }).click();
    await consolePage.getByRole('button', { name: 'Groepssessie openen' }).click();
    const code = (await consolePage.locator('.room-code').textContent())!;
    expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{7}$/);
    const joinUrl = (await consolePage.getByRole('link', { name: /#\/join\// }).textContent())!;
    expect(joinUrl).not.toContain('secret');

    // The wall shows the code and a QR code of the join link, never the secret.
    const [wall] = await Promise.all([facilitator.waitForEvent('page'), consolePage.keyboard.press('o')]);
    await wall.getByText(code).first().waitFor();
    expect(await wall.getByRole('img', { name: /QR/ }).count()).toBeGreaterThan(0);
    const secret = await consolePage
      .waitForFunction(
        () =>
          (JSON.parse(localStorage.getItem('tegenwicht/session') ?? 'null') as { state: { room: { secret: string } } })
            ?.state.room?.secret,
      )
      .then((handle) => handle.jsonValue());
    expect(await wall.content()).not.toContain(secret);
    await consolePage.bringToFront();

    // A dilemma on the table.
    await drawUntil(consolePage, (kind) => kind === 'Dilemma');
    await consolePage.keyboard.press('c');
    const dilemmaTitle = await titleOnWall(consolePage);

    // Five phones: one types the code (lower case, with spaces), the others open the link.
    const phones: Page[] = [];
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
      contexts.push(context);
      const phone = await context.newPage();
      if (i === 0) {
        await phone.goto(`${server.url}#/join?relay=${encodeURIComponent(relay.url)}`);
        await phone.getByLabel('Code van de sessie').fill(` ${code.slice(0, 3).toLowerCase()} ${code.slice(3)} `);
        await phone.getByRole('button', { name: 'Meedoen' }).click();
      } else {
        await phone.goto(joinUrl);
      }
      await phone.getByText('Verbonden').first().waitFor();
      await phone.getByText(dilemmaTitle!).first().waitFor();
      phones.push(phone);
    }
    await consolePage.getByText(/5 deelnemers · 0 van 5 hebben geantwoord/).waitFor();

    // Three answer now; nobody sees anything of the others' answers.
    const choose = (phone: Page, side: 'Kant A' | 'Kant B') =>
      phone.getByRole('button', { name: new RegExp(`^${side}:`) }).click();
    await choose(phones[0]!, 'Kant A');
    await choose(phones[1]!, 'Kant B');
    await choose(phones[2]!, 'Kant A');
    for (const phone of phones.slice(0, 3)) await phone.getByText(/^Verstuurd/).waitFor();
    await consolePage.getByText(/5 deelnemers · 3 van 5 hebben geantwoord/).waitFor();
    for (const phone of phones) expect(await phone.textContent('body')).not.toMatch(/van de 5/);

    // An anonymous note reaches the console, without a name.
    await phones[1]!.getByLabel(/Anonieme notitie/).fill('Ik twijfel tussen beide kanten');
    await phones[1]!.getByRole('button', { name: 'Notitie anoniem versturen' }).click();
    await phones[1]!.getByText('Notitie verstuurd.').waitFor();
    await consolePage
      .getByRole('region', { name: 'Meedoen op de telefoon' })
      .getByText('Ik twijfel tussen beide kanten')
      .waitFor();
    await expectNoAxeViolations(phones[0]!);

    // The relay dies and comes back on the same port; everyone reconnects by itself.
    await relay.stop();
    await phones[3]!.getByText(/opnieuw verbinden/).waitFor();
    relay = await startRelayProcess(relayPort, RELAY_ENV);
    for (const phone of phones)
      await phone.getByText('Verbonden', { exact: false }).first().waitFor({ timeout: 30_000 });

    // The console is reloaded mid-room and takes the room back, answers and all.
    await consolePage.reload();
    await consolePage.getByText(/5 deelnemers · 3 van 5 hebben geantwoord/).waitFor({ timeout: 30_000 });

    await choose(phones[3]!, 'Kant B');
    await choose(phones[4]!, 'Kant A');

    // Everyone has answered: the console reveals, and wall and phones show the split, nothing lost.
    await wall.getByText('Kant A (', { exact: false }).first().waitFor({ timeout: 30_000 });
    await expect.poll(() => wall.textContent('body'), { timeout: 30_000 }).toContain('3 van de 5');
    expect(await wall.textContent('body')).toContain('2 van de 5');
    for (const phone of phones)
      await expect.poll(() => phone.textContent('body'), { timeout: 30_000 }).toContain('3 van de 5');
    // Six browser contexts, a relay restart and a console reload: longer than one page's test on 2 cores.
  }, 180_000);
});
