/// <reference lib="webworker" />
/**
 * Evaluates a ministry's year off the main thread: generate → parseDataset → evaluate in chunks
 * (posting progress after each) → summarize. Only the summary goes back to the page: posting
 * 151,200 evaluations would structured-clone every one of them.
 */
import { type Evaluation, evaluateDatasetInChunks, parseDataset, summarize } from '@chitieu/core';
// the benchmark's own generator (packages/core/bench), so the story evaluates the very data the README's figures measure
import { ministryYear } from '../../../../packages/core/bench/dataset';
import type { EvaluateRequest, WorkerMessage } from './protocol';

const post = (message: WorkerMessage) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);

self.onmessage = async (event: MessageEvent<EvaluateRequest>) => {
  const { count, chunkSize } = event.data;
  try {
    const t0 = performance.now();
    post({ type: 'progress', phase: 'generate', done: 0, total: count });
    const input = ministryYear(count);
    const t1 = performance.now();
    post({ type: 'progress', phase: 'parse', done: 0, total: count });
    const parsed = parseDataset(input);
    if (!parsed.ok) throw new Error(parsed.issues[0]?.message ?? 'invalid dataset');
    const t2 = performance.now();
    const rows: Evaluation[] = [];
    for await (const chunk of evaluateDatasetInChunks(parsed.dataset, { chunkSize })) {
      for (const e of chunk.evaluations) rows.push(e);
      post({ type: 'progress', phase: 'evaluate', done: chunk.done, total: chunk.total });
    }
    const t3 = performance.now();
    const summary = summarize(rows);
    const t4 = performance.now();
    post({
      type: 'done',
      summary,
      evaluated: rows.length,
      timings: { generate: t1 - t0, parse: t2 - t1, evaluate: t3 - t2, summarize: t4 - t3 },
    });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
