import type { Summary } from '@chitieu/core';

/** What the page asks the worker. */
export interface EvaluateRequest {
  readonly count: number;
  readonly chunkSize: number;
}

/** What the worker answers: progress per phase, then the summary (never 151,200 evaluations). */
export type WorkerMessage =
  | {
      readonly type: 'progress';
      readonly phase: 'generate' | 'parse' | 'evaluate';
      readonly done: number;
      readonly total: number;
    }
  | {
      readonly type: 'done';
      readonly summary: Summary;
      readonly evaluated: number;
      /** Milliseconds per phase, measured inside the worker. */
      readonly timings: {
        readonly generate: number;
        readonly parse: number;
        readonly evaluate: number;
        readonly summarize: number;
      };
    }
  | { readonly type: 'error'; readonly message: string };
