import { defineConfig } from 'vitest/config';

/** The journeys that drive Chromium (test/e2e, the CSP check). */
const BROWSER_TESTS = ['test/e2e/**/*.test.ts', 'test/shell-csp.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'kerne',
          include: [
            'shared/**/*.test.ts',
            'electron/**/*.test.ts',
            'renderer/**/*.test.{ts,tsx}',
            'test/**/*.test.ts',
          ],
          exclude: BROWSER_TESTS,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: BROWSER_TESTS,
          // A browser on a loaded 2-core CI machine has stalled once in many runs (a step that takes 4 s
          // passed 60 s); one retry keeps such a stall from failing the run. A real fault fails twice, and
          // the first attempt's page is still reported (test/e2e/harness.ts).
          retry: 1,
          // A journey polls the page until it shows what a step should lead to. Vitest's default of 1 s is less
          // than a loaded 2-core machine can take to repaint after a step (a diff, a recalculation), and a poll
          // that passes returns as soon as it does, so waiting longer costs only failing runs.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
