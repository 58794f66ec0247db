/**
 * Benchmark (not a test): evaluate + summarize over 100,000 observations, beside a hand-written
 * loop of the same decimal.js operations and a plain-number loop (which is fast and wrong).
 * Reports medians and the ratios; the library's overhead over the hand-written decimal.js loop
 * should stay under 1.5×.
 *
 *   pnpm --filter @chitieu/core bench
 */
import Decimal from 'decimal.js';
import { defineIndicator, type Evaluation, evaluate, summarize } from '../src/index';
import { SUBSCRIBERS, subscriberObservations } from './dataset';

const N = 100_000;
const RUNS = 5;

const indicator = defineIndicator(SUBSCRIBERS);
const observations = subscriberObservations(N);

const D = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -1000, toExpPos: 1000 });

function library(): unknown {
  const rows: Evaluation[] = new Array(N);
  for (let i = 0; i < N; i++) rows[i] = evaluate(observations[i] as (typeof observations)[number], indicator);
  return summarize(rows);
}

/** The same decimal.js operations written by hand, as a careful user would without the library. */
function handWritten(): unknown {
  const hundred = new D(100);
  const one = new D(1);
  const near = new D('0.95');
  const per = new D(100);
  const counts = { exceeded: 0, met: 0, near: 0, missed: 0 };
  let weighted = new D(0);
  let weights = 0;
  const rows = new Array(N);
  for (let i = 0; i < N; i++) {
    const o = observations[i] as (typeof observations)[number];
    const a = new D(o.actual);
    const t = new D(o.target);
    const p = new D(o.previous);
    const pop = new D(o.population);
    const c = a.div(t);
    const status = c.gt(one) ? 'exceeded' : c.eq(one) ? 'met' : c.gte(near) ? 'near' : 'missed';
    let shown = c.times(hundred).toDecimalPlaces(2);
    if (c.lt(one) && shown.gte(hundred)) shown = new D('99.99');
    const variance = a.minus(t);
    const relative = variance.div(t.abs());
    const ratio = a.div(p);
    const rate = ratio.minus(one);
    const absolute = a.minus(p);
    const density = a.times(per).div(pop);
    counts[status] += 1;
    weighted = weighted.plus(Decimal.min(c, one));
    weights += 1;
    rows[i] = {
      completion: c.toFixed(),
      percent: shown.toFixed(),
      status,
      variance: variance.toFixed(),
      relative: relative.toFixed(),
      ratio: ratio.toFixed(),
      rate: rate.toFixed(),
      absolute: absolute.toFixed(),
      density: density.toFixed(),
    };
  }
  return { counts, score: weighted.div(weights).toFixed(), rows };
}

/** Plain JavaScript numbers: what spreadsheets-in-code do; fast, and wrong at the edges. */
function plainNumbers(): unknown {
  const counts = { exceeded: 0, met: 0, near: 0, missed: 0 };
  let weighted = 0;
  const rows = new Array(N);
  for (let i = 0; i < N; i++) {
    const o = observations[i] as (typeof observations)[number];
    const a = Number(o.actual);
    const t = Number(o.target);
    const p = Number(o.previous);
    const c = a / t;
    const status = c > 1 ? 'exceeded' : c === 1 ? 'met' : c >= 0.95 ? 'near' : 'missed';
    counts[status] += 1;
    weighted += Math.min(c, 1);
    rows[i] = {
      c,
      percent: (c * 100).toFixed(2),
      status,
      variance: a - t,
      rate: a / p - 1,
      density: (a * 100) / Number(o.population),
    };
  }
  return { counts, score: weighted / N, rows };
}

function time(fn: () => unknown): number {
  fn(); // warm-up
  const samples: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((x, y) => x - y);
  return samples[Math.floor(RUNS / 2)] as number;
}

const lib = time(library);
const hand = time(handWritten);
const plain = time(plainNumbers);
const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
console.log(
  `evaluate + summarize, ${N.toLocaleString('en')} observations, median of ${RUNS} (Node ${process.version})`,
);
console.log('| loop | time | vs hand-written decimal.js |\n| --- | ---: | ---: |');
console.log(`| @chitieu/core evaluate + summarize | ${fmt(lib)} | ${(lib / hand).toFixed(2)}× |`);
console.log(`| hand-written decimal.js loop | ${fmt(hand)} | 1.00× |`);
console.log(`| plain JavaScript numbers (inexact) | ${fmt(plain)} | ${(plain / hand).toFixed(2)}× |`);
