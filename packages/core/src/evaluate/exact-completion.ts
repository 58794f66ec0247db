import type { Num } from '../decimal/decimal';
import type { Evaluation } from '../model/types';

/**
 * The exact completion behind each evaluation `evaluate` returned, so that `summarize` need not
 * parse the string back. Evaluations from elsewhere (JSON, another copy) are parsed as usual.
 * @internal
 */
export const exactCompletion = new WeakMap<Evaluation, Num>();
