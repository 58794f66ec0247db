/**
 * Benchmark of the exact engine (not a test; figures go into README.md):
 *
 *   pnpm --filter @chitieu/core bench:engine            # all parts
 *   pnpm --filter @chitieu/core bench:engine ratio      # evaluate + summarize vs float loop vs the old engine
 *   pnpm --filter @chitieu/core bench:engine scale      # parse + evaluate + summarize, 10k … 1M, CPU s and peak RSS
 *   pnpm --filter @chitieu/core bench:engine chromium   # the 151,200-observation year in Chromium
 *
 * Ratios are measured interleaved in one process (each round runs every contender once), min
 * and median of the rounds. The old engine is the source of commit c5d08b4 (before the exact
 * engine), taken with `git archive` into a temporary folder and bundled with esbuild.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { ministryYear, SUBSCRIBERS, subscriberObservations } from './dataset';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BASELINE_COMMIT = 'c5d08b4';
const parts = process.argv.slice(2);
const want = (p: string) => parts.length === 0 || parts.includes(p);

type Core = typeof import('../src/index');

async function bundle(
  entry: string,
  out: string,
  format: 'esm' | 'iife' = 'esm',
  packagesExternal = false,
): Promise<string> {
  await build({
    entryPoints: [entry],
    bundle: true,
    format,
    platform: format === 'esm' ? 'node' : 'browser',
    outfile: out,
    logLevel: 'silent',
    conditions: ['@chitieu/source'],
    nodePaths: [join(root, 'node_modules')],
    ...(format === 'iife' ? { globalName: 'Chitieu' } : {}),
    ...(packagesExternal ? { packages: 'external' as const } : {}),
  });
  return out;
}

async function loadBaseline(): Promise<Core> {
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-baseline-'));
  const tar = execFileSync('git', ['archive', BASELINE_COMMIT, 'packages/core/src'], {
    cwd: join(root, '../..'),
    maxBuffer: 1 << 28,
  });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  const out = await bundle(join(dir, 'packages/core/src/index.ts'), join(dir, 'baseline.mjs'));
  return (await import(pathToFileURL(out).href)) as Core;
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0] as number, median: s[Math.floor(s.length / 2)] as number };
};

// ---- evaluate + summarize, 100k, interleaved --------------------------------------------------

async function ratio(): Promise<void> {
  const core = (await import('../src/index')) as Core;
  const baseline = await loadBaseline();
  const N = 100_000;
  // plain observation objects, as an app holds them (both engines validate what they read)
  const raw = subscriberObservations(N);
  const ind = core.defineIndicator(SUBSCRIBERS);
  const oldInd = baseline.defineIndicator(SUBSCRIBERS);

  const library = () => {
    const rows = new Array(N);
    for (let i = 0; i < N; i++) rows[i] = core.evaluate(raw[i] as never, ind);
    return core.summarize(rows);
  };
  const old = () => {
    const rows = new Array(N);
    for (let i = 0; i < N; i++) rows[i] = baseline.evaluate(raw[i] as never, oldInd);
    return baseline.summarize(rows);
  };
  /**
   * The same work on plain numbers (fast, and wrong at the edges): every field an evaluation
   * gives — completion, rounded percent, status, variance and relative variance, change ratio,
   * rate and absolute, density, the reasons — in an object of the same shape, then the counts
   * and the capped score.
   */
  const plain = () => {
    const counts = { exceeded: 0, met: 0, near: 0, missed: 0 };
    let weighted = 0;
    const rows = new Array(N);
    for (let i = 0; i < N; i++) {
      const o = raw[i] as (typeof raw)[number];
      const a = Number(o.actual);
      const t = Number(o.target);
      const p = Number(o.previous);
      const c = a / t;
      const status = c > 1 ? 'exceeded' : c === 1 ? 'met' : c >= 0.95 ? 'near' : 'missed';
      counts[status] += 1;
      weighted += Math.min(c, 1);
      const ratio = a / p;
      rows[i] = {
        indicator: SUBSCRIBERS,
        observation: o,
        actual: o.actual,
        target: o.target,
        band: null,
        previous: o.previous,
        completion: c,
        completionPercent: (c * 100).toFixed(2),
        status,
        variance: { absolute: a - t, relative: (a - t) / Math.abs(t) },
        change: { absolute: a - p, ratio, rate: ratio - 1, points: null },
        density: (a * 100) / Number(o.population),
        distanceToBand: null,
        estimated: false,
        stage: 'official',
        implied: null,
        requiredGrowth: null,
        reasons: { distanceToBand: 'not-applicable', requiredGrowth: 'no-target' },
      };
    }
    return { counts, score: weighted / N, rows };
  };
  // the answers agree where floats are right
  const s = library();
  const o = old();
  if (JSON.stringify(s.counts) !== JSON.stringify(o.counts)) throw new Error('counts differ from the old engine');
  const times = { library: [] as number[], plain: [] as number[], old: [] as number[] };
  const ROUNDS = 7;
  for (let r = 0; r < ROUNDS; r++) {
    for (const [name, fn] of [
      ['library', library],
      ['plain', plain],
      ['old', old],
    ] as const) {
      if (name === 'old' && r >= 3) continue; // the old engine takes seconds a round: three rounds
      const t0 = performance.now();
      fn();
      times[name].push(performance.now() - t0);
    }
  }
  const L = stats(times.library);
  const P = stats(times.plain);
  const O = stats(times.old);
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  console.log(`\nevaluate + summarize, ${N.toLocaleString('en')} observations (Node ${process.version}, interleaved)`);
  console.log('| loop | min | median | median vs plain numbers |\n| --- | ---: | ---: | ---: |');
  console.log(
    `| @chitieu/core (exact engine) | ${ms(L.min)} | ${ms(L.median)} | ${(L.median / P.median).toFixed(2)}× |`,
  );
  console.log(`| plain JavaScript numbers (inexact) | ${ms(P.min)} | ${ms(P.median)} | 1.00× |`);
  console.log(
    `| @chitieu/core ${BASELINE_COMMIT} (decimal.js engine) | ${ms(O.min)} | ${ms(O.median)} | ${(O.median / P.median).toFixed(2)}× |`,
  );
  console.log(
    `exact engine: ${(L.min / P.min).toFixed(2)}× plain (min), ${(O.median / L.median).toFixed(1)}× faster than ${BASELINE_COMMIT} (median)`,
  );
}

