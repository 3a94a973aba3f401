import { defineConfig } from 'vitest/config';

/** Relay tests: a real relay and real WebSocket clients on 127.0.0.1, one file at a time. */
export default defineConfig({
  test: {
    include: ['tests/relay/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    fileParallelism: false,
  },
});
