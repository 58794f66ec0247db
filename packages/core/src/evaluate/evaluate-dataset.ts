import { asArgumentError, guardArguments, optionalObjectArgument, requireObjectArgument } from '../errors/arguments';
import { ChitieuError } from '../errors/chitieu-error';
import { describeValue } from '../errors/quote';
import type { Dataset, EvaluateOptions, Evaluation, Observation } from '../model/types';
import { comparePeriods } from '../period/period';
import { stageOf, stageRank } from '../schema/defaults';
import { evaluateWith, type Settings, settingsFor } from './evaluate';

/** Options of {@link evaluateDataset} and {@link evaluateDatasetInChunks}. */
export interface EvaluateDatasetOptions extends EvaluateOptions {
  /** Only the observations of this period id (`'2020'`, `'2020-11'`). */
  readonly period?: string | undefined;
}

/** Options of {@link evaluateDatasetInChunks}. */
export interface EvaluateChunksOptions extends EvaluateDatasetOptions {
  /** Observations per chunk (default 5,000: a few milliseconds of work on a phone). */
  readonly chunkSize?: number | undefined;
  /** Stops between chunks: the iterator then throws the signal's reason. */
  readonly signal?: AbortSignal | undefined;
}

/** One chunk of {@link evaluateDatasetInChunks}, with the progress so far. */
export interface EvaluationChunk {
  /** The evaluations of this chunk, in dataset order. */
  readonly evaluations: readonly Evaluation[];
  /** Evaluations produced so far, this chunk included. */
  readonly done: number;
  /** Evaluations the whole dataset produces. */
  readonly total: number;
}

/** The observations to evaluate, in order, each with its indicator's settings (resolved once per indicator). */
function plan(
  fn: string,
  dataset: Dataset,
  options: EvaluateDatasetOptions,
): { readonly observations: readonly Observation[]; readonly settings: readonly Settings[] } {
  requireObjectArgument(fn, 0, 'dataset', 'a dataset from parseDataset() or assertDataset()', dataset);
  optionalObjectArgument(fn, 1, 'options', options);
  try {
    return planUnguarded(dataset, options);
  } catch (error) {
    throw asArgumentError(fn, 'dataset or options', error);
  }
}

function planUnguarded(
  dataset: Dataset,
  options: EvaluateDatasetOptions,
): { readonly observations: readonly Observation[]; readonly settings: readonly Settings[] } {
  const order = new Map<string, number>();
  dataset.indicators.forEach((ind, i) => {
    order.set(ind.id, i);
  });
  const evaluateOptions: EvaluateOptions = {
    nearThreshold: options.nearThreshold,
    lowerIsBetterPolicy: options.lowerIsBetterPolicy,
    rounding: options.rounding,
  };
  const perIndicator = new Map<number, Settings>();
  const all =
    options.period === undefined
      ? dataset.observations
      : dataset.observations.filter((o) => o.period === options.period);
  // period order once per distinct period id (ids that compare equal share a rank), not once per comparison
  const periodRank = new Map<string, number>();
  for (const o of all) if (!periodRank.has(o.period)) periodRank.set(o.period, 0);
  let rank = -1;
  let previous: string | undefined;
  for (const p of [...periodRank.keys()].sort(comparePeriods)) {
    if (previous === undefined || comparePeriods(previous, p) !== 0) rank++;
    periodRank.set(p, rank);
    previous = p;
  }
  const sorted = all.map((o, i) => {
    const index = order.get(o.indicator);
    if (index === undefined)
      throw new ChitieuError('UNKNOWN_INDICATOR', `Unknown indicator "${o.indicator}"`, {
        path: `observations[${i}].indicator`,
      });
    return { o, index, rank: periodRank.get(o.period) ?? 0, seq: i };
  });
  sorted.sort((a, b) => a.index - b.index || a.rank - b.rank || a.seq - b.seq);
  // Of several observations of one indicator and period the latest stage wins (the later one
  // among equals); after the sort they are neighbours, so no key per observation is built.
  const rows: typeof sorted = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    const first = sorted[i] as (typeof sorted)[number];
    while (
      j < sorted.length &&
      (sorted[j] as (typeof sorted)[number]).index === first.index &&
      (sorted[j] as (typeof sorted)[number]).rank === first.rank
    )
      j++;
    if (j === i + 1) rows.push(first);
    else {
      const best = new Map<string, (typeof sorted)[number]>();
      for (let k = i; k < j; k++) {
        const row = sorted[k] as (typeof sorted)[number];
        const current = best.get(row.o.period);
        if (!current || stageRank(stageOf(row.o)) >= stageRank(stageOf(current.o))) best.set(row.o.period, row);
      }
      for (let k = i; k < j; k++) {
        const row = sorted[k] as (typeof sorted)[number];
        if (best.get(row.o.period) === row) rows.push(row);
      }
    }
    i = j;
  }
  const settings = rows.map(({ index }) => {
    let s = perIndicator.get(index);
    if (s === undefined) {
      s = settingsFor(dataset.indicators[index] as Dataset['indicators'][number], evaluateOptions);
      perIndicator.set(index, s);
    }
    return s;
  });
  return { observations: rows.map((r) => r.o), settings };
}

