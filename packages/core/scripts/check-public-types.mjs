/**
 * Part of `pnpm lint`, after the build: the published declarations must not mention decimal.js
 * (values cross the API as decimal strings), and every entry's ESM and CJS declarations agree.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = join(import.meta.dirname, '..', 'dist');
const declarations = readdirSync(dist).filter((f) => /\.d\.c?ts$/.test(f));
if (declarations.length === 0) throw new Error('No declarations in dist/: run `pnpm build` first');
let failed = false;
for (const file of declarations) {
  const text = readFileSync(join(dist, file), 'utf8');
  if (/decimal\.js|\bDecimal\b(?!String|Input)/.test(text.replace(/\/\*\*[\s\S]*?\*\//g, ''))) {
    console.error(`✗ dist/${file} mentions decimal.js in a public type`);
    failed = true;
  }
  const twin = file.endsWith('.d.cts') ? file.replace(/\.d\.cts$/, '.d.ts') : file.replace(/\.d\.ts$/, '.d.cts');
  if (!existsSync(join(dist, twin))) {
    console.error(`✗ dist/${file} has no ${twin}`);
    failed = true;
  }
}
if (failed) process.exit(1);
console.log(`✓ ${declarations.length} declaration files; no decimal.js in the public types`);
