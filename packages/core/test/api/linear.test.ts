/**
 * Linear time in the size of every collection an export takes, on hostile shapes (all rows of
 * one indicator, one period, long parent chains, parent loops, many groups, duplicate ids): each
 * is run at n and 8n in the same process and the time ratio must stay far below the 64 of a
 * quadratic cost. A ratio, never an absolute time: the machine may be loaded, but it is loaded
 * for both sizes. (parseDataset's shapes: `test/input/linear.test.ts`; auditDataset's:
 * `src/audit/audit-dataset-linear.test.ts`.)
 */
import { describe, expect, it } from 'vitest';
import { auditStatements, extractStatements } from '../../src/extract/index';
import {
  allocate,
  assertDataset,
  compositeScore,
  type Dataset,
  defineIndicator,
  type Evaluation,
  evaluateDataset,
  evaluateDatasetInChunks,
  narrateSummary,
  rollUp,
  summarize,
  withImpliedTargets,
} from '../../src/index';
import { buildTree, resolveEvaluations, scorecardView } from '../../src/view/index';
import { growthRatio, MAX_GROWTH_RATIO } from '../linear-growth';

const SMALL = 500;

const ind = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: id, unit: 'count', ...extra });
const obs = (indicator: string, period: string, i: number) => ({
  indicator,
  period,
  actual: `${100 + (i % 37)}.5`,
  target: '120',
  previous: '99.25',
});

/** Dataset shapes, each made at size n. */
const DATASETS: Record<string, (n: number) => Dataset> = {
  'all rows of one indicator': (n) =>
    assertDataset({
      title: 't',
      indicators: [ind('a')],
      observations: Array.from({ length: n }, (_, i) => obs('a', `${1000 + i}`, i)),
    }),
  'all rows of one period': (n) =>
    assertDataset({
      title: 't',
      indicators: Array.from({ length: n }, (_, i) => ind(`i${i}`)),
      observations: Array.from({ length: n }, (_, i) => obs(`i${i}`, '2020', i)),
    }),
  'a parent chain': (n) =>
    assertDataset({
      title: 't',
      indicators: Array.from({ length: n }, (_, i) => ind(`i${i}`, i > 0 ? { parent: `i${i - 1}` } : {})),
      observations: Array.from({ length: n }, (_, i) => obs(`i${i}`, '2020', i)),
    }),
  'one parent with every row under it': (n) =>
    assertDataset({
      title: 't',
      indicators: [ind('root'), ...Array.from({ length: n }, (_, i) => ind(`i${i}`, { parent: 'root' }))],
      observations: Array.from({ length: n }, (_, i) => obs(`i${i}`, '2020', i)),
    }),
  'many groups': (n) =>
    assertDataset({
      title: 't',
      indicators: Array.from({ length: n }, (_, i) => ind(`i${i}`, { group: `g${i}` })),
      observations: Array.from({ length: n }, (_, i) => obs(`i${i}`, '2020', i)),
    }),
  'duplicate indicator and period, stages': (n) =>
    assertDataset({
      title: 't',
      indicators: [ind('a')],
      observations: Array.from({ length: n }, (_, i) => ({
        ...obs('a', `${1000 + (i >> 1)}`, i),
        stage: i % 2 === 0 ? 'estimate' : 'official',
      })),
    }),
};

/** A parent loop only the view sees (evaluations built by hand, not through parseDataset). */
function loopEvaluations(n: number): Evaluation[] {
  const rows = evaluateDataset(DATASETS['all rows of one period']?.(n) as Dataset);
  return rows.map((e, i) => ({ ...e, indicator: { ...e.indicator, parent: `i${(i + 1) % n}` } }));
}

const evaluationsOf = (shape: string) => (n: number) => evaluateDataset((DATASETS[shape] as (n: number) => Dataset)(n));

/** Each export that takes a collection, with the input it is timed on. */
const CASES: Record<string, (n: number) => () => unknown> = {};
for (const shape of Object.keys(DATASETS)) {
  const make = DATASETS[shape] as (n: number) => Dataset;
  CASES[`evaluateDataset on ${shape}`] = (n) => {
    const d = make(n);
    return () => evaluateDataset(d);
  };
  CASES[`withImpliedTargets on ${shape}`] = (n) => {
    const d = make(n);
    return () => withImpliedTargets(d);
  };
  CASES[`summarize + narrateSummary on ${shape}`] = (n) => {
    const e = evaluationsOf(shape)(n);
    return () => narrateSummary(e, summarize(e), { locale: 'vi' });
  };
  CASES[`scorecardView on ${shape}`] = (n) => {
    const e = evaluationsOf(shape)(n);
    return () => scorecardView({ evaluations: e }, 'vi');
  };
  CASES[`resolveEvaluations of a dataset on ${shape}`] = (n) => {
    const d = make(n);
    return () => resolveEvaluations({ dataset: d });
  };
}
CASES['evaluateDatasetInChunks (all chunks) on all rows of one indicator'] = (n) => {
  const d = (DATASETS['all rows of one indicator'] as (n: number) => Dataset)(n);
  // the iterator's chunks are drained synchronously enough for a ratio: its work is evaluateDataset's
  return () => {
    const it = evaluateDatasetInChunks(d, { chunkSize: 100 });
    return it.next();
  };
};
CASES['buildTree on a parent loop'] = (n) => {
  const e = loopEvaluations(n);
  return () => buildTree(e, 'vi', 'Khác');
};
CASES['rollUp of every row of one indicator'] = (n) => {
  const indicator = defineIndicator(ind('a'));
  const rows = Array.from({ length: n }, (_, i) => obs('a', `${1000 + i}`, i));
  return () => rollUp(indicator, rows);
};
CASES['allocate into many weights'] = (n) => {
  const weights = Array.from({ length: n }, (_, i) => `${1 + (i % 7)}`);
  return () => allocate('1000000.5', { weights, decimals: 1 });
};
CASES['compositeScore of many items'] = (n) => {
  const items = Array.from({ length: n }, (_, i) => ({ completion: `0.${100 + (i % 800)}`, weight: `${1 + (i % 3)}` }));
  return () => compositeScore(items);
};
CASES['auditStatements of one long report'] = (n) => {
  const sentence = 'Doanh thu đạt 3.630 tỷ đồng, bằng 100,6% kế hoạch, tăng 3,7% so với cùng kỳ. ';
  const statements = extractStatements(sentence.repeat(Math.max(1, n / 20)), { locale: 'vi' });
  return () => auditStatements(statements);
};

describe('every export that takes a collection grows linearly', () => {
  it.each(Object.keys(CASES))(
    '%s',
    (name) => {
      const best = growthRatio(name, CASES[name] as (n: number) => () => unknown, SMALL, { small: 3, large: 3 });
      expect(best.ratio, best.text).toBeLessThan(MAX_GROWTH_RATIO);
    },
    60_000,
  );
});
