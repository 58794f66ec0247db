#!/usr/bin/env node
/**
 * The one test command (`pnpm test`): formatting and lint, then every package's build, type
 * check, package lint (publint + attw on the packed tarball), unit tests, browser tests of the
 * Storybook stories in Debian's Chromium, and the static Storybook build; then the consumer
 * suite on the packed tarballs (consumers/run.mjs) and the release dry run
 * (scripts/release-dry-run.mjs), whose counts join the summary. Ends with one line
 * `Tests: N passed, N failed` summed from every Vitest run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  STORYBOOK_DISABLE_TELEMETRY: '1',
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  DO_NOT_TRACK: '1',
};

function run(command, args) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✗ ${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
    summary();
    process.exit(result.status || 1);
  }
}

const workspaces = ['packages', 'apps'].flatMap((dir) =>
  existsSync(join(root, dir)) ? readdirSync(join(root, dir)).map((name) => join(root, dir, name)) : [],
);
const resultFiles = workspaces.flatMap((ws) =>
  ['.vitest-results.json', '.vitest-results-browser.json', '.vitest-results-docs.json'].map((f) => join(ws, f)),
);
// The consumer suite and the release dry run write the same counts (see consumers/README.md).
resultFiles.push(
  join(root, 'consumers', '.vitest-results.json'),
  join(root, 'consumers', 'release', '.vitest-results.json'),
);

function summary() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const file of resultFiles) {
    if (!existsSync(file)) continue;
    const r = JSON.parse(readFileSync(file, 'utf8'));
    passed += r.numPassedTests ?? 0;
    failed += r.numFailedTests ?? 0;
    skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  }
  console.log(`\nTests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
}

for (const file of resultFiles) rmSync(file, { force: true });

run('pnpm', ['exec', 'biome', 'ci', '.']);
if (existsSync(join(root, 'scripts', 'ensure-chromium.sh'))) run('bash', [join(root, 'scripts', 'ensure-chromium.sh')]);
run('pnpm', [
  'exec',
  'turbo',
  'run',
  'build',
  'typecheck',
  'lint',
  'test',
  'test:browser',
  'build-storybook',
  'test:docs',
  '--concurrency=2',
]);
// The packed tarballs as a developer installs them (consumers/run.mjs), then what
// `changeset version` would release, packed and tried again (scripts/release-dry-run.mjs).
// Both always run; either failing fails the command after the summary.
const afterBuild = [
  ['node', [join(root, 'consumers', 'run.mjs')]],
  ['node', [join(root, 'scripts', 'release-dry-run.mjs')]],
].map(([command, args]) => {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { cwd: root, env, stdio: 'inherit' }).status === 0;
});
summary();
if (afterBuild.includes(false)) {
  console.error('\n✗ the consumer suite or the release dry run failed');
  process.exit(1);
}
