/**
 * The no-build file: `dist/chitieu-elements.js`, one ES module with @chitieu/core (its view layer),
 * Lit and TanStack bundled and minified, for a plain page:
 *
 *   <script type="module" src="https://…/@chitieu/elements/dist/chitieu-elements.js"></script>
 *
 * It defines every tag and exports the classes and the core's `parseDataset`, `evaluate`,
 * `evaluateDataset`, `withImpliedTargets`, `defineIndicator`, so a page can read its dataset JSON without a bundler.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
await build({
  stdin: {
    contents: [
      "export * from './src/index.ts';",
      "export { defineIndicator, defineObservation, evaluate, evaluateDataset, parseDataset, summarize, withImpliedTargets } from '@chitieu/core';",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  outfile: join(root, 'dist', 'chitieu-elements.js'),
  legalComments: 'eof',
  logLevel: 'warning',
});
mkdirSync(join(root, 'dist'), { recursive: true });
copyFileSync(join(root, 'src', 'jsx.d.ts'), join(root, 'dist', 'jsx.d.ts'));
console.log('dist/chitieu-elements.js, dist/jsx.d.ts');
