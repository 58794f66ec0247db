/**
 * Size of the built ESM bundle, minified and gzipped as an app would ship it. The library's own
 * code is measured with decimal.js external; decimal.js is reported on its own. Entry points:
 * everything, the math alone (what a dashboard needs), and the language layer alone.
 *
 *   pnpm --filter @chitieu/core size
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

async function measure(label, contents, external = ['decimal.js']) {
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
  return { label, min: code.length, gzip: gz };
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
    ? [
        await measure(
          '@chitieu/core/extract (extractStatements + audit)',
          `export * from ${JSON.stringify(extract)};`,
          ['decimal.js'],
        ),
      ]
    : []),
];
const require = createRequire(import.meta.url);
const decimalPath = require.resolve('decimal.js/decimal.mjs');
rows.push(await measure('decimal.js 10 (counted separately)', readFileSync(decimalPath, 'utf8'), []));

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const table = [
  '| bundle | min | min+gzip |',
  '| --- | ---: | ---: |',
  ...rows.map((r) => `| ${r.label} | ${kb(r.min)} | ${kb(r.gzip)} |`),
].join('\n');
console.log(table);

// `--readme` writes the table into README.md between the size markers.
if (process.argv.includes('--readme')) {
  const readme = join(root, 'README.md');
  const text = readFileSync(readme, 'utf8');
  if (!/<!-- size:start -->[\s\S]*?<!-- size:end -->/.test(text)) throw new Error('README.md has no size markers');
  const updated = text.replace(
    /<!-- size:start -->[\s\S]*?<!-- size:end -->/,
    `<!-- size:start -->\n${table}\n<!-- size:end -->`,
  );
  writeFileSync(readme, updated);
  console.log('README.md updated');
}
