import { cmp, gt, gte, lt, mulExact, type Num } from '../decimal/decimal';
import type { Status } from '../model/types';
import { type CompletionRatio, type CompletionRule, directionOf, type TargetNum } from './completion';
import type { Result } from './result';

/**
 * Status from exact values (never from the rounded display, never from a 50-digit quotient),
 * rules in order, first match wins: `exceeded` (completion > 100%), `met` (= 100%), `near`
 * (≥ threshold), `missed`, `no-target`, `no-data`. The completion is compared as the exact
 * fraction n ÷ d (d > 0) by cross-multiplication: n ⋚ d, n ≥ threshold × d. Bands: inside is
 * `met`; beyond the good side is `exceeded`; on the bad side the completion against the near
 * bound decides `near` or `missed`. A band held steady is `met` inside and `missed` outside.
 * When completion is undefined although both values exist (target ≤ 0, or inverse policy with
 * actual ≤ 0), A and T are compared directly.
 * @internal
 */
export function statusNum(
  actual: Num | null,
  target: TargetNum | null,
  completion: Result<CompletionRatio>,
  rule: CompletionRule,
  nearThreshold: Num,
): Status {
  if (target === null) return 'no-target';
  if (actual === null) return 'no-data';
  const direction = directionOf(rule);
  const ratio = completion.value;
  const reachesNear = (r: CompletionRatio): boolean => gte(r.n, mulExact(nearThreshold, r.d));
  if (target.kind === 'band') {
    const inside = gte(actual, target.min) && !gt(actual, target.max);
    if (inside) return 'met';
    if (direction === 'neither') return 'missed';
    if (direction === 'higher-is-better' ? gt(actual, target.max) : lt(actual, target.min)) return 'exceeded';
    return ratio !== null && reachesNear(ratio) ? 'near' : 'missed';
  }
  if (ratio === null) {
    const c = cmp(actual, target.value);
    const better = direction === 'lower-is-better' ? -c : c;
    return better > 0 ? 'exceeded' : better === 0 ? 'met' : 'missed';
  }
  const c = cmp(ratio.n, ratio.d);
  if (c > 0) return 'exceeded';
  if (c === 0) return 'met';
  return reachesNear(ratio) ? 'near' : 'missed';
}
