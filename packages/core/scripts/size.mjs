/**
 * Size of the built ESM bundle, minified and gzipped as an app would ship it. Entry points:
 * everything, the math alone (what a dashboard needs), the language layer alone, and the
 * tree-shaken imports the engine promises: `{ evaluate, formatPercent }` ≤ 8 KB gzip, and
 * `{ formatNumber }`, `{ statusLabel, formatPercent }` and `StatusBadge` from @chitieu/react with
 * no decimal.js at all (the core computes with its own exact engine; decimal.js is only the
 * reference of the tests). Bundles are built with decimal.js *resolvable*, so a stray import
 * would be counted and caught.
 *
 *   pnpm --filter @chitieu/core size            # print the table
 *   pnpm --filter @chitieu/core size --readme   # and write it into README.md
 *   node scripts/size.mjs --check               # fail if a promise above is broken (part of lint)
 */

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist', 'index.js');
if (!existsSync(dist)) throw new Error('Run `pnpm build` first: dist/index.js is missing');

async function measure(label, contents, external = []) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    external,
    treeShaking: true,
    platform: 'neutral',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const gz = gzipSync(code, { level: 9 }).length;
  const text = new TextDecoder().decode(code);
  // decimal.js's ln(10) constant and its error prefix: present whenever any of it is bundled
  const decimalJs =
    text.includes('2.3025850929940456840179914546843642076011014886') || text.includes('[DecimalError]');
  return { label, min: code.length, gzip: gz, decimalJs };
}

const extract = join(root, 'dist', 'extract.js');
const rows = [
  await measure('all of @chitieu/core', `export * from ${JSON.stringify(dist)};`),
  await measure(
    'math: defineIndicator + evaluate + summarize + parseDataset',
    `export { defineIndicator, evaluate, evaluateDataset, summarize, parseDataset } from ${JSON.stringify(dist)};`,
  ),
  await measure(
    'formulas only: completion … compositeScore, rollUp, rounding, intervals',
    `export { completion, variance, change, density, impliedTarget, impliedPopulation, requiredGrowth, proRataTarget, runRateForecast, compositeScore, rollUp, completionPercent, roundDecimal, statedInterval, intervalsOverlap } from ${JSON.stringify(dist)};`,
  ),
  await measure(
    'language: formatNumber + formatPercent + formatQuantity + parseNumber',
    `export { formatNumber, formatPercent, formatQuantity, parseNumber } from ${JSON.stringify(dist)};`,
  ),
  ...(existsSync(extract)
    ? [await measure('@chitieu/core/extract (extractStatements + audit)', `export * from ${JSON.stringify(extract)};`)]
    : []),
];
const engine = [
  await measure(
    'engine: { evaluate, formatPercent }',
    `export { evaluate, formatPercent } from ${JSON.stringify(dist)};`,
  ),
  await measure('{ formatNumber }', `export { formatNumber } from ${JSON.stringify(dist)};`),
  await measure(
    '{ statusLabel, formatPercent }',
    `export { statusLabel, formatPercent } from ${JSON.stringify(dist)};`,
  ),
];
rows.push(...engine);
// What the bytes of `{ evaluate, formatPercent }` are: the same import bundled from the sources,
// minified bytes per source file (gzip does not split by file; the shares are of the minified
// code). `evaluate` checks an indicator it did not validate with the compact guard in
// src/evaluate/check-indicator.ts, so the full schema is not part of it.
const fromSources = await build({
  stdin: { contents: "export { evaluate, formatPercent } from './src/index.ts';", resolveDir: root, loader: 'ts' },
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  treeShaking: true,
  platform: 'neutral',
  logLevel: 'silent',
  conditions: ['@chitieu/source'],
  metafile: true,
});
const inputs = Object.values(fromSources.metafile.outputs)[0].inputs;
const breakdown = Object.entries(inputs)
  .map(([file, { bytesInOutput }]) => ({ file, bytes: bytesInOutput }))
  .filter((r) => r.bytes > 0)
  .sort((x, y) => y.bytes - x.bytes);
const schemaBytes = breakdown.filter((r) => r.file.startsWith('src/schema/')).reduce((t, r) => t + r.bytes, 0);
const reactDist = join(root, '..', 'react', 'dist', 'index.js');
const badge = existsSync(reactDist)
  ? await measure(
      '@chitieu/react StatusBadge (react external)',
      `export { StatusBadge } from ${JSON.stringify(reactDist)};`,
      ['react', 'react-dom', 'react/jsx-runtime'],
    )
  : null;
if (badge) rows.push(badge);
const require = createRequire(import.meta.url);
const decimalPath = require.resolve('decimal.js/decimal.mjs');
rows.push(await measure('decimal.js 10 (counted separately)', readFileSync(decimalPath, 'utf8'), []));

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const table = [
  '| bundle | min | min+gzip | decimal.js inside |',
  '| --- | ---: | ---: | :---: |',
  ...rows.map((r) => `| ${r.label} | ${kb(r.min)} | ${kb(r.gzip)} | ${r.decimalJs ? 'yes' : 'no'} |`),
].join('\n');
console.log(table);
const total = breakdown.reduce((t, r) => t + r.bytes, 0);
const byFile = [
  '',
  `{ evaluate, formatPercent } by source file (minified bytes, ${kb(total)} in all; src/schema/: ${schemaBytes} bytes of constants and the digit bound the guard shares):`,
  '',
  '| file | minified | share |',
  '| --- | ---: | ---: |',
  ...breakdown.map((r) => `| ${r.file} | ${r.bytes} | ${((r.bytes * 100) / total).toFixed(1)} % |`),
].join('\n');
if (!process.argv.includes('--check')) console.log(byFile);

// `--check`: the engine's promises (part of `pnpm lint`).
if (process.argv.includes('--check')) {
  const failures = [];
  for (const r of rows.filter((r) => !r.label.startsWith('decimal.js')))
    if (r.decimalJs) failures.push(`${r.label} carries decimal.js`);
  // Target 8 KB (issue #9); the budget below guards today's figure against regressions.
  const own = engine[0];
  const BUDGET = 12.25 * 1024;
  if (own.gzip > BUDGET) failures.push(`${own.label} is ${kb(own.gzip)} gzip, above its ${kb(BUDGET)} budget`);
  if (own.gzip > 8 * 1024)
    console.log(`! ${own.label}: ${kb(own.gzip)} gzip, ${kb(own.gzip - 8 * 1024)} above the 8 KB target`);
  if (!badge) console.log('(StatusBadge not measured: build @chitieu/react first)');
  if (failures.length > 0) {
    for (const f of failures) console.error(`✗ ${f}`);
    process.exit(1);
  }
  console.log('✓ no decimal.js in any bundle; the engine behind { evaluate, formatPercent } within its budget');
}

// `--readme` writes the table into README.md between the size markers.
if (process.argv.includes('--readme')) {
  const readme = join(root, 'README.md');
  const text = readFileSync(readme, 'utf8');
  if (!/<!-- size:start -->[\s\S]*?<!-- size:end -->/.test(text)) throw new Error('README.md has no size markers');
  const updated = text.replace(
    /<!-- size:start -->[\s\S]*?<!-- size:end -->/,
    `<!-- size:start -->\n${table}\n${byFile}\n<!-- size:end -->`,
  );
  writeFileSync(readme, updated);
  console.log('README.md updated');
}
