import { defineConfig } from 'tsup';

export default defineConfig({
  // Extraction is its own entry point: importing `@chitieu/core` costs nothing of it.
  entry: { index: 'src/index.ts', extract: 'src/extract/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: 'es2022',
  // decimal.js stays external: consumers dedupe it, and the size script counts
  // it separately from the library's own code.
  external: ['decimal.js'],
});
