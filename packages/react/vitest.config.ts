import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
// @ts-expect-error — plain ESM helper shared with the Node resolve hooks of the React 18 project
import { DIRECTORIES } from './test/react-18/targets.mjs';

const react18 = DIRECTORIES as { react: string; 'react-dom': string };

/**
 * Two projects, one run (`pnpm test` writes one `.vitest-results.json` for both):
 *
 * - `react-19`: every test, on the React 19 the package is developed with.
 * - `react-18`: every component test, server rendering and hydration, the provider and the
 *   dual-package tests again on React 18.3.1 (the `react-18` / `react-dom-18` dev-dependencies).
 *   Vite aliases redirect `react`, `react-dom` and their subpaths in the code Vite transforms;
 *   `test/react-18/register.mjs` does the same for what Node loads itself (Testing Library,
 *   TanStack, react-dom's own `require('react')`, the built CJS file).
 */
export default defineConfig({
  resolve: { conditions: ['@chitieu/source'] },
  test: {
    environment: 'jsdom',
    setupFiles: ['./test/setup.ts'],
    // a bound against hangs, not a speed check: jsdom renders and the 2 000-case property tests took
    // 5–8 s each (over vitest's 5 s default) on a 2-core machine running other jobs; speed is
    // measured by the benchmarks and the Chromium tests
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'react-19',
          include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
          // the Chromium tests run with `pnpm test:browser` (vitest.browser.config.ts)
          exclude: ['**/node_modules/**', 'test/browser/**'],
          env: { CHITIEU_TEST_REACT: '19' },
        },
      },
      {
        extends: true,
        resolve: {
          alias: [
            { find: /^react-dom(\/.*)?$/, replacement: `${react18['react-dom']}$1` },
            { find: /^react(\/.*)?$/, replacement: `${react18.react}$1` },
          ],
        },
        test: {
          name: 'react-18',
          include: ['src/**/*.test.tsx', 'test/**/*.test.tsx'],
          exclude: ['**/node_modules/**', 'test/browser/**'],
          env: { CHITIEU_TEST_REACT: '18' },
          execArgv: ['--import', fileURLToPath(new URL('./test/react-18/register.mjs', import.meta.url))],
        },
      },
    ],
  },
});
