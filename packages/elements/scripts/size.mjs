/**
 * Sizes, minified and gzipped as an app ships them, measured from dist/ with esbuild:
 * each element's module alone with `@chitieu/core` external (the budget of issue 14: every
 * element except the scorecard ≤ 8 KB plus the base library), the base library (Lit) alone, and
 * the no-build file `dist/chitieu-elements.js` (everything: core, Lit, TanStack).
 *
 *   pnpm --filter @chitieu/elements size            # print the table and write it into README.md
 *   node scripts/size.mjs --check                   # fail when an element breaks the budget (part of lint)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.js'))) throw new Error('Run `pnpm build` first: dist/index.js is missing');
const BUDGET = 8 * 1024;

async function measure(contents, external) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    external,
    platform: 'browser',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const CORE = ['@chitieu/core', '@chitieu/core/*'];
const LIT = ['lit', 'lit/*', '@lit/*', '@lit-labs/*'];
const elements = [
  ['ct-status-badge', 'status-badge'],
  ['ct-delta-badge', 'delta-badge'],
  ['ct-completion-bar', 'completion-bar'],
  ['ct-sparkline', 'sparkline'],
  ['ct-indicator-card', 'indicator-card'],
  ['ct-report-summary', 'report-summary'],
  ['ct-provider', 'provider'],
  ['ct-scorecard', 'scorecard'],
];
const rows = [];
for (const [tag, file] of elements) {
  const entry = `export * from ${JSON.stringify(join(dist, `${file}.js`))};`;
  const own = await measure(entry, [...CORE, ...LIT]);
  rows.push({ label: `\`<${tag}>\``, ...own, budget: tag !== 'ct-scorecard' });
}
const lit = await measure(
  "export * from 'lit'; export * from 'lit/static-html.js'; export * from 'lit/directives/repeat.js'; export * from 'lit/directives/style-map.js'; export * from 'lit/directives/class-map.js';",
  [],
);
const all = await measure(`export * from ${JSON.stringify(join(dist, 'index.js'))};`, CORE);
const file = readFileSync(join(dist, 'chitieu-elements.js'));
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const table = [
  '| module (min + gzip, without @chitieu/core) | min | gzip |',
  '| --- | ---: | ---: |',
  ...rows.map((r) => `| ${r.label} (without Lit) | ${kb(r.min)} | ${kb(r.gzip)} |`),
  `| base library: Lit (with the directives used) | ${kb(lit.min)} | ${kb(lit.gzip)} |`,
  `| every element, with Lit and TanStack (without the core) | ${kb(all.min)} | ${kb(all.gzip)} |`,
  `| \`dist/chitieu-elements.js\` (no build step: core, Lit, TanStack) | ${kb(file.length)} | ${kb(gzipSync(file, { level: 9 }).length)} |`,
].join('\n');
console.log(table);

const over = rows.filter((r) => r.budget && r.gzip > BUDGET);
if (process.argv.includes('--check')) {
  if (over.length > 0) {
    console.error(`✗ over the 8 KB budget: ${over.map((r) => `${r.label} ${kb(r.gzip)}`).join(', ')}`);
    process.exit(1);
  }
  console.log('✓ every element except the scorecard ≤ 8 KB min+gzip plus the base library');
}
if (process.argv.includes('--readme')) {
  const readme = join(root, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- size:start -->';
  const end = '<!-- size:end -->';
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < 0) throw new Error('README.md has no size markers');
  writeFileSync(readme, `${text.slice(0, a + start.length)}\n${table}\n${text.slice(b)}`);
}
