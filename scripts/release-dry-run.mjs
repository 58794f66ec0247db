#!/usr/bin/env node
/**
 * Release dry run: what `changeset version` + `changeset publish` would ship, without touching
 * the repository.
 *
 * 1. Copies the workspace manifests, .changeset/ and the built packages/core and packages/react
 *    into a throw-away directory with a fresh git repository on a `main` branch.
 * 2. Runs `changeset version` there and checks the result: core and react bumped together to the
 *    version the changesets ask for (the `fixed` group), every consumed changeset's summary in
 *    the CHANGELOG.md of each package it names, the changeset files consumed.
 * 3. `pnpm pack`s both packages and checks that react depends on core by the caret range of the
 *    new version (`workspace:^` → `^x.y.z`).
 * 4. Runs the consumer suite on THOSE tarballs: the tarball checks, `@chitieu/core` alone and the
 *    Node ESM/CJS scripts (consumers/run.mjs --only tarballs,core-alone,node --skip-types — the
 *    type checks, browser apps, Jest and README blocks run on the workspace tarballs already, and
 *    the declarations do not change with the version).
 *
 * Needs the packages built (`pnpm build`). Ends with `Release dry run: N passed, N failed` and
 * writes consumers/release/.vitest-results.json, which scripts/test-all.mjs sums.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const resultsFile = join(root, 'consumers', 'release', '.vitest-results.json');
const published = ['core', 'react'];
const results = [];
const keep = process.argv.includes('--keep');

function sh(command, args, cwd) {
  const r = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, DO_NOT_TRACK: '1', TURBO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 600_000,
  });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${r.status})\n${output}`);
  return output;
}

function check(name, fn) {
  let failure;
  try {
    const r = fn();
    if (typeof r === 'string' && r) failure = r;
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
  }
  results.push({ name, ok: !failure });
  console.log(`${failure ? '✗' : '✓'} ${name}`);
  if (failure) console.log(failure.replace(/^/gm, '    '));
  return !failure;
}

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** The changesets in .changeset/: `{ file, releases: { name: bump }, summary }`. */
function readChangesets(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      // an empty changeset (`---\n---`, from `changeset add --empty`) releases nothing
      const m = /^---\r?\n(?:([\s\S]*?)\r?\n)?---\r?\n?([\s\S]*)$/.exec(text);
      if (!m) throw new Error(`.changeset/${file} has no front matter`);
      const releases = {};
      for (const line of (m[1] ?? '').split('\n')) {
        const r = /^\s*["']?([^"':]+)["']?\s*:\s*(major|minor|patch|none)\s*$/.exec(line);
        if (r?.[1] && r[2]) releases[r[1]] = r[2];
      }
      return { file, releases, summary: (m[2] ?? '').trim() };
    });
}

function bump(version, type) {
  const [major, minor, patch] = version.split('.').map(Number);
  if (type === 'major') return `${major + 1}.0.0`;
  if (type === 'minor') return `${major}.${minor + 1}.0`;
  if (type === 'patch') return `${major}.${minor}.${patch + 1}`;
  return version;
}

const RANK = { none: 0, patch: 1, minor: 2, major: 3 };

