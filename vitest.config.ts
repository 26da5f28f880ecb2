import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/vscode/**', 'node_modules/**'],
    globalSetup: ['tests/setup/build.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