// ---- parse + evaluate + summarize at several sizes, one child process each ------------------------

async function scale(): Promise<void> {
  console.log('\nread + JSON.parse + parseDataset + evaluateDataset + summarize, one fresh process per size');
  console.log('| observations | JSON | parse CPU | evaluate CPU | summarize CPU | total CPU | peak RSS |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const dir = join(tmpdir(), 'chitieu-bench');
  mkdirSync(dir, { recursive: true });
  // the measured processes run this script bundled, on plain node (no TypeScript loader in memory)
  const script = await bundle(
    fileURLToPath(import.meta.url),
    join(root, 'node_modules', '.cache', 'chitieu-bench', 'engine.bench.mjs'),
    'esm',
    true,
  );
  for (const n of [10_000, 100_000, 151_200, 1_000_000]) {
    // the dataset is written once as a JSON file; the measured process only reads it, as an app would
    const file = join(dir, `ministry-${n}.json`);
    if (!existsSync(file)) writeFileSync(file, JSON.stringify(ministryYear(n)));
    const r = spawnSync(process.execPath, [script, 'child', file, String(n)], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    if (r.status !== 0) throw new Error(r.stderr);
    console.log(r.stdout.trim().split('\n').at(-1));
  }
}

async function child(file: string, n: number): Promise<void> {
  const core = (await import('../src/index')) as Core;
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  };
  let mb = '';
  const c0 = cpu();
  // read and parse in a function of their own: the text and the raw objects are garbage after it
  const dataset = (() => {
    const text = readFileSync(file, 'utf8');
    mb = (text.length / 1e6).toFixed(1);
    const parsed = core.parseDataset(JSON.parse(text));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
    return parsed.dataset;
  })();
  const c1 = cpu();
  const rows = core.evaluateDataset(dataset);
  const c2 = cpu();
  const summary = core.summarize(rows);
  const c3 = cpu();
  if (summary.total !== n) throw new Error(`expected ${n} evaluations, got ${summary.total}`);
  const rss = process.resourceUsage().maxRSS / 1024;
  const s = (x: number) => `${x.toFixed(2)} s`;
  console.log(
    `| ${n.toLocaleString('en')} | ${mb} MB | ${s(c1 - c0)} (incl. reading the file) | ${s(c2 - c1)} | ${s(c3 - c2)} | ${s(c3 - c0)} | ${rss.toFixed(0)} MB |`,
  );
}

// ---- Chromium ---------------------------------------------------------------------------------

async function chromium(): Promise<void> {
  const dir = join(tmpdir(), 'chitieu-bench');
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, 'entry.ts');
  writeFileSync(
    entry,
    `import * as core from ${JSON.stringify(join(root, 'src/index.ts'))};\nimport { ministryYear } from ${JSON.stringify(join(root, 'bench/dataset.ts'))};\nexport { core, ministryYear };\n`,
  );
  const script = await bundle(entry, join(dir, 'bench.js'), 'iife');
  const require = createRequire(join(root, '../../apps/playground/package.json'));
  interface Page {
    addScriptTag(options: { path: string }): Promise<unknown>;
    evaluate<T>(fn: () => T): Promise<T>;
  }
  interface Browser {
    newPage(): Promise<Page>;
    newBrowserCDPSession(): Promise<{
      send(method: 'SystemInfo.getProcessInfo'): Promise<{ processInfo: { type: string; id: number }[] }>;
    }>;
    close(): Promise<void>;
  }
  const { chromium } = require('playwright-core') as { chromium: { launch(options: object): Promise<Browser> } };
  if (!existsSync('/usr/bin/chromium')) throw new Error('needs /usr/bin/chromium');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox'],
  });
  const page = await browser.newPage();
  await page.addScriptTag({ path: script });
  // CPU time of the renderer's main thread from /proc (utime + stime of its first thread, in
  // 10 ms ticks): unlike wall-clock time it does not grow when other processes share the cores.
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
  const renderers = processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
  const ticks = (pid: number): number => {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return Number(fields[11]) + Number(fields[12]);
    } catch {
      return 0;
    }
  };
  await page.evaluate(() => {
    const g = globalThis as unknown as { Chitieu: { ministryYear: typeof ministryYear }; benchText: string };
    g.benchText = JSON.stringify(g.Chitieu.ministryYear(151_200));
  });
  const rows: { wall: number[]; cpu: number }[] = [];
  for (let r = 0; r < 5; r++) {
    const before = renderers.map(ticks);
    const wall = await page.evaluate(() => {
      const g = globalThis as unknown as { Chitieu: { core: Core }; benchText: string };
      const core = g.Chitieu.core;
      const t0 = performance.now();
      const parsed = core.parseDataset(JSON.parse(g.benchText));
      const t1 = performance.now();
      if (!parsed.ok) throw new Error('invalid');
      const rows = core.evaluateDataset(parsed.dataset);
      const t2 = performance.now();
      core.summarize(rows);
      const t3 = performance.now();
      return [t1 - t0, t2 - t1, t3 - t2, t3 - t0];
    });
    const after = renderers.map(ticks);
    rows.push({ wall, cpu: Math.max(...after.map((t, i) => t - (before[i] ?? 0))) * 10 });
  }
  await browser.close();
  const load = (await import('node:os')).loadavg()[0]?.toFixed(2);
  console.log(
    `\n151,200 observations in Chromium (headless /usr/bin/chromium, main thread, 5 runs, load average ${load})`,
  );
  console.log(
    '| run | JSON.parse + parseDataset | evaluateDataset | summarize | total wall | renderer CPU |\n| ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  rows.forEach(({ wall, cpu }, i) => {
    console.log(
      `| ${i + 1} | ${wall.map((x) => `${(x / 1000).toFixed(2)} s`).join(' | ')} | ${(cpu / 1000).toFixed(2)} s |`,
    );
  });
}

if (parts[0] === 'child') await child(parts[1] as string, Number(parts[2]));
else {
  if (want('ratio')) await ratio();
  if (want('scale')) await scale();
  if (want('chromium')) await chromium();
}
