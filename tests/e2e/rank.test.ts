import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';

import { describeInBrowser, expectNoAxeViolations, useBrowserAppAndRelay } from '../helpers/browser';
import { shoot, shotsFolder } from '../helpers/shots';

const PHONE = { width: 360, height: 640 };
const A = 'Wettelijke kaders rond de klantgroep';
const B = 'Beschikbare instrumenten';
const C = 'Opleidingsachtergrond';
const D = "Intervisie met collega's";

describeInBrowser('Rangorde with three phones in a group session', () => {
  const app = useBrowserAppAndRelay();
  const folder = shotsFolder('rank');

  it('phones pick in secret, and the wall shows the group by Borda count beside the study', async () => {
    const facilitator = await app.context({ viewport: { width: 1366, height: 768 } });
    const consolePage = await facilitator.newPage();
    await consolePage.goto(`${app.server.url}#/console?relay=${encodeURIComponent(app.relay.url)}`);
    await consolePage.getByRole('button', { name: /Rangorde/ }).click();
    await consolePage.getByRole('toolbar').waitFor();
    await consolePage.getByLabel('Aantal factoren per persoon').selectOption('3');
    await consolePage.getByRole('button', { name: 'Groepssessie openen' }).click();
    const joinUrl = (await consolePage.getByRole('link', { name: /#\/join\// }).textContent())!;
    const [wall] = await Promise.all([facilitator.waitForEvent('page'), consolePage.keyboard.press('o')]);
    await wall.setViewportSize({ width: 1920, height: 1080 });

    const picks = [
      [A, B, C],
      [A, C, B],
      [B, A, D],
    ];
    const phones: Page[] = [];
    for (let i = 0; i < picks.length; i++) {
      const context = await app.context({ viewport: PHONE, isMobile: true, hasTouch: true });
      const phone = await context.newPage();
      await phone.goto(joinUrl);
      await phone.getByText('Kies 3 factoren, de zwaarste eerst').waitFor();
      phones.push(phone);
    }
    await consolePage
      .locator('.room-status')
      .filter({ hasText: /3 deelnemers/ })
      .waitFor();
    for (const [index, phone] of phones.entries()) {
      const send = phone.getByRole('button', { name: 'Verstuur mijn rangorde' });
      expect(await send.isDisabled()).toBe(true);
      for (const title of picks[index]!) await phone.getByRole('button', { name: title, exact: true }).tap();
      // A fourth cannot be added: the trainer asked for three.
      expect(await phone.getByRole('button', { name: D, exact: true }).isDisabled()).toBe(index !== 2);
      if (index === 0) {
        expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
        await shoot(phone, folder, 'phone-picked');
        await expectNoAxeViolations(phone);
      }
      await send.tap();
      // The last answer makes the wall reveal by itself, and the revealed view replaces the form on the phone, its
      // "Verstuurd" included, often before that word is seen: the wall's results below show that answer arrived.
      if (index < phones.length - 1) await phone.getByText('Verstuurd').first().waitFor();
    }

    // Everyone has answered: the wall reveals by itself. Borda with 3 picks: A 3+3+2, B 2+1+3, C 1+2, D 1.
    const table = wall.locator('.rank-board__table tbody tr');
    await table.first().waitFor();
    const rows = await table.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].slice(0, 2).map((c) => c.textContent?.trim() ?? '')),
    );
    expect(rows.slice(0, 3)).toEqual([
      ['1e', A],
      ['2e', B],
      ['3e', C],
    ]);
    // Beside the open session's QR code the whole ranking shows, then a factor of the study's top 5 nobody picked.
    expect(rows[3]).toEqual(['4e', D]);
    expect(rows[4]![0]).toBe('niet gekozen');
    expect(await wall.textContent('body')).toContain(`${D}: 4e in de groep`);
    // The text version says the same for a screen reader.
    expect(await wall.textContent('body')).toContain(`${A}: 1e in de groep`);
    await shoot(wall, folder, 'wall-ranking');
    await expectNoAxeViolations(wall);

    // Each phone shows the group's ranking as well, in one column, with the places it gave marked.
    const items = (phone: Page) => phone.getByRole('list', { name: 'Uitkomst' }).getByRole('listitem');
    await items(phones[0]!).first().waitFor();
    const first = await items(phones[0]!).allTextContents();
    expect(first[0]).toContain(A);
    expect(first[0]).toContain('1e');
    expect(first[0]).toContain('Jij: 1e');
    expect(first[3]).toContain(D);
    expect(first[3]).not.toContain('Jij');
    await items(phones[2]!).first().waitFor();
    expect((await items(phones[2]!).allTextContents())[3]).toContain('Jij: 3e');
    expect(await phones[0]!.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    // The results come in at the top of the screen, below the connection line that stays there, not above the
    // screen where the phone was scrolled from its button.
    await phones[0]!.getByRole('heading', { name: 'Uitkomst' }).waitFor();
    await phones[0]!.waitForFunction(() => {
      const line = document.querySelector('.connection')!.getBoundingClientRect().bottom;
      const top = document.getElementById('results-title')!.getBoundingClientRect().top;
      return window.scrollY > 0 && top >= line && top < line + 60;
    });
    await shoot(phones[0]!, folder, 'phone-ranking');
    await expectNoAxeViolations(phones[0]!);
    // Five browser contexts and a relay on 2 shared cores: longer than one page's test.
  }, 120_000);
});
