/**
 * Size of @chitieu/react as an app ships it: min+gzip of the built ESM, React and
 * @chitieu/core external. The table (Scorecard with TanStack Table and Virtual) is reported on
 * its own; the stylesheet too. Also checks that importing StatusBadge alone pulls in no table code.
 *
 *   pnpm --filter @chitieu/react size
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { BASE_EXTERNAL, bundle, distEsm, root, TABLE_EXTERNAL } from './bundle.mjs';

if (!existsSync(distEsm)) throw new Error('Run `pnpm build` first: dist/index.js is missing');
const from = JSON.stringify(distEsm);
const withoutTable =
  'ChitieuProvider, useChitieuSettings, StatusBadge, DeltaBadge, CompletionBar, Sparkline, IndicatorCard, ReportSummary';

const rows = [];
const add = async (label, contents, external) => {
  const r = await bundle(contents, { external });
  rows.push({ label, ...r });
  return r;
};
await add('everything except the table (all components but Scorecard)', `export { ${withoutTable} } from ${from};`, [
  ...BASE_EXTERNAL,
  ...TABLE_EXTERNAL,
]);
const badge = await add('StatusBadge alone', `export { StatusBadge } from ${from};`, BASE_EXTERNAL);
await add('Scorecard, own code (TanStack external)', `export { Scorecard } from ${from};`, [
  ...BASE_EXTERNAL,
  ...TABLE_EXTERNAL,
]);
await add('Scorecard with TanStack Table + Virtual bundled', `export { Scorecard } from ${from};`, BASE_EXTERNAL);
await add('everything, TanStack bundled', `export * from ${from};`, BASE_EXTERNAL);

const cssText = readFileSync(join(root, 'dist', 'styles.css'), 'utf8');
const css = await build({
  stdin: { contents: cssText, loader: 'css' },
  minify: true,
  write: false,
  logLevel: 'silent',
});
const cssCode = css.outputFiles[0].contents;
rows.push({ label: 'styles.css', min: cssCode.length, gzip: gzipSync(cssCode, { level: 9 }).length });

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
console.log('| bundle | min | min+gzip |\n| --- | ---: | ---: |');
for (const r of rows) console.log(`| ${r.label} | ${kb(r.min)} | ${kb(r.gzip)} |`);

const leaked = badge.inputs.filter((p) => /tanstack|scorecard/i.test(p));
if (leaked.length > 0) {
  console.error(`StatusBadge pulled in table code: ${leaked.join(', ')}`);
  process.exit(1);
}
const jsWithoutTable = rows[0].gzip;
if (jsWithoutTable > 15 * 1024) {
  console.error(`JS without the table is ${kb(jsWithoutTable)}, over the 15 KB budget`);
  process.exit(1);
}
console.log(
  `\nStatusBadge alone bundles ${badge.inputs.length} module(s), none from the table. Budget: < 15 KB JS without the table — ok.`,
);
