import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: 'es2022',
  // decimal.js and valibot stay external: consumers dedupe them, and the size script counts
  // them separately from the library's own code.
  external: ['decimal.js', 'valibot'],
});
