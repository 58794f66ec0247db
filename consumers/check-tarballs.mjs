#!/usr/bin/env node
/**
 * Lists what a packed tarball ships and fails on what it must not: test files, source maps, a
 * missing LICENSE or README, a missing engines field, `workspace:` or exact ranges between our
 * own packages, export targets that are not in the tarball, and a `sideEffects` other than the
 * one we decided (core: false; react: the stylesheet only).
 *
 *   node consumers/check-tarballs.mjs <file.tgz>…     (run.mjs calls checkTarball for each pack)
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const FORBIDDEN = [
  [/\.map$/, 'a source map'],
  [/\.test-d\.[cm]?[jt]sx?$/, 'a type test'],
  [/\.(test|spec)\.[cm]?[jt]sx?$/, 'a test file'],
  [/(^|\/)__tests__\//, 'a test folder'],
  [/(^|\/)(vitest|jest)\.config\./, 'a test configuration'],
  [/\.tsbuildinfo$/, 'a TypeScript build cache'],
];

function tar(args) {
  const r = spawnSync('tar', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`tar ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

function targets(value, out = []) {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) targets(v, out);
  return out;
}

/** @returns {{ problems: string[], summary: string, manifest: Record<string, unknown> }} */
export function checkTarball(file) {
  const entries = tar(['-tzvf', file])
    .trim()
    .split('\n')
    .map((line) => {
      const parts = line.trim().split(/\s+/);
      return {
        size: Number(parts[2]),
        path: parts
          .slice(5)
          .join(' ')
          .replace(/^package\//, ''),
      };
    });
  const paths = new Set(entries.map((e) => e.path));
  const manifest = JSON.parse(tar(['-xzOf', file, 'package/package.json']));
  const problems = [];
  const name = String(manifest.name);

  for (const e of entries) {
    for (const [pattern, what] of FORBIDDEN) if (pattern.test(e.path)) problems.push(`${e.path} is ${what}`);
  }
  for (const required of ['LICENSE', 'README.md', 'package.json']) {
    if (!paths.has(required)) problems.push(`no ${required}`);
  }
  if (paths.has('LICENSE')) {
    const license = tar(['-xzOf', file, 'package/LICENSE']);
    if (!/^MIT License/.test(license) || !license.includes('Copyright (c) 2026 Chỉ tiêu contributors')) {
      problems.push('LICENSE is not the MIT licence of "Chỉ tiêu contributors", 2026');
    }
  }
  if (manifest.license !== 'MIT') problems.push(`license is ${JSON.stringify(manifest.license)}, not "MIT"`);
  if (typeof manifest.engines?.node !== 'string') problems.push('no engines.node');

  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    for (const [dep, range] of Object.entries(manifest[field] ?? {})) {
      if (String(range).startsWith('workspace:')) problems.push(`${field}.${dep} is ${range}`);
      if (dep.startsWith('@chitieu/') && range !== `^${manifest.version}`) {
        problems.push(`${field}.${dep} is ${JSON.stringify(range)}: it must be the caret range ^${manifest.version}`);
      }
    }
  }

  const expectedSideEffects = name === '@chitieu/react' ? JSON.stringify(['**/*.css']) : 'false';
  if (JSON.stringify(manifest.sideEffects) !== expectedSideEffects) {
    problems.push(`sideEffects is ${JSON.stringify(manifest.sideEffects)}, expected ${expectedSideEffects}`);
  }

  const declared = [manifest.main, manifest.module, manifest.types, ...targets(manifest.exports)].filter(Boolean);
  for (const target of new Set(declared)) {
    const path = String(target).replace(/^\.\//, '');
    if (!paths.has(path)) problems.push(`package.json points at ${target}, which the tarball does not have`);
  }
  if (name === '@chitieu/react') {
    const css = manifest.exports?.['./styles.css'];
    if (css?.style !== './dist/styles.css' || css?.default !== './dist/styles.css') {
      problems.push('./styles.css must export dist/styles.css under "style" and "default"');
    }
  }

  const total = entries.reduce((sum, e) => sum + e.size, 0);
  const byFolder = new Map();
  for (const e of entries) {
    const folder = e.path.includes('/') ? `${e.path.split('/')[0]}/` : e.path;
    const agg = byFolder.get(folder) ?? { files: 0, size: 0 };
    agg.files += 1;
    agg.size += e.size;
    byFolder.set(folder, agg);
  }
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const summary = [
    `${name}@${manifest.version}: ${entries.length} files, ${kb(total)} unpacked`,
    ...[...byFolder].map(
      ([folder, agg]) => `  ${folder.padEnd(16)} ${String(agg.files).padStart(4)} files ${kb(agg.size).padStart(10)}`,
    ),
  ].join('\n');
  return { problems, summary, manifest };
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('check-tarballs.mjs')) {
  let failed = 0;
  for (const file of process.argv.slice(2)) {
    const { problems, summary } = checkTarball(resolve(file));
    console.log(summary);
    for (const p of problems) console.log(`  ✗ ${p}`);
    if (problems.length) failed += 1;
  }
  process.exitCode = failed ? 1 : 0;
}
