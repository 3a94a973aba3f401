import i18next from 'i18next';
import { describe, expect, it } from 'vitest';

import { initI18n } from '../../src/i18n/init';
import en from '../../src/i18n/locales/en/common.json';
import nl from '../../src/i18n/locales/nl/common.json';
import { defaultSideLabels } from '../../src/state/projection';

describe('the side labels a view carries', () => {
  it('are looked up once, and again once the words of another language have loaded', async () => {
    // Dutch bundled, English asked for later: as in the app, where the other language loads after the first screen.
    initI18n('nl', { nl: { common: nl } }, ['common'], async () => en);
    const first = defaultSideLabels();
    expect(first[0]).toEqual({ nl: 'Kant A', en: 'Kant A' });
    expect(defaultSideLabels()).toBe(first);

    await i18next.loadLanguages('en');
    expect(defaultSideLabels()).toEqual([
      { nl: 'Kant A', en: 'Side A' },
      { nl: 'Kant B', en: 'Side B' },
    ]);
  });
});
