/**
 * Bundles an entry the way an app would (esbuild, minified, tree-shaken) and measures it.
 * Shared by the size script and the tree-shaking test.
 */

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const distEsm = join(root, 'dist', 'index.js');

/** React and the core are the app's; the table libraries are counted only where asked. */
export const BASE_EXTERNAL = ['react', 'react-dom', 'react/jsx-runtime', '@chitieu/core'];
export const TABLE_EXTERNAL = ['@tanstack/react-table', '@tanstack/react-virtual', '@tanstack/*'];

export async function bundle(contents, { external = BASE_EXTERNAL, loader = 'js' } = {}) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    external,
    treeShaking: true,
    platform: 'browser',
    logLevel: 'silent',
    metafile: true,
  });
  const output = result.outputFiles[0];
  const code = output.contents;
  return {
    text: output.text,
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    // modules that contributed code to the output (parsed-but-shaken modules are left out)
    inputs: Object.values(result.metafile.outputs).flatMap((o) =>
      Object.entries(o.inputs)
        .filter(([, info]) => info.bytesInOutput > 0)
        .map(([path]) => path),
    ),
  };
}
