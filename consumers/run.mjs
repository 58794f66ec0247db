#!/usr/bin/env node
/**
 * The consumer suite: the packages as a developer gets them from npm.
 *
 *   node consumers/run.mjs                       pack packages/core and packages/react (built), run everything
 *   node consumers/run.mjs --packs <dir>         use chitieu-core-*.tgz / chitieu-react-*.tgz from <dir>
 *   node consumers/run.mjs --only node,jest      run some fixtures only (tarballs, core-alone, node, jest,
 *                                                vite-react19, vite-react18, readme)
 *   node consumers/run.mjs --update-lockfile     copy the installed lockfile back to consumers/workspace
 *   node consumers/run.mjs --skip-types          no tsc runs in the Node fixtures (the release dry run:
 *                                                its tarballs' declarations are the workspace ones)
 *   node consumers/run.mjs --results <file>      where to write the result counts (default
 *                                                consumers/.vitest-results.json, which scripts/test-all.mjs sums)
 *
 * The fixtures in consumers/workspace are copied to a temporary directory outside the repository
 * (so nothing resolves from the repository's node_modules), the tarballs are put in its packs/,
 * and `pnpm install --prefer-offline` installs them with the committed lockfile's third-party
 * versions (from pnpm's store after the first run; only the tarballs' own entries change).
 * Every check is one test; the suite ends with `Consumers: N passed, N failed`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkTarball } from './check-tarballs.mjs';
import { prepareReadmeBlocks, runReadmeChecks } from './readme/check-readme.mjs';

const here = import.meta.dirname;
const root = resolve(here, '..');
const ALL = ['tarballs', 'core-alone', 'node', 'jest', 'vite-react19', 'vite-react18', 'readme'];

const { values: args } = parseArgs({
  options: {
    packs: { type: 'string' },
    only: { type: 'string' },
    results: { type: 'string', default: join(here, '.vitest-results.json') },
    'update-lockfile': { type: 'boolean', default: false },
    'skip-types': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const only = args.only ? args.only.split(',') : ALL;
for (const name of only)
  if (!ALL.includes(name)) throw new Error(`Unknown fixture "${name}"; one of ${ALL.join(', ')}`);

const env = {
  ...process.env,
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  DO_NOT_TRACK: '1',
  CI: process.env.CI ?? 'true',
  NODE_OPTIONS: '',
};
const results = [];
const started = Date.now();

function sh(command, commandArgs, options = {}) {
  const r = spawnSync(command, commandArgs, {
    cwd: options.cwd ?? root,
    env: { ...env, ...options.env },
    encoding: 'utf8',
    timeout: options.timeout ?? 180_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? `\n${r.error.message}` : ''}`;
  return { ok: r.status === 0, status: r.status, output };
}

/** `sh` without blocking: two lanes of checks run side by side (see the end of the file). */
function shAsync(command, commandArgs, options = {}) {
  return new Promise((done) => {
    const child = spawn(command, commandArgs, { cwd: options.cwd ?? root, env: { ...env, ...options.env } });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeout ?? 180_000);
    child.on('error', (error) => {
      output += `\n${error.message}`;
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      done({ ok: status === 0, status, output });
    });
  });
}

/** Records one check: `fn` returns nothing (pass) or throws / returns a failure message. */
async function check(name, fn) {
  const t0 = Date.now();
  let failure;
  try {
    const r = await fn();
    if (typeof r === 'string' && r) failure = r;
  } catch (error) {
    failure = error instanceof Error ? (error.stack ?? error.message) : String(error);
  }
  const ms = Date.now() - t0;
  results.push({ name, ok: !failure, ms, failure });
  console.log(`${failure ? '✗' : '✓'} ${name} (${(ms / 1000).toFixed(1)} s)`);
  if (failure) console.log(indent(failure.slice(-6000)));
  return !failure;
}

function indent(text) {
  return text
    .trimEnd()
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}

/** A command as a check: fails with its output when it exits non-zero. */
function commandCheck(name, command, commandArgs, options) {
  return check(name, async () => {
    const r = await shAsync(command, commandArgs, options);
    if (!r.ok) return `exit ${r.status}\n${r.output}`;
    if (options?.expect && !options.expect.test(r.output))
      return `output does not match ${options.expect}\n${r.output}`;
    return undefined;
  });
}

