import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // CLI tests start Node processes: generous on a busy 2-core machine (no test here measures time).
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          // Polls wait for a browser on a busy 2-core machine (settings travel through the background first).
          expect: { poll: { timeout: 10_000 } },
          hookTimeout: 120_000,
          fileParallelism: false,
          sequence: { concurrent: false },
        },
      },
    ],
  },
});
