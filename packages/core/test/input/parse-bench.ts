/**
 * Benchmark (not a test): CPU time of `parseDataset` on a ministry's year — 63 provinces × 200
 * indicators × 12 months = 151,200 observations, the shape of `shared/bench/make-ministry-year.mjs`
 * — and at 10k / 100k / 1M observations, against `JSON.parse` of the same text in the same run
 * (the ratio is what to compare across machines). Minimum of several rounds.
 *
 *   pnpm --filter @chitieu/core exec tsx test/input/parse-bench.ts [--million]
 */
import { parseDataset } from '../../src/index';

let seed = 12345;
const rnd = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
const dec = (x: number, d: number): string => {
  const s = String(Math.round(x * 10 ** d)).padStart(d + 1, '0');
  return d ? `${s.slice(0, -d)}.${s.slice(-d)}`.replace(/\.?0+$/, '') : s;
};
const UNITS = ['subscriber', 'VND', 'percent', 'dossier', 'person', 'enterprise'];

/** A dataset of `provinces` × 200 indicators × 12 months, as JSON text. */
function year(provinces: number): { text: string; observations: number } {
  seed = 12345;
  const indicators: unknown[] = [];
  const observations: unknown[] = [];
  for (let p = 1; p <= provinces; p++) {
    const population = int(300_000, 9_000_000);
    for (let i = 1; i <= 200; i++) {
      const id = `p${String(p).padStart(3, '0')}.i${String(i).padStart(3, '0')}`;
      const unit = UNITS[i % UNITS.length];
      indicators.push({
        id,
        name: { vi: `Chỉ tiêu ${i} tỉnh ${p}`, en: `Indicator ${i}, province ${p}` },
        unit,
        ...(unit === 'VND' ? { scale: 9 } : {}),
        ...(i % 10 === 7 ? { direction: 'lower-is-better' } : {}),
        percentDecimals: i % 3,
        ...(unit === 'subscriber' && i % 2 === 0 ? { density: { per: 100 } } : {}),
      });
      const mag = unit === 'percent' ? 100 : 10 ** int(2, 7);
      const d = unit === 'percent' || unit === 'VND' ? 2 : 0;
      for (let m = 1; m <= 12; m++) {
        const target = mag * (0.5 + rnd());
        const actual = target * (0.85 + rnd() * 0.3);
        observations.push({
          indicator: id,
          period: `2020-${String(m).padStart(2, '0')}`,
          actual: dec(actual, d),
          target: dec(target, d),
          previous: dec(actual * (0.8 + rnd() * 0.4), d),
          ...(unit === 'subscriber' ? { population: String(population) } : {}),
          ...(m % 4 === 0 ? { estimated: true } : {}),
        });
      }
    }
  }
  return {
    text: JSON.stringify({ title: 'Bộ — năm 2020', indicators, observations }),
    observations: observations.length,
  };
}

const cpu = (f: () => void): number => {
  const start = process.cpuUsage();
  f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
};

const sizes: [string, number][] = [
  ['10k', 5],
  ['100k', 42],
  ['151k (a ministry year)', 63],
];
if (process.argv.includes('--million')) sizes.push(['1M', 417]);

for (const [label, provinces] of sizes) {
  const { text, observations } = year(provinces);
  let json = Number.POSITIVE_INFINITY;
  let parse = Number.POSITIVE_INFINITY;
  const rounds = observations > 500_000 ? 2 : 4;
  for (let r = 0; r < rounds; r++) {
    let data: unknown;
    json = Math.min(
      json,
      cpu(() => {
        data = JSON.parse(text);
      }),
    );
    let ok = false;
    parse = Math.min(
      parse,
      cpu(() => {
        ok = parseDataset(data).ok;
      }),
    );
    if (!ok) throw new Error('the generated dataset must be valid');
  }
  const rss = Math.round(process.memoryUsage().rss / 2 ** 20);
  console.log(
    `${label.padEnd(24)} ${String(observations).padStart(9)} observations  JSON.parse ${json.toFixed(3)} s  parseDataset ${parse.toFixed(3)} s CPU (${(parse / json).toFixed(2)}× JSON.parse, ${((parse / observations) * 1e6).toFixed(2)} µs each)  RSS ${rss} MB`,
  );
}
