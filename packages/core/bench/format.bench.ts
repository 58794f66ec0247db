/**
 * Benchmark (not a test): formatting 100,000 values with the language layer, beside Intl's own
 * NumberFormat on the same decimal strings (exact in Node 20+) and on JavaScript numbers (fast,
 * and inexact above 2^53). Medians of 5 runs.
 *
 *   pnpm --filter @chitieu/core exec tsx bench/format.bench.ts
 */
import {
  defineIndicator,
  evaluate,
  formatNumber,
  formatPercent,
  formatQuantity,
  narrate,
  parseNumber,
} from '../src/index';

const N = 100_000;
const RUNS = 5;

// Deterministic pseudo-random decimal strings, up to 20 integer digits and 4 decimals.
let seed = 7;
const next = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed;
};
const values = Array.from({ length: N }, () => {
  const integer = `${next()}${next() % 1000}`.slice(0, 1 + (next() % 20));
  const fraction = String(next() % 10000).padStart(4, '0');
  return `${integer}.${fraction}`;
});
const numbers = values.map((v) => Number(v));
const ratios = values.map((v) => `0.${v.replace('.', '').slice(0, 6)}`);

const revenue = defineIndicator({
  id: 'revenue',
  name: { vi: 'Tổng doanh thu', en: 'Revenue' },
  unit: 'VND',
  scale: 9,
  percentDecimals: 1,
});
const evaluations = Array.from({ length: N / 10 }, (_, i) =>
  evaluate(
    { indicator: 'revenue', period: '2020', actual: String(3000 + (i % 900)), target: '3608', previous: '3500' },
    revenue,
  ),
);

const intlVi = new Intl.NumberFormat('vi', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function median(run: () => unknown): number {
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)] ?? 0;
}

const rows: [string, number][] = [
  ['formatNumber, vi, 2 decimals', median(() => values.map((v) => formatNumber(v, { locale: 'vi', decimals: 2 })))],
  ['formatNumber, en, exact', median(() => values.map((v) => formatNumber(v, { locale: 'en' })))],
  ['formatPercent, vi', median(() => ratios.map((v) => formatPercent(v, { locale: 'vi', decimals: 1 })))],
  [
    'formatQuantity, vi, tỷ đồng',
    median(() => values.map((v) => formatQuantity(v, { locale: 'vi', indicator: revenue }))),
  ],
  [
    'formatQuantity, en, auto scale',
    median(() => values.map((v) => formatQuantity(v, { locale: 'en', indicator: revenue, display: 'auto' }))),
  ],
  ['parseNumber, vi (of formatted text)', 0],
  ['narrate, vi (10,000 sentences)', median(() => evaluations.map((e) => narrate(e, { locale: 'vi' })))],
  [
    'Intl.NumberFormat vi on decimal strings (exact)',
    median(() => values.map((v) => intlVi.format(v as unknown as number))),
  ],
  ['Intl.NumberFormat vi on JS numbers (inexact)', median(() => numbers.map((v) => intlVi.format(v)))],
];
const formatted = values.map((v) => formatNumber(v, { locale: 'vi', decimals: 2 }));
rows[5] = ['parseNumber, vi (of formatted text)', median(() => formatted.map((t) => parseNumber(t, 'vi')))];

console.log(`formatting ${N.toLocaleString('en')} values, median of ${RUNS} (Node ${process.version})\n`);
console.log('| operation | time | per value |');
console.log('| --- | ---: | ---: |');
for (const [name, ms] of rows) {
  const count = name.startsWith('narrate') ? N / 10 : N;
  console.log(`| ${name} | ${ms.toFixed(0)} ms | ${((ms * 1000) / count).toFixed(2)} µs |`);
}
