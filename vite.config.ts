import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { assembleSourceDeck } from './scripts/deck-source';
import { deckFileName, LANGUAGES } from './src/domain/deck-constants';
import { deckInLanguage } from './src/domain/deck-languages';
import { parseDeck } from './src/domain/parse-deck';

/**
 * Validates the deck in cards/ and ships it whole as deck.json (for print, for checking, for anyone who takes the
 * file), and once per language as deck.nl.json and deck.en.json: the app loads the language in use before its first
 * card and the other after it.
 */
function deckPlugin(): Plugin {
  const build = () => {
    const result = parseDeck(assembleSourceDeck());
    if (!result.ok) {
      const lines = result.problems.map(
        (p) => `  card ${p.cardNumber ?? '-'} (${p.cardId ?? '?'}) ${p.field}: ${p.message}`,
      );
      throw new Error(`The deck in cards/ is invalid:\n${lines.join('\n')}`);
    }
    return result.deck;
  };
  const files = (): Record<string, string> => {
    const deck = build();
    const perLanguage = LANGUAGES.map((language) => [deckFileName(language), deckInLanguage(deck, language)]);
    return Object.fromEntries(
      [['deck.json', deck], ...perLanguage].map(([name, data]) => [name, JSON.stringify(data)]),
    );
  };
  return {
    name: 'tegenwicht-deck',
    buildStart() {
      this.addWatchFile('cards');
      build();
    },
    generateBundle() {
      for (const [fileName, source] of Object.entries(files())) this.emitFile({ type: 'asset', fileName, source });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = req.url?.split('?')[0]?.split('/').pop() ?? '';
        if (!/^deck(\.[a-z]{2})?\.json$/.test(name)) return next();
        const source = files()[name];
        if (source === undefined) return next();
        res.setHeader('content-type', 'application/json');
        res.end(source);
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

/**
 * Installable and offline once loaded: a web manifest and a service worker that precaches every file of the
 * build (the page, all JS and CSS chunks including the lazily loaded views, deck.json and its schema, the icons
 * and the manifest), each with its content hash, and answers from that cache first. Nothing else is cached:
 * the room relay is another origin and WebSockets never pass a service worker. A new build is a new precache
 * list: the new worker takes over at once and drops the files the old one had; src/app/register-offline.ts
 * registers it (built app only) and reloads open windows onto the new version.
 */
function offlinePlugin() {
  return VitePWA({
    injectRegister: false,
    registerType: 'autoUpdate',
    filename: 'sw.js',
    manifestFilename: 'manifest.webmanifest',
    // The icons are in public/ and so in the glob below; listing them again would precache them twice.
    includeManifestIcons: false,
    manifest: {
      name: 'Tegenwicht',
      short_name: 'Tegenwicht',
      description: 'Gesprekskaarten over afwegingen bij re-integratie en jobcoaching.',
      lang: 'nl',
      dir: 'ltr',
      start_url: './#/',
      scope: './',
      display: 'standalone',
      theme_color: '#1f2a44',
      background_color: '#fbf8f2',
      icons: [
        { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,css,json,svg,png}'],
      // Views live in the hash; any other navigation inside the scope (a query string, a stale path) gets the app.
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      clientsClaim: true,
      skipWaiting: true,
      runtimeCaching: [],
    },
  });
}

/**
 * The page's first script, src/app/early.ts, as an entry of its own ahead of the app's: one script in the page
 * would be bundled into the app's entry and start only once all of that has loaded. In development the app's entry
 * loads the view itself (see src/app/main.tsx).
 */
function earlyScriptPlugin(): Plugin {
  return {
    name: 'tegenwicht-early-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const early = Object.values(ctx.bundle ?? {}).find(
          (file) => file.type === 'chunk' && file.isEntry && file.name === 'early',
        );
        if (!early) throw new Error('The early script is missing from the build');
        return [
          {
            tag: 'script',
            // Async: it runs as soon as it has loaded, not after the app's script as the page's order would have it.
            attrs: { type: 'module', async: true, crossorigin: true, src: `./${early.fileName}` },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
  };
}

/**
 * The first script's modules (src/app/early.ts and what it imports), the helper of Vite's dynamic imports, which it
 * uses, and the bundler's runtime: they stay out of the groups below, so that the first script does not wait for the app's code to load.
 * tests/unit/build-chunks.test.ts fails when the first script comes to import more than these.
 */
const EARLY_MODULES =
  /[\\/]src[\\/](app[\\/](early|routes|view-loads)|domain[\\/]deck-constants|state[\\/]saved-language|i18n[\\/]locale-files)\.ts$|preload-helper|^\0rolldown\/runtime/;

/**
 * Few files instead of many small ones. By itself the bundler made 23 files of what every view loads before its first
 * render (most under 2 KB, each a request: over HTTP/1.1, six at a time), and 9 more for the console.
 * - `first`: what the first script imports, beside it.
 * - `app`: everything the page's own script loads before its first render, in one file.
 * - `views`: the app's code shared by views that load when opened (console, wall, phone: the session rules, the
 *   schemas, the transports), in one file. Code one view uses alone stays in that view's file, and libraries stay
 *   where the bundler put them (the room connection and the card motion load only when needed).
 */
const CHUNK_GROUPS = [
  { name: 'first', test: EARLY_MODULES, includeDependenciesRecursively: false },
  {
    name: 'app',
    tags: ['$initial' as const],
    test: (id: string) => !EARLY_MODULES.test(id),
    includeDependenciesRecursively: false,
  },
  {
    name: 'views',
    test: (id: string) => /[\\/]src[\\/]|[\\/]node_modules[\\/]zod[\\/]/.test(id) && !EARLY_MODULES.test(id),
    minShareCount: 2,
    includeDependenciesRecursively: false,
  },
];

export default defineConfig({
  base: './',
  plugins: [react(), deckPlugin(), relayOriginPlugin(), earlyScriptPlugin(), offlinePlugin()],
  build: {
    target: 'es2022',
    sourcemap: false,
    rollupOptions: {
      input: { index: 'index.html', early: 'src/app/early.ts' },
      output: {
        // The groups below put modules in other chunks than the ones they would land in by themselves; this keeps
        // each module's code running in the order of the imports, as without them.
        strictExecutionOrder: true,
        codeSplitting: { groups: CHUNK_GROUPS },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
