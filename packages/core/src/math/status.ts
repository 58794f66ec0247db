import { cmp, gt, gte, lt, type Num, ONE } from '../decimal/decimal';
import type { Status } from '../model/types';
import { type CompletionRule, effectiveDirection, type TargetNum } from './completion';
import type { Result } from './result';

/**
 * Status from exact values (never from the rounded display), rules in order, first match wins:
 * `exceeded` (completion > 100%), `met` (= 100%), `near` (≥ threshold), `missed`, `no-target`,
 * `no-data`. Bands: inside is `met`; beyond the good side is `exceeded`; on the bad side the
 * completion against the near bound decides `near` or `missed`. A band held steady is `met`
 * inside and `missed` outside. When completion is undefined although both values exist
 * (target ≤ 0, or inverse policy with actual ≤ 0), A and T are compared directly.
 * @internal
 */
export function statusNum(
  actual: Num | null,
  target: TargetNum | null,
  completion: Result<Num>,
  rule: CompletionRule,
  nearThreshold: Num,
): Status {
  if (target === null) return 'no-target';
  if (actual === null) return 'no-data';
  const direction = effectiveDirection(rule);
  if (target.kind === 'band') {
    const inside = gte(actual, target.min) && !gt(actual, target.max);
    if (inside) return 'met';
    if (direction === 'neither') return 'missed';
    if (direction === 'higher-is-better' ? gt(actual, target.max) : lt(actual, target.min)) return 'exceeded';
    return completion.value !== null && gte(completion.value, nearThreshold) ? 'near' : 'missed';
  }
  if (completion.value === null) {
    const c = cmp(actual, target.value);
    const better = direction === 'lower-is-better' ? -c : c;
    return better > 0 ? 'exceeded' : better === 0 ? 'met' : 'missed';
  }
  const c = cmp(completion.value, ONE);
  if (c > 0) return 'exceeded';
  if (c === 0) return 'met';
  return gte(completion.value, nearThreshold) ? 'near' : 'missed';
}
