import type { Page } from 'playwright-core';

/**
 * Opens the card picker with `/`, types words, waits until the card with the wanted title is the one chosen
 * (moving down with the arrow keys as a trainer would), and puts it where `target` says.
 */
export async function pickCard(consolePage: Page, words: string, title: string, target: RegExp | string) {
  await consolePage.keyboard.press('/');
  const dialog = consolePage.getByRole('dialog', { name: 'Kaart kiezen' });
  const search = dialog.getByRole('combobox', { name: /Zoek op woorden/ });
  await search.waitFor();
  await search.fill(words);
  const list = dialog.getByRole('listbox', { name: 'Gevonden kaarten' });
  await list
    .getByRole('option', { name: new RegExp(escape(title)) })
    .first()
    .waitFor();
  for (let i = 0; i < 30; i++) {
    const chosen = await list.getByRole('option', { selected: true }).textContent();
    if (chosen?.includes(title)) break;
    await search.press('ArrowDown');
  }
  await dialog.getByRole('button', { name: target }).click();
  await dialog.waitFor({ state: 'hidden' });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
