import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  // ESM only: docx 9 ships ESM-only exports, and every consumer (Vite, Node ≥ 20) loads ESM.
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
  // The format libraries stay external: an app's bundler dedupes and code-splits them, and only
  // this package ever imports them, so `@chitieu/core` and `@chitieu/react` stay small.
  external: ['@chitieu/core', 'exceljs', 'docx'],
});