function summary() {
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\nConsumers: ${passed} passed, ${failed} failed (${seconds} s)`);
  writeFileSync(
    args.results,
    `${JSON.stringify(
      {
        numPassedTests: passed,
        numFailedTests: failed,
        numPendingTests: 0,
        numTodoTests: 0,
        success: failed === 0,
        testResults: results.map((r) => ({ name: r.name, status: r.ok ? 'passed' : 'failed', durationMs: r.ms })),
      },
      null,
      2,
    )}\n`,
  );
  return failed;
}

// 1. The tarballs.
const work = mkdtempSync(join(tmpdir(), 'chitieu-consumers-'));
const packs = join(work, 'packs');
mkdirSync(packs, { recursive: true });
function findPack(dir, name) {
  const file = readdirSync(dir).find((f) => f.startsWith(`chitieu-${name}-`) && f.endsWith('.tgz'));
  if (!file) throw new Error(`No chitieu-${name}-*.tgz in ${dir}`);
  return join(dir, file);
}
let tarballs;
if (args.packs) {
  tarballs = { core: findPack(args.packs, 'core'), react: findPack(args.packs, 'react') };
} else {
  const out = join(work, 'packed');
  mkdirSync(out);
  for (const name of ['core', 'react']) {
    const dir = join(root, 'packages', name);
    if (!existsSync(join(dir, 'dist'))) throw new Error(`packages/${name} is not built: run pnpm build first`);
    const r = sh('pnpm', ['pack', '--pack-destination', out], { cwd: dir });
    if (!r.ok) throw new Error(`pnpm pack failed in packages/${name}\n${r.output}`);
  }
  tarballs = { core: findPack(out, 'core'), react: findPack(out, 'react') };
}
cpSync(tarballs.core, join(packs, 'chitieu-core.tgz'));
cpSync(tarballs.react, join(packs, 'chitieu-react.tgz'));
console.log(`Tarballs: ${tarballs.core}, ${tarballs.react}\nWork directory: ${work}`);

if (only.includes('tarballs')) {
  await check('tarball checker: a bad tarball is refused for each reason', () => {
    // negative control: a package with everything the check must catch
    const bad = join(work, 'bad', 'package');
    mkdirSync(join(bad, 'dist'), { recursive: true });
    mkdirSync(join(bad, 'src', '__tests__'), { recursive: true });
    for (const f of [
      'dist/index.js',
      'dist/index.js.map',
      'src/index.test-d.ts',
      'src/a.test.ts',
      'src/__tests__/b.ts',
    ]) {
      writeFileSync(join(bad, f), '');
    }
    const manifest = {
      name: '@chitieu/react',
      version: '1.0.0',
      license: 'ISC',
      sideEffects: false,
      exports: { '.': './dist/index.js', './styles.css': './dist/styles.css' },
      dependencies: { '@chitieu/core': 'workspace:*' },
    };
    writeFileSync(join(bad, 'package.json'), JSON.stringify(manifest));
    const file = join(work, 'bad.tgz');
    const r = sh('tar', ['-czf', file, '-C', join(work, 'bad'), 'package']);
    if (!r.ok) return r.output;
    const { problems } = checkTarball(file);
    const expected = [
      /index\.js\.map is a source map/,
      /index\.test-d\.ts is a type test/,
      /a\.test\.ts is a test file/,
      /__tests__\/b\.ts is a test folder/,
      /no LICENSE/,
      /no README\.md/,
      /license is "ISC"/,
      /no engines\.node/,
      /@chitieu\/core is workspace:\*/,
      /caret range \^1\.0\.0/,
      /sideEffects is false/,
      /points at \.\/dist\/styles\.css/,
      /\.\/styles\.css must export/,
    ];
    const missed = expected.filter((re) => !problems.some((p) => re.test(p)));
    return missed.length ? `not reported: ${missed.join(', ')}\n${problems.join('\n')}` : undefined;
  });
  for (const [name, file] of Object.entries(tarballs)) {
    await check(`tarball @chitieu/${name}: LICENSE, no tests, no source maps, engines, dependency ranges`, () => {
      const { problems, summary: text } = checkTarball(file);
      console.log(indent(text));
      return problems.length ? problems.join('\n') : undefined;
    });
  }
}

// 2. The fixture workspace, installed.
const ws = join(work, 'ws');
cpSync(join(here, 'workspace'), ws, { recursive: true, filter: (src) => !src.includes('node_modules') });
cpSync(packs, join(ws, 'packs'), { recursive: true });
const lockfile = join(ws, 'pnpm-lock.yaml');
writeFileSync(lockfile, forgetTarballs(readFileSync(lockfile, 'utf8')));
for (const v of ['vite-react19', 'vite-react18']) {
  const fixture = join(ws, 'fixtures', v);
  mkdirSync(join(fixture, 'src'), { recursive: true });
  for (const f of readdirSync(join(ws, 'shared'))) {
    cpSync(join(ws, 'shared', f), f === 'index.html' ? join(fixture, f) : join(fixture, 'src', f));
  }
}

const installed = await check('install the tarballs and the fixtures’ dependencies (pnpm, committed lockfile)', () => {
  const r = sh(
    'pnpm',
    ['install', '--prefer-offline', '--fix-lockfile', '--config.confirmModulesPurge=false', '--reporter=append-only'],
    {
      cwd: ws,
      timeout: 300_000,
    },
  );
  if (!r.ok) return r.output;
  if (args['update-lockfile']) {
    writeFileSync(join(here, 'workspace', 'pnpm-lock.yaml'), forgetTarballs(readFileSync(lockfile, 'utf8')));
  }
  return undefined;
});
if (!installed) {
  process.exitCode = summary() ? 1 : 0;
  cleanup();
  process.exit();
}

const fixture = (name) => join(ws, 'fixtures', name);
const bin = (name, tool) => join(fixture(name), 'node_modules', '.bin', tool);
const noRequireEsm = ['--no-experimental-require-module'];

async function coreAlone() {
  if (!only.includes('core-alone')) return;
  const cwd = fixture('core-alone');
  await commandCheck('core alone: ESM script (no React installed)', 'node', ['esm.mjs'], { cwd });
  await commandCheck(
    'core alone: CJS script under --no-experimental-require-module',
    'node',
    [...noRequireEsm, 'cjs.cjs'],
    {
      cwd,
    },
  );
  if (args['skip-types']) return;
  await commandCheck('core alone: strict tsc, module nodenext (.mts and .cts)', bin('core-alone', 'tsc'), ['-p', '.'], {
    cwd,
  });
  await commandCheck(
    'core alone: strict tsc, moduleResolution node10 (./extract)',
    bin('core-alone', 'tsc'),
    ['-p', 'tsconfig.node10.json'],
    {
      cwd,
    },
  );
}

async function nodeScripts() {
  if (!only.includes('node')) return;
  const cwd = fixture('node');
  await commandCheck('node: ESM script renders core + react on the server', 'node', ['esm.mjs'], { cwd });
  await commandCheck(
    'node: CJS script under --no-experimental-require-module renders react',
    'node',
    [...noRequireEsm, 'cjs.cjs'],
    {
      cwd,
    },
  );
  if (args['skip-types']) return;
  await commandCheck('node: strict tsc, module nodenext (.mts and .cts)', bin('node', 'tsc'), ['-p', '.'], { cwd });
}

/** Jest 30 (CommonJS, no transform): each Jest test is one test here. */
async function jest() {
  if (!only.includes('jest')) return;
  const cwd = fixture('jest');
  const out = join(work, 'jest.json');
  const r = await shAsync(bin('jest', 'jest'), ['--ci', '--json', `--outputFile=${out}`], { cwd });
  if (existsSync(out)) {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    for (const file of report.testResults) {
      const base = file.name.slice(cwd.length + 1);
      if (file.assertionResults.length === 0) {
        await check(`jest 30: ${base}`, () => file.message || 'the test file failed to run');
      }
      for (const t of file.assertionResults) {
        await check(`jest 30: ${base}: ${t.title}`, () =>
          t.status === 'passed' ? undefined : t.failureMessages.join('\n') || t.status,
        );
      }
    }
  } else {
    await check('jest 30: run', () => r.output || `exit ${r.status}`);
  }
}

/** The Vite apps: strict tsc, vite build (client + SSR), then Chromium. */
async function viteApps() {
  const pages = [];
  for (const name of ['vite-react19', 'vite-react18']) {
    if (!only.includes(name)) continue;
    const cwd = fixture(name);
    await commandCheck(`${name}: strict tsc (skipLibCheck off)`, bin(name, 'tsc'), ['-p', 'tsconfig.json'], { cwd });
    const built = await check(`${name}: vite build (client and SSR)`, async () => {
      for (const a of [['build'], ['build', '--ssr', 'src/entry-server.tsx', '--outDir', 'dist-server']]) {
        const r = await shAsync(bin(name, 'vite'), a, { cwd });
        if (!r.ok) return r.output;
      }
      const assets = readdirSync(join(cwd, 'dist', 'assets'));
      const css = assets
        .filter((f) => f.endsWith('.css'))
        .map((f) => readFileSync(join(cwd, 'dist', 'assets', f), 'utf8'));
      // sideEffects keeps the stylesheet: the app's CSS bundle holds the library's rules.
      if (!css.some((c) => c.includes('.ct-root') && c.includes('--ct-actual'))) {
        return 'the built CSS has no .ct-root rules: @chitieu/react/styles.css was dropped';
      }
      return undefined;
    });
    if (!built) continue;
    // React's development build: the one that prints hydration, key and DOM-nesting warnings.
    await check(`${name}: vite build in development mode (React's warnings on)`, async () => {
      const r = await shAsync(bin(name, 'vite'), ['build', '--mode', 'development', '--outDir', 'dist-dev'], {
        cwd,
        env: { NODE_ENV: 'development' },
      });
      if (!r.ok) return r.output;
      const js = readdirSync(join(cwd, 'dist-dev', 'assets')).filter((f) => f.endsWith('.js'));
      const dev = js.some((f) =>
        readFileSync(join(cwd, 'dist-dev', 'assets', f), 'utf8').includes('unique "key" prop'),
      );
      return dev ? undefined : 'the development build does not hold React’s development warnings';
    });
    pages.push(name);
  }
  if (pages.length) await browserChecks(pages);
}

