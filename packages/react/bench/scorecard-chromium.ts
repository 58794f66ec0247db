/**
 * Scorecard performance in real Chromium (Debian's /usr/bin/chromium through playwright-core):
 * mount of 1,000 and 10,000 rows beside a plain <table> of the same rows and core formatting,
 * main-thread CPU per frame while scrolling 10,000 rows, and sort of 10,000 rows from click to
 * commit. Interleaved rounds (every measure once per round, in turn), medians, ratios against
 * baselines measured in the same run. A benchmark, not a test: it prints figures.
 *
 *   pnpm --filter @chitieu/react bench:browser            # 7 rounds
 *   ROUNDS=3 pnpm --filter @chitieu/react bench:browser
 */
import { join } from 'node:path';
import { launch, pageHtml } from '../test/browser/chromium';

interface Bench {
  prepare(count: number): number;
  mount(kind: 'scorecard' | 'plain', count: number): number;
  unmount(): void;
  scroll(frames: number, step: number): Promise<void>;
  sort(): Promise<number>;
  visibleRows(): number;
}
declare const bench: Bench;

const ROUNDS = Number(process.env.ROUNDS ?? 7);
const FRAMES = 240;
const STEP = 60;

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.setContent(await pageHtml(join(import.meta.dirname, 'browser', 'page.tsx'), 'production'));
await page.evaluate(() => {
  bench.prepare(1_000);
  bench.prepare(10_000);
});

/**
 * CPU time of the page's renderer main thread: Chromium's `ThreadTime` metric (CDP
 * `Performance.getMetrics`, the thread's CPU clock, microsecond resolution). Unlike wall-clock
 * task durations it does not grow when other processes share the cores, so figures from a busy
 * CI machine stay comparable. (Until December 2026 this read utime + stime from /proc, whose
 * 10 ms ticks made a mount's CPU time ±1 ms at best.)
 */
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable');
const threadTime = async (): Promise<number> => {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = metrics.find((x) => x.name === 'ThreadTime');
  if (metric === undefined) throw new Error('Chromium reports no ThreadTime metric');
  return metric.value * 1000;
};
/** Main-thread CPU of `work` (ms). */
async function cpu<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const before = await threadTime();
  const value = await work();
  return { ms: (await threadTime()) - before, value };
}

const samples: Record<string, number[]> = {};
const add = (key: string, value: number): void => {
  samples[key] ??= [];
  samples[key].push(value);
};

/**
 * Mounts `times` times in one go: wall-clock median in the page, main-thread CPU per mount. Each
 * mount first unmounts the one before (of the same kind and size, so the CPU figure is a steady
 * state); whatever was mounted before the series is unmounted outside the measure.
 */
async function mounts(kind: 'scorecard' | 'plain', count: number, times: number): Promise<[number, number]> {
  await page.evaluate(() => bench.unmount());
  const run = await cpu(() =>
    page.evaluate(
      ([k, n, t]) => {
        const out: number[] = [];
        for (let i = 0; i < (t as number); i++) out.push(bench.mount(k as 'scorecard', n as number));
        return out;
      },
      [kind, count, times] as const,
    ),
  );
  return [median(run.value), run.ms / times];
}

/** Main-thread CPU per frame (ms) while scrolling the mounted table. */
async function scrollCpu(): Promise<number> {
  const run = await cpu(() =>
    page.evaluate(([frames, step]) => bench.scroll(frames as number, step as number), [FRAMES, STEP]),
  );
  return run.ms / FRAMES;
}

// one warm-up round (JIT, fonts, style caches), not recorded
for (let round = 0; round <= ROUNDS; round++) {
  const record = round > 0 ? add : () => undefined;
  const [plain1, plain1Cpu] = await mounts('plain', 1_000, 4);
  record('plain 1k mount', plain1);
  record('plain 1k mount cpu', plain1Cpu);
  const [sc1, sc1Cpu] = await mounts('scorecard', 1_000, 24);
  record('scorecard 1k mount', sc1);
  record('scorecard 1k mount cpu', sc1Cpu);
  const [sc10, sc10Cpu] = await mounts('scorecard', 10_000, 16);
  record('scorecard 10k mount', sc10);
  record('scorecard 10k mount cpu', sc10Cpu);
  record('scorecard 10k scroll', await scrollCpu());
  // three cycles of ascending, descending (timed) and none (the third click removes the sort)
  const sorted = await cpu(() =>
    page.evaluate(async () => {
      const out: number[] = [];
      for (let i = 0; i < 9; i++) {
        const ms = await bench.sort();
        if (i % 3 !== 2) out.push(ms);
      }
      return out;
    }),
  );
  record('scorecard 10k sort', median(sorted.value));
  record('scorecard 10k sort cpu', sorted.ms / 9);
  await mounts('plain', 10_000, 1);
  record('plain 10k scroll', await scrollCpu());
  await page.evaluate(() => bench.unmount());
}
await browser.close();

const m = (key: string): number => median(samples[key] ?? []);
const version = browser.version();
const x = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;
const rows: [string, string, string, string][] = [
  [
    'mount 1,000 rows',
    `${m('scorecard 1k mount').toFixed(1)} ms (CPU ${m('scorecard 1k mount cpu').toFixed(1)} ms)`,
    `plain table ${m('plain 1k mount').toFixed(1)} ms (CPU ${m('plain 1k mount cpu').toFixed(1)} ms)`,
    `${x(m('scorecard 1k mount'), m('plain 1k mount'))} (CPU ${x(m('scorecard 1k mount cpu'), m('plain 1k mount cpu'))}); goal ≤ 1×`,
  ],
  [
    'mount 10,000 rows',
    `${m('scorecard 10k mount').toFixed(1)} ms (CPU ${m('scorecard 10k mount cpu').toFixed(1)} ms)`,
    'the 1,000-row mount',
    `${x(m('scorecard 10k mount'), m('scorecard 1k mount'))} (CPU ${x(m('scorecard 10k mount cpu'), m('scorecard 1k mount cpu'))}); goal ≤ 1.5×`,
  ],
  [
    'scroll 10,000 rows: main-thread CPU per frame',
    `${m('scorecard 10k scroll').toFixed(2)} ms`,
    `plain table of 10,000 rows ${m('plain 10k scroll').toFixed(2)} ms`,
    'goal ≤ 4 ms',
  ],
  [
    'sort 10,000 rows by % of plan: click → commit (CPU: per click, the unsorting click included)',
    `${m('scorecard 10k sort').toFixed(1)} ms (CPU ${m('scorecard 10k sort cpu').toFixed(1)} ms)`,
    '',
    'goal ≤ 50 ms',
  ],
];
const load = (await import('node:os')).loadavg()[0]?.toFixed(1);
console.log(
  `Chromium ${version}, React production build, ${ROUNDS} interleaved rounds after 1 warm-up, medians; ` +
    `CPU = renderer main-thread CPU time (CDP ThreadTime); load average ${load} on ${(await import('node:os')).cpus().length} cores\n`,
);
console.log('| measure | Scorecard | baseline | ratio |');
console.log('| --- | ---: | --- | --- |');
for (const [a, b, c, d] of rows) console.log(`| ${a} | ${b} | ${c} | ${d} |`);
