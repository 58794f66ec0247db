import type { Token } from '../tokenize';

const CLAUSE_ENDS = new Set([',', ';', ':', '(', ')', '.', '!', '?', '[', ']', '—', '–']);

/** Token indexes, clause starts and bracket depth of a text, computed once. */
export class TokenIndex {
  /** Each token's start offset, ascending (tokens never overlap). */
  private readonly starts: Int32Array;
  private readonly clauseStart: Int32Array;
  private readonly depth: Int32Array;
  /** Index of the bracket that opened the token's innermost bracket, or −1. */
  private readonly openAt: Int32Array;

  constructor(readonly tokens: readonly Token[]) {
    const n = tokens.length;
    this.starts = new Int32Array(n);
    this.clauseStart = new Int32Array(n);
    this.depth = new Int32Array(n);
    this.openAt = new Int32Array(n).fill(-1);
    const opens: number[] = [];
    let clause = 0;
    let depth = 0;
    for (let i = 0; i < n; i++) {
      const t = tokens[i] as Token;
      this.starts[i] = t.start;
      if (t.gap.includes('\n')) {
        depth = 0;
        opens.length = 0;
        clause = i;
      }
      if (t.kind === 'punct' && (t.text === '(' || t.text === '[')) {
        depth++;
        opens.push(i);
      }
      this.depth[i] = depth;
      this.openAt[i] = opens.length ? (opens[opens.length - 1] as number) : -1;
      this.clauseStart[i] = clause;
      if (t.kind === 'punct' && (t.text === ')' || t.text === ']')) {
        depth = Math.max(0, depth - 1);
        opens.pop();
      }
      if (t.kind === 'punct' && CLAUSE_ENDS.has(t.text)) clause = i + 1;
    }
  }

  /** The last offset {@link at} looked up and its answer (no token starts at −1: the first answer holds too). */
  private lastOffset = -1;
  private lastAt: number | undefined = undefined;

  /**
   * The token that starts at `offset`, if one does (binary search: no map per token). The doubts
   * of one field ask for the same offset one after another (its first token, its number): the
   * last answer is kept (nine asks in ten, 0.5 million per MB of press).
   */
  at(offset: number): number | undefined {
    if (offset === this.lastOffset) return this.lastAt;
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    let found: number | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = starts[mid] as number;
      if (v === offset) {
        found = mid;
        break;
      }
      if (v < offset) lo = mid + 1;
      else hi = mid - 1;
    }
    this.lastOffset = offset;
    this.lastAt = found;
    return found;
  }

  /** The first token that starts at or after `offset` (binary search; the token count when none does). */
  from(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((starts[mid] as number) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  depthAt(i: number): number {
    return this.depth[i] ?? 0;
  }

  clauseOf(i: number): number {
    return this.clauseStart[i] ?? 0;
  }

  /** The bracket token that opened token `i`'s innermost bracket, or −1. */
  bracketOf(i: number): number {
    return this.openAt[i] ?? -1;
  }
}