/** README code blocks. */
async function readmes() {
  if (!only.includes('readme')) return;
  const cwd = fixture('readme');
  const names = await shAsync(
    'node',
    [
      '--input-type=module',
      '-e',
      "console.log([...Object.keys(await import('@chitieu/core')), ...Object.keys(await import('@chitieu/react'))].join(' '))",
    ],
    {
      cwd,
    },
  );
  prepareReadmeBlocks(root, cwd, new Set(names.output.trim().split(/\s+/)));
  await runReadmeChecks({ fixture: cwd, check, sh: shAsync });
}

// Two lanes side by side (the machine has two cores): the Node side, and the Vite apps + Chromium.
await Promise.all([
  (async () => {
    await coreAlone();
    await nodeScripts();
    await jest();
    await readmes();
  })(),
  viteApps(),
]);

const failed = summary();
cleanup();
process.exitCode = failed ? 1 : 0;

/**
 * The lockfile without the tarballs' own entries (their checksum changes with every build): pnpm
 * reads them from the tarballs each run, while every third-party version stays as locked.
 */
function forgetTarballs(text) {
  const out = [];
  let skipping = false;
  for (const line of text.split('\n')) {
    if (/^ {2}'?@chitieu\/[^']+@file:/.test(line)) {
      skipping = true;
      continue;
    }
    if (skipping && (/^ {2}\S/.test(line) || /^\S/.test(line))) skipping = false;
    if (!skipping) out.push(line);
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

function cleanup() {
  if (args.keep) console.log(`Kept ${work}`);
  // a detached rm: deleting a few hundred installed packages takes seconds on a loaded machine
  else spawn('rm', ['-rf', work], { detached: true, stdio: 'ignore' }).unref();
}

function ssrScript(dist) {
  return `
import { readFileSync, writeFileSync } from 'node:fs';
const { render } = await import('./dist-server/entry-server.js');
const name = process.cwd().split('/').pop();
const template = readFileSync('${dist}/index.html', 'utf8');
for (const theme of ['light', 'dark']) {
  const html = template
    .replace('<!--app-->', render(theme))
    .replace('data-theme="light"', 'data-theme="' + theme + '"')
    .replaceAll('"/assets/', '"/' + name + '/${dist}/assets/');
  writeFileSync('${dist}/' + theme + '.html', html);
}`;
}

/** Server-renders each page, serves the build, hydrates in Chromium, asserts figures and axe. */
async function browserChecks(names) {
  const require = createRequire(join(ws, 'package.json'));
  const { chromium } = require('playwright-core');
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const [, name, dist, ...rest] = url.pathname.split('/');
    const file = join(ws, 'fixtures', name ?? '', dist ?? '', ...rest);
    const served = names.includes(name ?? '') && (dist === 'dist' || dist === 'dist-dev');
    if (!served || !file.startsWith(join(ws, 'fixtures')) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
  try {
    for (const name of names) {
      const dir = fixture(name);
      // Server rendering, as an SSR framework does it: the SSR build's render() into the built
      // HTML, in a Node process of the app's own (one React per process, as on a real server).
      const rendered = await commandCheck(
        `${name}: server rendering (renderToString) in Node`,
        'node',
        ['--input-type=module', '-e', ssrScript('dist')],
        {
          cwd: dir,
        },
      );
      if (rendered) {
        for (const theme of ['light', 'dark'])
          await pageChecks(browser, `http://127.0.0.1:${port}/${name}/dist/${theme}.html`, name, theme, axeSource);
      }
      // The same page with React's development builds, on the server and in the browser.
      const renderedDev = await check(
        `${name}: server rendering with React's development build prints no warning`,
        async () => {
          const r = await shAsync('node', ['--input-type=module', '-e', ssrScript('dist-dev')], {
            cwd: dir,
            env: { NODE_ENV: 'development' },
          });
          if (!r.ok) return r.output;
          return r.output.trim() ? `printed:\n${r.output}` : undefined;
        },
      );
      if (renderedDev) {
        for (const theme of ['light', 'dark'])
          await pageChecks(
            browser,
            `http://127.0.0.1:${port}/${name}/dist-dev/${theme}.html`,
            `${name} dev`,
            theme,
            null,
          );
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
}

async function pageChecks(browser, url, name, theme, axeSource) {
  const context = await browser.newContext({ colorScheme: theme, locale: 'vi-VN' });
  const page = await context.newPage();
  const messages = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') messages.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => messages.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => messages.push(`request failed: ${r.url()}`));
  const label = `${name} ${theme}`;
  try {
    await check(`${label}: SSR page hydrates with no warning, error or failed request`, async () => {
      await page.goto(url);
      await page.waitForFunction(() => window.chitieuHydrated === true, null, { timeout: 20_000 });
      const recoverable = await page.evaluate(() => window.chitieuRecoverableErrors);
      const all = [...recoverable.map((e) => `hydration: ${e}`), ...messages];
      return all.length ? all.join('\n') : undefined;
    });
    if (axeSource === null) {
      // development build: the interaction must not warn either (keys, state updates)
      await check(`${label}: sorting and expanding the Scorecard prints no warning`, async () => {
        const before = messages.length;
        const header = page.locator('thead th', { hasText: '% kế hoạch' }).first();
        await header.locator('button').click();
        await header.locator('button').click();
        const expanders = page.locator('tbody button[aria-expanded]');
        if ((await expanders.count()) > 0) await expanders.first().click();
        await page.waitForTimeout(100);
        const sort = await header.getAttribute('aria-sort');
        if (sort !== 'descending' && sort !== 'ascending') return `aria-sort is ${sort} after two clicks`;
        return messages.length > before ? messages.slice(before).join('\n') : undefined;
      });
      return;
    }
    await check(`${label}: the Thanh Hóa figures are on the page`, async () => {
      // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered is what a reader sees
      const text = await page.evaluate(() => document.body.innerText);
      const figures = [
        '3.630 tỷ đồng',
        '100,6%',
        '105,88%',
        '49,8 thuê bao/100 dân',
        '1.800.000 thuê bao',
        '2.890.000',
      ];
      const missing = figures.filter((f) => !text.includes(f));
      return missing.length ? `missing ${missing.map((m) => JSON.stringify(m)).join(', ')}` : undefined;
    });
    await check(`${label}: the stylesheet applies and the theme is ${theme}`, async () => {
      const facts = await page.evaluate(() => {
        const el = document.querySelector('.ct-root');
        return {
          actual: el ? getComputedStyle(el).getPropertyValue('--ct-actual').trim() : '',
          themed: document.querySelectorAll('[data-ct-theme="dark"]').length,
        };
      });
      if (!facts.actual) return 'no --ct-actual on .ct-root: styles.css is not applied';
      if (theme === 'dark' && facts.themed === 0) return 'no element has data-ct-theme="dark"';
      if (theme === 'light' && facts.themed > 0) return 'a light page has data-ct-theme="dark" elements';
      return undefined;
    });
    await check(`${label}: the hydrated Scorecard sorts by % of plan`, async () => {
      const header = page.locator('thead th', { hasText: '% kế hoạch' }).first();
      await header.locator('button').click();
      await page.waitForFunction(
        () => [...document.querySelectorAll('thead th')].some((th) => th.getAttribute('aria-sort')),
        null,
        { timeout: 5000 },
      );
      const sort = await header.getAttribute('aria-sort');
      return sort === 'ascending' || sort === 'descending' ? undefined : `aria-sort is ${sort}`;
    });
    await check(`${label}: axe (WCAG 2.2 A/AA) finds no violation`, async () => {
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        // axe is injected as a global script
        const axe = Reflect.get(window, 'axe');
        const r = await axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        });
        return r.violations.map(
          (v) =>
            `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} node(s), e.g. ${v.nodes[0]?.target?.join(' ') ?? ''}`,
        );
      });
      return violations.length ? violations.join('\n') : undefined;
    });
  } finally {
    await context.close();
  }
}
