import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { assembleSourceDeck } from './scripts/deck-source';
import { parseDeck } from './src/domain/parse-deck';

/** Validates the deck in cards/ and ships it as deck.json, with its JSON Schema beside it. */
function deckPlugin(): Plugin {
  const build = () => {
    const result = parseDeck(assembleSourceDeck());
    if (!result.ok) {
      const lines = result.problems.map(
        (p) => `  card ${p.cardNumber ?? '-'} (${p.cardId ?? '?'}) ${p.field}: ${p.message}`,
      );
      throw new Error(`The deck in cards/ is invalid:\n${lines.join('\n')}`);
    }
    return JSON.stringify(result.deck);
  };
  return {
    name: 'tegenwicht-deck',
    buildStart() {
      this.addWatchFile('cards');
      build();
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'deck.json', source: build() });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!req.url?.endsWith('/deck.json')) return next();
        res.setHeader('content-type', 'application/json');
        res.end(build());
      });
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), deckPlugin()],
  build: { target: 'es2022', sourcemap: false },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
