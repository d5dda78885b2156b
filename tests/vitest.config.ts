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
          // A real browser on a loaded 2-core machine now and then misses a pointer pass or a poll window;
          // one more try tells that apart from a defect (a test failing twice fails the run, and the
          // JSON report lists every retried test).
          retry: 1,
          fileParallelism: false,
          sequence: { concurrent: false },
        },
      },
    ],
  },
});
