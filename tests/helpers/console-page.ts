import type { Page } from 'playwright-core';

/** The kind of the card on the wall, as the console's preview shows it ("Factor", "Dilemma", ...). */
export function kindOnWall(consolePage: Page): Promise<string | null> {
  return consolePage.getByRole('region', { name: 'Op de muur' }).locator('.chip--kind').first().textContent();
}

/** The title of the card on the wall, as the console's preview shows it. */
export function titleOnWall(consolePage: Page): Promise<string | null> {
  return consolePage.getByRole('region', { name: 'Op de muur' }).locator('h2').nth(1).textContent();
}

/**
 * Draws with the keyboard (D) until the card on the wall is of the wanted kind, as a facilitator would look
 * for a dilemma; `done` may act on every card drawn and says when to stop.
 */
export async function drawUntil(
  consolePage: Page,
  done: (kind: string | null) => boolean | Promise<boolean>,
  maxDraws = 150,
): Promise<void> {
  for (let i = 0; i < maxDraws; i++) {
    await consolePage.keyboard.press('d');
    if (await done(await kindOnWall(consolePage))) return;
  }
  throw new Error(`no wanted card in ${maxDraws} draws`);
}
