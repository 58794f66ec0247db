import { nameScore } from '../extract/name-key';
import type { Fact } from './facts';

/** Units that cannot describe the same indicator (`%` and `thuê bao`, `VND` and `copy`). */
function unitsAgree(a: Fact, b: Fact): boolean {
  if (a.percentUnit !== b.percentUnit && a.unit !== undefined && b.unit !== undefined) return false;
  if (a.unit === undefined || b.unit === undefined) return true;
  return a.unit === b.unit;
}

/** True when two facts are about the same indicator: same id, or names and units that agree. @internal */
export function sameIndicatorScore(a: Fact, b: Fact): number {
  if (typeof a.key === 'string' || typeof b.key === 'string') return a.key === b.key ? 1000 : -1;
  if (!unitsAgree(a, b)) return -1;
  return nameScore(a.key, b.key);
}

/**
 * The one fact among `candidates` that is the same indicator as `fact`, or undefined when none
 * is, or when two fit equally well (never a guess).
 * @internal
 */
export function findSame(fact: Fact, candidates: readonly Fact[]): Fact | undefined {
  let best: Fact | undefined;
  let bestScore = -1;
  let tie = false;
  for (const c of candidates) {
    if (c === fact) continue;
    const score = sameIndicatorScore(fact, c);
    if (score < 0) continue;
    if (score > bestScore) {
      best = c;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) tie = true;
  }
  return tie ? undefined : best;
}
