import { defineConfig } from 'tsup';

/**
 * The npm build for bundlers: ESM only (custom elements run in browsers; every bundler reads
 * ESM), one module per element plus shared chunks, so importing one element's module never pulls
 * the scorecard's table code. Dependencies (`@chitieu/core`, `lit`, TanStack) stay external: the
 * app's bundler dedupes them. The no-build single file is made by scripts/bundle.mjs.
 */
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    define: 'src/define.ts',
    'status-badge': 'src/status-badge.ts',
    'delta-badge': 'src/delta-badge.ts',
    'completion-bar': 'src/completion-bar.ts',
    sparkline: 'src/sparkline.ts',
    'indicator-card': 'src/indicator-card.ts',
    'report-summary': 'src/report-summary.ts',
    scorecard: 'src/scorecard.ts',
    provider: 'src/provider.ts',
  },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: false,
  clean: true,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  platform: 'browser',
  external: [/^@chitieu\/core/, /^lit/, /^@tanstack\//],
});
