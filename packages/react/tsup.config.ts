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
  external: [
    'react',
    'react-dom',
    'react/jsx-runtime',
    '@chitieu/core',
    '@tanstack/react-table',
    '@tanstack/react-virtual',
  ],
  esbuildPlugins: [perFileOutput],
  esbuildOptions(options) {
    options.jsx = 'automatic';
  },
  async onSuccess() {
    const out = resolve('dist/styles.css');
    await mkdir(dirname(out), { recursive: true });
    await copyFile(resolve('src/styles.css'), out);
  },
});
