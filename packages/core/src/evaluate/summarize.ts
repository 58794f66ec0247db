import { isNegative, ONE, toDecimalString, toNum } from '../decimal/decimal';
import { ChitieuError } from '../errors/chitieu-error';
import { compositeNum, readCap } from '../math/composite';
import type { Evaluation, Status, SummarizeOptions, Summary } from '../model/types';
import { exactCompletion } from './exact-completion';

/**
 * Summarises a scorecard: how many indicators are in each status, how many met or exceeded
 * their plan ("8/10 chỉ tiêu đạt và vượt kế hoạch"), and the composite score
 * Σ wᵢ · min(completionᵢ, cap) ÷ Σ wᵢ over the indicators that have a completion.
 *
 * @example
 * const summary = summarize(evaluateDataset(dataset));
 * summary.counts.exceeded; // 4
 * summary.metOrExceeded; // 5
 * summary.score; // '1' (every completion capped at 100%)
 */
export function summarize(evaluations: readonly Evaluation[], options: SummarizeOptions = {}): Summary {
  if (!Array.isArray(evaluations)) {
    throw new ChitieuError('INVALID_OPTION', 'Expected an array of evaluations', { path: 'evaluations' });
  }
  const cap = readCap(options.cap);
  const counts: Record<Status, number> = { exceeded: 0, met: 0, near: 0, missed: 0, 'no-target': 0, 'no-data': 0 };
  const items = [];
  let total = 0;
  for (const [i, e] of evaluations.entries()) {
    if (options.scope === 'top-level' && e.indicator.parent !== undefined) continue;
    total += 1;
    const status: Status = e.status;
    if (!Object.hasOwn(counts, status)) {
      throw new ChitieuError('INVALID_OPTION', `Unknown status ${JSON.stringify(e.status)}`, {
        path: `evaluations[${i}].status`,
      });
    }
    counts[status] += 1;
    const rawWeight = options.weights?.[e.indicator.id] ?? e.indicator.weight;
    const weight = rawWeight === undefined ? ONE : toNum(rawWeight, `weights.${e.indicator.id}`);
    if (isNegative(weight))
      throw new ChitieuError('OUT_OF_RANGE', `Weights cannot be negative, got ${toDecimalString(weight)}`, {
        path: `weights.${e.indicator.id}`,
      });
    items.push({
      completion:
        e.completion === null ? null : (exactCompletion.get(e) ?? toNum(e.completion, `evaluations[${i}].completion`)),
      weight,
    });
  }
  const score = compositeNum(items, cap);
  return {
    total,
    counts,
    metOrExceeded: counts.exceeded + counts.met,
    assessed: counts.exceeded + counts.met + counts.near + counts.missed,
    score: score.value === null ? null : toDecimalString(score.value),
    ...(score.value === null ? { scoreReason: score.reason } : {}),
    cap: toDecimalString(cap),
  };
}
