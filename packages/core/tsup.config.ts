import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
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
