import type { Grammar } from '../grammar';
import { matchAt } from '../phrase';
import type { Token } from '../tokenize';

/** How many words of a unit or a counted noun may stand between the figure and its trailing bound word. */
const OPEN_BOUND_REACH = 4;

/**
 * `từ 5 xã trở lên`, `từ 3.485ha trở lên`, `từ 2 con trở xuống`: `từ` (grammar `fromWords`) right
 * before the number at `numberAt` and, past at most {@link OPEN_BOUND_REACH} words of its unit or
 * noun from `to`, a word of grammar `fromTrailingBounds` not followed by another number (`từ 5 trở
 * lên 7` is no such bound). Returns the bound it opens the figure into, or null. Round 32; read by
 * rules/value.ts and doubted by certainty/doubts/open-bound.ts.
 */
export function openBoundAt(
  tokens: readonly Token[],
  g: Grammar,
  numberAt: number,
  to: number,
): 'over' | 'under' | null {
  const list = g.fromTrailingBounds;
  if (!list || list.length === 0 || numberAt < 1) return null;
  let from = false;
  for (let b = Math.max(0, numberAt - 2); b < numberAt; b++)
    if (matchAt(tokens, b, g.fromWords, numberAt)?.to === numberAt) from = true;
  // (`tỷ lệ người dân tham gia bảo hiểm y tế đạt 82% trở lên`: a percentage with the bound right after
  // its sign needs no `từ` — a share is no category of things counted; round 49)
  if (!from && tokens[to - 1]?.text === '%' && to - 1 > numberAt - 1) {
    const m = matchAt(tokens, to, list);
    return m && tokens[m.to]?.kind !== 'number' ? m.phrase.data : null;
  }
  if (!from) return null;
  for (let i = to; i < tokens.length && i <= to + OPEN_BOUND_REACH; i++) {
    const x = tokens[i] as Token;
    if (x.kind !== 'word') return null;
    const m = matchAt(tokens, i, list);
    if (m) return tokens[m.to]?.kind === 'number' ? null : m.phrase.data;
  }
  return null;
}
