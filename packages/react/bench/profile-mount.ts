/**
 * CPU profile of the Scorecard's mount in Chromium (CDP `Profiler`), for finding per-row work on
 * the mount path: the benchmark page (bench/browser/page.tsx) bundled in React's production build
 * but not minified, so frames keep their names. Prints the top self-time frames of N mounts of
 * `COUNT` rows (and, for comparison, the same for 1,000 rows). A tool, not a test.
 *
 *   pnpm --filter @chitieu/react exec tsx bench/profile-mount.ts            # 10,000 and 1,000 rows
 *   COUNT=10000 TIMES=40 TOP=40 pnpm --filter @chitieu/react exec tsx bench/profile-mount.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { launch } from '../test/browser/chromium';

interface Bench {
  prepare(count: number): number;
  mount(kind: 'scorecard' | 'plain', count: number): number;
  unmount(): void;
}
declare const bench: Bench;

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const TIMES = Number(process.env.TIMES ?? 30);
const TOP = Number(process.env.TOP ?? 30);
const counts = process.env.COUNT === undefined ? [10_000, 1_000] : [Number(process.env.COUNT)];

const root = join(import.meta.dirname, '..');
const result = await build({
  entryPoints: [join(import.meta.dirname, 'browser', 'page.tsx')],
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  minify: false,
  jsx: 'automatic',
  conditions: ['@chitieu/source'],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'silent',
});
const script = (result.outputFiles[0]?.text ?? '').replace(/<\/script/gi, '<\\/script');
const source = script.split('\n');
const css = readFileSync(join(root, 'src', 'styles.css'), 'utf8');
const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>${css}</style></head><body><div id="host"></div><script>${script}</script></body></html>`;

/** The bundle's `// path` comment above a line: the source file a frame comes from. */
const fileOf = (line: number): string => {
  for (let i = line; i >= 0; i--) {
    const text = source[i] ?? '';
    if (text.startsWith('// ')) return text.slice(3).replace(/^.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '');
  }
  return '?';
};

const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.setContent(html);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Performance.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });

for (const count of counts) {
  await page.evaluate((n) => {
    bench.prepare(n);
    for (let i = 0; i < 5; i++) bench.mount('scorecard', n); // warm-up
  }, count);
  const metrics = async (): Promise<Record<string, number>> =>
    Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
  const before = await metrics();
  await cdp.send('Profiler.start');
  const wall = await page.evaluate(
    ([n, t]) => {
      let total = 0;
      for (let i = 0; i < (t as number); i++) total += bench.mount('scorecard', n as number);
      return total / (t as number);
    },
    [count, TIMES] as const,
  );
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const after = await metrics();
  const per = (key: string): string => ((((after[key] ?? 0) - (before[key] ?? 0)) * 1000) / TIMES).toFixed(2);
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i] as number;
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  }
  const byFrame = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const us = self.get(node.id) ?? 0;
    if (us === 0) continue;
    const f = node.callFrame;
    const key =
      f.url === ''
        ? f.functionName || '(program)'
        : `${f.functionName || '(anonymous)'}  ${fileOf(f.lineNumber)}:${f.lineNumber + 1}`;
    byFrame.set(key, (byFrame.get(key) ?? 0) + us);
    total += us;
  }
  const idle = byFrame.get('(idle)') ?? 0;
  console.log(
    `\n${count} rows: ${TIMES} mounts, wall ${wall.toFixed(2)} ms per mount (in page); profiled ${((total - idle) / 1000 / TIMES).toFixed(2)} ms per mount (idle excluded)`,
  );
  console.log(
    `  Chromium's own split per mount (ms, profiler overhead included): thread CPU ${per('ThreadTime')}, script ${per('ScriptDuration')}, layout ${per('LayoutDuration')}, style ${per('RecalcStyleDuration')}, task ${per('TaskDuration')}`,
  );
  const top = [...byFrame.entries()].filter(([k]) => k !== '(idle)').sort((a, b) => b[1] - a[1]);
  for (const [key, us] of top.slice(0, TOP)) {
    console.log(`${(us / 1000 / TIMES).toFixed(3).padStart(8)} ms  ${key}`);
  }
}
await browser.close();