/**
 * Evaluates every observation of a dataset (or those of one period), in the order of the
 * dataset's indicators, then by period. Of several observations of one indicator and period, the
 * latest stage wins (official over preliminary over estimate). Each indicator's settings are
 * resolved once; a dataset from `parseDataset` is not validated again.
 *
 * @example
 * const rows = evaluateDataset(dataset, { period: '2020' });
 * rows.map((e) => [e.indicator.id, e.status]);
 */
export function evaluateDataset(dataset: Dataset, options: EvaluateDatasetOptions = {}): Evaluation[] {
  try {
    return evaluateDatasetUnguarded(dataset, options);
  } catch (error) {
    throw asArgumentError('evaluateDataset', 'dataset or options', error);
  }
}

function evaluateDatasetUnguarded(dataset: Dataset, options: EvaluateDatasetOptions = {}): Evaluation[] {
  const { observations, settings } = plan('evaluateDataset', dataset, options);
  const out: Evaluation[] = new Array(observations.length);
  for (let i = 0; i < observations.length; i++)
    out[i] = evaluateWith(observations[i] as Observation, settings[i] as Settings);
  return out;
}

/** The chunk size and the abort signal of {@link evaluateDatasetInChunks}, checked. */
function chunkOptions(options: EvaluateChunksOptions): { size: number; signal: AbortSignal | undefined } {
  const size = options.chunkSize ?? 5000;
  if (!Number.isSafeInteger(size) || size < 1)
    throw new ChitieuError(
      'INVALID_OPTION',
      `Expected chunkSize to be a positive integer, got ${describeValue(size)}`,
      {
        path: 'options.chunkSize',
      },
    );
  const signal = options.signal;
  if (signal !== undefined && typeof (signal as { throwIfAborted?: unknown } | null)?.throwIfAborted !== 'function')
    throw new ChitieuError('INVALID_OPTION', `Expected signal to be an AbortSignal, got ${describeValue(signal)}`, {
      path: 'options.signal',
    });
  return { size, signal };
}

/** Gives the event loop a turn: `scheduler.yield` where it exists, else a message, else a timer. */
function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      // `onmessage` starts the port in browsers and in Node alike
      (channel.port1 as unknown as { onmessage: (() => void) | null }).onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * {@link evaluateDataset} for very large datasets: the same evaluations, in the same order, in
 * chunks, with the event loop given a turn between chunks, so a page stays responsive and can
 * show progress (`done` of `total`). Stop early with `break` or an `AbortSignal`.
 *
 * @example
 * const rows: Evaluation[] = [];
 * for await (const chunk of evaluateDatasetInChunks(dataset, { chunkSize: 10_000 })) {
 *   rows.push(...chunk.evaluations);
 *   progress.value = chunk.done / chunk.total;
 * }
 * @throws {ChitieuError} `INVALID_OPTION` for a chunk size that is not a positive integer.
 */
export async function* evaluateDatasetInChunks(
  dataset: Dataset,
  options: EvaluateChunksOptions = {},
): AsyncGenerator<EvaluationChunk, void, undefined> {
  optionalObjectArgument('evaluateDatasetInChunks', 1, 'options', options);
  const { size, signal } = guardArguments('evaluateDatasetInChunks', 'options', () => chunkOptions(options));
  signal?.throwIfAborted();
  const { observations, settings } = plan('evaluateDatasetInChunks', dataset, options);
  const total = observations.length;
  if (total === 0) {
    yield { evaluations: [], done: 0, total: 0 };
    return;
  }
  for (let start = 0; start < total; start += size) {
    const end = start + size < total ? start + size : total;
    const evaluations: Evaluation[] = new Array(end - start);
    for (let i = start; i < end; i++)
      evaluations[i - start] = evaluateWith(observations[i] as Observation, settings[i] as Settings);
    yield { evaluations, done: end, total };
    if (end < total) {
      await yieldToEventLoop();
      signal?.throwIfAborted();
    }
  }
}
