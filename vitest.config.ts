import { defineConfig } from 'vitest/config';

/** Unit files that start a real Chromium: they run in the browser tier. */
const BROWSER_FILES = ['tests/unit/markdown/mermaid-render.test.ts', 'tests/unit/lib/mermaid/browser-lifecycle.test.ts'];

/**
 * Three tiers that run alone: `unit` (pure, seconds: `npm run test:unit`), `browser` (real
 * Chromium) and `build` (real `astro build`s). `vitest run` runs all three.
 */
export default defineConfig({
  test: {
    // Build tests run real `astro build`s and browser tests start Chromium; give them room on a
    // 2-core machine under load. Nothing asserts on time.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: BROWSER_FILES } },
      { extends: true, test: { name: 'browser', include: [...BROWSER_FILES, 'tests/browser/**/*.test.ts'] } },
      // Builds of one checkout take turns (src/lib/build-lock.ts): run their files one after another,
      // so no test spends its time limit waiting for another file's build.
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], fileParallelism: false } },
    ],
  },
});
