import type { Token } from '../tokenize';

/**
 * The first token that starts at character `offset` or after it (`tokens.length` when none):
 * binary search over the token starts, so a sentence step that maps a field's span to tokens stays
 * linear overall. One home for what eighteen steps wrote out each.
 * @internal
 */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
