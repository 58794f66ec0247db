/**
 * Size of @chitieu/office as a browser app ships it (esbuild, minified, gzip level 9): the
 * package's own code (core and the format libraries external), and everything it loads —
 * exceljs and docx bundled in, @chitieu/core external (an app already has it). Also checks that
 * importing @chitieu/core alone reaches neither library.
 *
 *   pnpm --filter @chitieu/office build && pnpm --filter @chitieu/office size
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist', 'index.js');
if (!existsSync(dist)) throw new Error('Run `pnpm build` first: dist/index.js is missing');

async function measure(label, contents, external) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    external,
    platform: 'browser',
    mainFields: ['browser', 'module', 'main'],
    logLevel: 'silent',
    metafile: true,
  });
  const code = result.outputFiles[0].contents;
  return {
    label,
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    inputs: Object.keys(result.metafile.inputs),
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`; // display of a byte count, not a measured value
const rows = [
  await measure('@chitieu/office, own code', `export * from ${JSON.stringify(dist)};`, [
    '@chitieu/core',
    'exceljs',
    'docx',
  ]),
  await measure('@chitieu/office with exceljs and docx', `export * from ${JSON.stringify(dist)};`, ['@chitieu/core']),
  await measure('readWorkbook only (exceljs)', `export { readWorkbook } from ${JSON.stringify(dist)};`, [
    '@chitieu/core',
  ]),
  await measure('writeDocx only (docx)', `export { writeDocx } from ${JSON.stringify(dist)};`, ['@chitieu/core']),
  await measure('writeCsv only (no library)', `export { writeCsv } from ${JSON.stringify(dist)};`, ['@chitieu/core']),
];
console.log('| entry | min | gzip |\n| --- | ---: | ---: |');
for (const r of rows) console.log(`| ${r.label} | ${kb(r.min)} | ${kb(r.gzip)} |`);

// @chitieu/core must not reach the format libraries.
const core = await measure('@chitieu/core', `export * from '@chitieu/core';`, ['decimal.js']);
const leaked = core.inputs.filter((i) => /exceljs|docx|jszip/.test(i));
if (leaked.length > 0) {
  console.error(`@chitieu/core pulls in office libraries: ${leaked.join(', ')}`);
  process.exit(1);
}
console.log(`\n@chitieu/core alone: ${kb(core.gzip)} gzip, no exceljs/docx (${core.inputs.length} inputs)`);
