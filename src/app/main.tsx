import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';

import type { Deck } from '../domain/deck-schema';
import { setupI18n } from '../i18n/setup';
import { followOtherWindows, useAppStore } from '../state/store';
import { App } from './app';
import { registerOffline } from './register-offline';
import './styles.css';

const i18n = setupI18n(useAppStore.getState().language);
followOtherWindows();
document.documentElement.lang = useAppStore.getState().language;

/** The built-in deck was validated when the app was built; it ships beside the page. */
async function loadBuiltInDeck() {
  try {
    const response = await fetch(new URL('deck.json', document.baseURI));
    if (!response.ok) throw new Error(`deck.json: HTTP ${response.status}`);
    useAppStore.getState().setBuiltInDeck((await response.json()) as Deck);
  } catch (error) {
    console.error(error);
    useAppStore.getState().setBuiltInDeck(null);
  }
}
void loadBuiltInDeck();
registerOffline();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
