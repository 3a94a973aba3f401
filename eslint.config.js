import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

const features = ['solo', 'console', 'projector', 'participant', 'print', 'help', 'explain'];

export default tseslint.config(
  { ignores: ['dist', 'dist-server', 'node_modules', 'coverage', 'tests/fixtures/lint'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    languageOptions: { parserOptions: { projectService: false } },
    settings: {
      // Without a resolver for extensionless .ts imports, the path rules below resolve nothing and stay quiet.
      // tests/unit/lint-layers.test.ts fails if that happens again.
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
      // The files import-x parses to follow imports (import-x/no-cycle): ours are TypeScript.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/refs': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            // The domain is pure: no React, no store, no views, no network.
            { target: './src/domain', from: './src', except: ['./domain'] },
            { target: './src/sync', from: ['./src/features', './src/app', './src/state', './src/ui'] },
            { target: './src/state', from: ['./src/features', './src/app', './src/ui'] },
            { target: './src/ui', from: ['./src/features', './src/app', './src/state'] },
            { target: './src/features', from: './src/app' },
            // Features do not import each other.
            ...features.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
            })),
            // The relay shares the room protocol with the browser and nothing else of the app.
            { target: './server', from: './src', except: ['./domain'] },
            { target: './server', from: ['./scripts', './tests'] },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['zod', 'zod/mini'].map((name) => ({
            name,
            message: "Import z from src/domain/zod.ts: it is set up for the page's CSP.",
          })),
          // The domain imports nothing but zod (through ./zod): no view, store, network, Node or translation code.
          patterns: [
            {
              regex: '^(?!\\.{1,2}/)(?!zod(/|$))',
              message: 'src/domain is pure TypeScript: it imports nothing but zod (through src/domain/zod.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/zod.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^(?!\\.{1,2}/)(?!zod(/|$))' }] }] },
  },
);