const tmp = mkdtempSync(join(tmpdir(), 'chitieu-release-'));
const repo = join(tmp, 'repo');
const packs = join(tmp, 'packs');
let exitCode = 0;
try {
  // 1. The throw-away copy.
  mkdirSync(repo);
  for (const f of ['package.json', 'pnpm-workspace.yaml']) cpSync(join(root, f), join(repo, f));
  cpSync(join(root, '.changeset'), join(repo, '.changeset'), { recursive: true });
  for (const dir of ['packages', 'apps']) {
    if (!existsSync(join(root, dir))) continue;
    for (const name of readdirSync(join(root, dir))) {
      const from = join(root, dir, name);
      if (!existsSync(join(from, 'package.json'))) continue;
      if (dir === 'packages' && published.includes(name)) {
        if (!existsSync(join(from, 'dist'))) throw new Error(`packages/${name} is not built: run pnpm build first`);
        cpSync(from, join(repo, dir, name), {
          recursive: true,
          filter: (src) => !/[/\\](node_modules|\.turbo|coverage)([/\\]|$)/.test(src),
        });
      } else {
        // other workspace packages: their manifests, so changesets and pnpm see the same workspace
        mkdirSync(join(repo, dir, name), { recursive: true });
        cpSync(join(from, 'package.json'), join(repo, dir, name, 'package.json'));
      }
    }
  }
  // the changesets CLI and its changelog generator, from the repository's install
  symlinkSync(join(root, 'node_modules'), join(repo, 'node_modules'), 'dir');
  sh('git', ['init', '-q', '-b', 'main'], repo);
  sh('git', ['add', '-A'], repo);
  sh('git', ['-c', 'user.name=dry run', '-c', 'user.email=dry-run@localhost', 'commit', '-q', '-m', 'before'], repo);

  const changesets = readChangesets(join(repo, '.changeset'));
  const config = readJson(join(repo, '.changeset', 'config.json'));
  const before = Object.fromEntries(published.map((n) => [n, readJson(join(repo, 'packages', n, 'package.json'))]));

  // What the changesets ask for: the highest bump of each package; a `fixed` group shares it.
  const wanted = {};
  for (const cs of changesets) {
    for (const [name, type] of Object.entries(cs.releases)) {
      if (RANK[type] > RANK[wanted[name] ?? 'none']) wanted[name] = type;
    }
  }
  for (const group of config.fixed ?? []) {
    const top = group.reduce((t, n) => (RANK[wanted[n] ?? 'none'] > RANK[t] ? wanted[n] : t), 'none');
    if (top !== 'none') for (const n of group) wanted[n] = top;
  }
  const fixedTogether = (config.fixed ?? []).some((g) => g.includes('@chitieu/core') && g.includes('@chitieu/react'));

  // 2. changeset version.
  const versioned = check(`changeset version on a throw-away copy (${changesets.length} changesets)`, () => {
    sh(join(repo, 'node_modules', '.bin', 'changeset'), ['version'], repo);
  });
  if (!versioned) throw new Error('changeset version failed');
  const after = Object.fromEntries(published.map((n) => [n, readJson(join(repo, 'packages', n, 'package.json'))]));

  check('core and react are one `fixed` group in .changeset/config.json', () =>
    fixedTogether ? undefined : 'config.fixed does not hold @chitieu/core and @chitieu/react together',
  );
  for (const n of published) {
    const name = `@chitieu/${n}`;
    const expected = bump(before[n].version, wanted[name] ?? 'none');
    check(
      `${name} ${before[n].version} → ${after[n].version} (changesets ask for ${wanted[name] ?? 'no'} bump: ${expected})`,
      () => (after[n].version === expected ? undefined : `expected ${expected}, got ${after[n].version}`),
    );
  }
  check('core and react have the same new version', () =>
    after.core.version === after.react.version ? undefined : `${after.core.version} ≠ ${after.react.version}`,
  );
  for (const n of published) {
    const name = `@chitieu/${n}`;
    check(`${name}: CHANGELOG.md has the ${after[n].version} section with every changeset that names it`, () => {
      const file = join(repo, 'packages', n, 'CHANGELOG.md');
      if (!existsSync(file)) return 'no CHANGELOG.md';
      const log = readFileSync(file, 'utf8');
      const problems = [];
      if (!log.startsWith(`# ${name}`)) problems.push(`does not start with "# ${name}"`);
      const section = log.split(/^## /m).find((s) => s.startsWith(`${after[n].version}\n`));
      if (!section) problems.push(`no "## ${after[n].version}" section`);
      for (const cs of changesets) {
        if (!(name in cs.releases) || cs.releases[name] === 'none') continue;
        const firstLine = cs.summary.split('\n')[0]?.trim() ?? '';
        if (firstLine && !section?.includes(firstLine))
          problems.push(`the summary of .changeset/${cs.file} is missing`);
      }
      return problems.join('\n') || undefined;
    });
  }
  check('the changeset files were consumed', () => {
    const left = readChangesets(join(repo, '.changeset'));
    return left.length ? `still there: ${left.map((c) => c.file).join(', ')}` : undefined;
  });
  check('react keeps `workspace:^` for core in the versioned manifest (pnpm turns it into a caret range)', () => {
    const range = after.react.dependencies?.['@chitieu/core'];
    return range === 'workspace:^' ? undefined : `dependencies["@chitieu/core"] is ${JSON.stringify(range)}`;
  });

  // 3. The tarballs `changeset publish` would upload (it runs `pnpm publish`, which packs the same way).
  mkdirSync(packs);
  // pnpm pack reads a workspace dependency's version from its link in node_modules, as an install leaves it
  mkdirSync(join(repo, 'packages', 'react', 'node_modules', '@chitieu'), { recursive: true });
  symlinkSync(
    join(repo, 'packages', 'core'),
    join(repo, 'packages', 'react', 'node_modules', '@chitieu', 'core'),
    'dir',
  );
  for (const n of published) sh('pnpm', ['pack', '--pack-destination', packs], join(repo, 'packages', n));
  check('the packed react depends on the new core by a caret range', () => {
    const file = readdirSync(packs).find((f) => f.startsWith('chitieu-react-'));
    if (!file) return 'no react tarball';
    const manifest = JSON.parse(sh('tar', ['-xzOf', join(packs, file), 'package/package.json'], packs));
    const range = manifest.dependencies?.['@chitieu/core'];
    return range === `^${after.core.version}` ? undefined : `"@chitieu/core": ${JSON.stringify(range)}`;
  });

  // 4. The consumer suite on those tarballs.
  const consumerResults = join(tmp, 'consumers.json');
  const r = spawnSync(
    'node',
    [
      join(root, 'consumers', 'run.mjs'),
      '--packs',
      packs,
      '--only',
      'tarballs,core-alone,node',
      '--skip-types',
      '--results',
      consumerResults,
    ],
    { cwd: root, stdio: 'inherit' },
  );
  if (existsSync(consumerResults)) {
    const c = readJson(consumerResults);
    for (const t of c.testResults)
      results.push({ name: `consumers on the released tarballs: ${t.name}`, ok: t.status === 'passed' });
  } else {
    check('the consumer suite on the released tarballs', () => `consumers/run.mjs exited ${r.status}`);
  }
} catch (error) {
  check('release dry run', () => (error instanceof Error ? error.message : String(error)));
} finally {
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`\nRelease dry run: ${passed} passed, ${failed} failed`);
  mkdirSync(join(resultsFile, '..'), { recursive: true });
  writeFileSync(
    resultsFile,
    `${JSON.stringify({ numPassedTests: passed, numFailedTests: failed, numPendingTests: 0, numTodoTests: 0, success: failed === 0 }, null, 2)}\n`,
  );
  exitCode = failed ? 1 : 0;
  if (keep) console.log(`Kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}
process.exitCode = exitCode;
