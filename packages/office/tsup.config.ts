import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

/**
 * One output file per source file, relative imports kept as imports of the sibling `.js` file:
 * with `sideEffects: false`, an app that imports only `writeDocx` never loads exceljs, and one
 * that imports only `readWorkbook` never loads docx.
 */
const perFileOutput: Plugin = {
  name: 'chitieu-office-per-file-output',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      return { path: `${args.path.replace(/\.(ts|js)$/, '')}.js`, external: true };
    });
  },
};

export default defineConfig({
  entry: ['src/**/*.ts', '!src/**/*.test.ts'],
  // ESM only: docx 9 ships ESM-only exports, and every consumer (Vite, Node ≥ 20) loads ESM.
  format: ['esm'],
  // Types are rolled up from the public entry only: the exports map exposes nothing else.
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: false,
  clean: true,
  splitting: false,
  target: 'es2022',
  platform: 'neutral',
  // The format libraries stay external: an app's bundler dedupes and code-splits them, and only
  // this package ever imports them, so `@chitieu/core` and `@chitieu/react` stay small.
  external: ['@chitieu/core', 'exceljs', 'docx'],
  esbuildPlugins: [perFileOutput],
});
