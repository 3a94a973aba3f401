import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';

const features = ['solo', 'console', 'projector', 'participant', 'print', 'help'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/refs': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'off',
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
          paths: [{ name: 'zod', message: "Import z from src/domain/zod.ts: it is set up for the page's CSP." }],
          patterns: ['react', 'react-*', 'zustand', 'zustand/*', 'framer-motion'],
        },
      ],
    },
  },
  {
    files: ['src/domain/zod.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
