import { defineConfig } from 'tsup';

export default defineConfig({
  // Extraction is its own entry point: importing `@chitieu/core` costs nothing of it.
  entry: { index: 'src/index.ts', extract: 'src/extract/index.ts', view: 'src/view/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  // No source maps in the published build: dist is unminified, readable ESM/CJS with the same
  // names as src, so stack traces already point at real code; maps doubled the tarballs (1.5 MB)
  // and, for bundled dependencies, would describe code the tarball does not ship.
  sourcemap: false,
  clean: true,
  treeshake: true,
  target: 'es2022',
  // Nothing in src imports decimal.js (it is the tests' reference only); kept external so a
  // stray import could never be bundled into dist unnoticed (the size script checks bundles).
  external: ['decimal.js'],
});
