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

/** The page may reach its own origin and the room relay: port 4174 on any host, or the relay it was built for. */
function relayOriginPlugin(): Plugin {
  const configured = process.env.VITE_RELAY_URL;
  const origin = configured ? new URL(configured).origin : '';
  return {
    name: 'tegenwicht-relay-origin',
    transformIndexHtml: (html) => html.replace(' %RELAY_ORIGIN%', origin ? ` ${origin}` : ''),
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), deckPlugin(), relayOriginPlugin()],
  build: { target: 'es2022', sourcemap: false },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
