import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';

import { describeInBrowser, expectNoAxeViolations, useBrowserAppAndRelay } from '../helpers/browser';
import { pickCard } from '../helpers/picker';
import { shoot, shotsFolder } from '../helpers/shots';

const PHONE = { width: 360, height: 640 };

describeInBrowser('three phones at 360x640 in a Weeg de factoren', () => {
  const app = useBrowserAppAndRelay();
  const folder = shotsFolder('console');

  it("answer first, name before Send, results that fit and mark your own answer, the session's language", async () => {
    const facilitator = await app.context({ viewport: { width: 1366, height: 768 } });
    const consolePage = await facilitator.newPage();
    await consolePage.goto(`${app.server.url}#/console?relay=${encodeURIComponent(app.relay.url)}`);
    await consolePage.getByRole('button', { name: /Weeg de factoren/ }).click();
    await consolePage.getByRole('button', { name: 'Groepssessie openen' }).click();
    const joinUrl = (await consolePage.getByRole('link', { name: /#\/join\// }).textContent())!;
    await pickCard(consolePage, 'uren zijn op', 'De uren zijn op', 'Als casus op tafel leggen');
    await pickCard(consolePage, 'belastbaar', 'Belastbaarheid van de klant', /^Op Kant A/);
    await pickCard(consolePage, 'motivatie', 'Motivatie en drijfveren van de klant', /^Op Kant B/);

    // Three phones open the link; their browsers say en-GB, the session is Dutch.
    const phones: Page[] = [];
    for (let i = 0; i < 3; i++) {
      const context = await app.context({ viewport: PHONE, locale: 'en-GB', isMobile: true, hasTouch: true });
      const phone = await context.newPage();
      await phone.goto(joinUrl);
      await phone.getByRole('heading', { name: 'Jouw antwoord' }).waitFor();
      phones.push(phone);
    }
    const first = phones[0]!;
    // No app menu on a phone in a session: one tap on it would leave the session.
    expect(await first.getByRole('navigation').count()).toBe(0);
    expect(await first.getByRole('link', { name: 'Sessie leiden' }).count()).toBe(0);
    // The answer comes first: its form starts in the first screen; the card is folded above it.
    const answerTop = (await first.getByRole('heading', { name: 'Jouw antwoord' }).boundingBox())!.y;
    expect(answerTop).toBeLessThan(PHONE.height);
    expect((await first.getByRole('group', { name: 'Belastbaarheid van de klant' }).boundingBox())!.y).toBeLessThan(
      PHONE.height,
    );
    expect(await first.locator('details.participant__case').getAttribute('open')).toBeNull();
    // The optional name is asked before the answer is sent.
    const nameTop = (await first.getByLabel('Naam (niet verplicht)').boundingBox())!.y;
    const sendTop = (await first.getByRole('button', { name: 'Versturen', exact: true }).boundingBox())!.y;
    expect(nameTop).toBeLessThan(sendTop);
    await shoot(first, folder, 'phone-answer-first');

    // The third phone chose Dutch itself; it keeps Dutch whatever the session speaks.
    await phones[2]!.getByRole('button', { name: 'Nederlands' }).click();

    const weights = [
      [4, 2],
      [5, 1],
      [3, 3],
    ];
    for (const [index, phone] of phones.entries()) {
      const [a, b] = weights[index]!;
      await phone
        .getByRole('group', { name: 'Belastbaarheid van de klant' })
        .getByRole('radio', { name: String(a), exact: true })
        .check();
      await phone
        .getByRole('group', { name: 'Motivatie en drijfveren van de klant' })
        .getByRole('radio', { name: String(b), exact: true })
        .check();
      if (index === 0) await phone.getByLabel('Naam (niet verplicht)').fill('Sam');
      await phone.getByRole('button', { name: 'Versturen', exact: true }).click();
      const sent = phone.getByText(/^Verstuurd/);
      // The last answer completes the round: the console reveals at once, so that phone may go straight to the results.
      await (index < phones.length - 1 ? sent : sent.or(phone.getByRole('heading', { name: 'Uitkomst' }))).waitFor();
    }
    await shoot(first, folder, 'phone-sent');

    // Everyone answered: the results appear on every phone, fit 360 px, and mark the phone's own weights.
    for (const [index, phone] of phones.entries()) {
      await phone.getByRole('heading', { name: 'Uitkomst' }).waitFor({ timeout: 30_000 });
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      const results = phone.getByRole('list', { name: 'Uitkomst' });
      await expect.poll(() => results.textContent()).toContain(`Jij gaf ${weights[index]![0]}`);
      expect(await phone.getByRole('status').filter({ hasText: 'De uitkomst is er.' }).count()).toBe(1);
    }
    expect(await first.getByRole('list', { name: 'Uitkomst' }).textContent()).toContain('gemiddeld 4 ');
    await shoot(first, folder, 'phone-results');
    await expectNoAxeViolations(first);

    // The trainer switches the session to English: the phones follow, except the one that chose Dutch.
    await consolePage.getByRole('button', { name: 'English' }).click();
    await first.getByRole('heading', { name: 'Results' }).waitFor();
    await phones[1]!.getByRole('heading', { name: 'Results' }).waitFor();
    expect(await phones[2]!.getByRole('heading', { name: 'Uitkomst' }).count()).toBe(1);
    expect(await first.evaluate(() => document.documentElement.lang)).toBe('en');
    await shoot(first, folder, 'phone-results-en');
    expect(await first.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  }, 180_000);
});
