import { defineConfig } from 'vitest/config';

/** Browser tests: real Chromium against the built app in dist/ (run `npm run build` first). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
