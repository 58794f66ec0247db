import { statSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

/**
 * One output file per source file: every relative import stays an import of the sibling output
 * file (with the format's extension). This keeps `'use client'` at the top of exactly the files
 * that declare it (esbuild drops directives of modules it inlines) and lets bundlers tree-shake
 * per component, so importing `StatusBadge` never reaches the table library.
 */
const perFileOutput: Plugin = {
  name: 'chitieu-per-file-output',
  setup(build) {
    const ext = build.initialOptions.format === 'cjs' ? '.cjs' : '.js';
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      // only our own sources are split per file; a bundled dependency keeps its relative imports
      if (args.importer.includes('/node_modules/')) return undefined;
      const base = resolve(args.resolveDir, args.path);
      const isDirectory = (() => {
        try {
          return statSync(base).isDirectory();
        } catch {
          return false;
        }
      })();
      const target = `${args.path.replace(/\.(tsx?|jsx?)$/, '')}${isDirectory ? '/index' : ''}${ext}`;
      return { path: target, external: true };
    });
  },
};

/**
 * TanStack Table 9 (and the store it reads) is ESM-only. CommonJS output bundles it — into
 * `scorecard/table.cjs`, the one module that imports it — so `require('@chitieu/react')` works
 * in Node 20 without require(esm) and in Jest; the ESM output keeps it external (the app's
 * bundler dedupes and tree-shakes it). `noExternal` lets these imports past tsup's
 * dependencies-are-external rule; this plugin then marks them external again for ESM only.
 */
const ESM_ONLY = /^(?:@tanstack\/(?:react-table|table-core|react-store|store)|use-sync-external-store)(?:\/|$)/;
const esmOnlyPerFormat: Plugin = {
  name: 'chitieu-esm-only-dependencies',
  setup(build) {
    if (build.initialOptions.format === 'cjs') return;
    build.onResolve({ filter: ESM_ONLY }, (args) => ({ path: args.path, external: true }));
  },
};

export default defineConfig({
  entry: ['src/**/*.ts', 'src/**/*.tsx', '!src/**/*.test.ts', '!src/**/*.test.tsx'],
  format: ['esm', 'cjs'],
  // Types are rolled up from the public entry only: the exports map exposes nothing else.
  dts: { entry: { index: 'src/index.ts' } },
  // No source maps in the published build: dist is unminified, readable ESM/CJS with the same
  // names as src, so stack traces already point at real code; maps doubled the tarballs (1.5 MB)
  // and, for bundled dependencies, would describe code the tarball does not ship.
  sourcemap: false,
  clean: true,
  splitting: false,
  target: 'es2022',
  platform: 'neutral',
  external: ['react', 'react-dom', 'react/jsx-runtime', '@chitieu/core', '@tanstack/react-virtual'],
  noExternal: [ESM_ONLY],
  esbuildPlugins: [perFileOutput, esmOnlyPerFormat],
  esbuildOptions(options) {
    options.jsx = 'automatic';
  },
  async onSuccess() {
    const out = resolve('dist/styles.css');
    await mkdir(dirname(out), { recursive: true });
    await copyFile(resolve('src/styles.css'), out);
  },
});
