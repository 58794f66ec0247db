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
 * {@link nameScore} from the counts alone: `shared` words of keys of lengths `a` and `b`.
 * Same rule, no second look at the words.
 */
function scoreFromCounts(shared: number, a: number, b: number): number {
  const union = a + b - shared;
  const smaller = Math.min(a, b);
  if (shared === 0) return -1;
  if (shared === smaller && smaller >= 2) return shared + shared - union + 100;
  if (shared >= 2 && union - shared <= 1) return shared + shared - union;
  if (a === b && shared === a) return 100 + shared;
  return -1;
}

/**
 * Facts indexed by the words of their name keys (and by id for dataset facts), so finding the
 * same indicator never compares every pair. Work is done on DISTINCT names: two names can only
 * match when one holds the other's words (see `nameScore`), so a matching pair always shares
 * the rarest word of one of the two; each name is paired with the names of its rarest word's
 * list. A name repeated N times (a long report restating its indicators) is one name with N
 * facts, and a lookup stops at the second fact that fits equally well (a tie, never a guess).
 * @internal
 */
export class FactIndex {
  private readonly byId = new Map<string, Fact[]>();
  /** Facts of each distinct name key, in order. */
  private readonly byName = new Map<string, Fact[]>();
  private readonly words = new Map<string, readonly string[]>();
  private partners: Map<string, { name: string; score: number }[]> | undefined;

  constructor(facts: readonly Fact[]) {
    for (const f of facts) {
      if (typeof f.key === 'string') push(this.byId, f.key, f);
      else {
        const name = nameOf(f.key);
        if (!this.words.has(name)) this.words.set(name, f.key);
        push(this.byName, name, f);
      }
    }
  }

  /** Every other name that can be the same indicator, with its score, best first. */
  private pairs(): Map<string, { name: string; score: number }[]> {
    if (this.partners) return this.partners;
    const byWord = new Map<string, string[]>();
    for (const [name, key] of this.words) for (const w of new Set(key)) push(byWord, w, name);
    const found = new Map<string, Map<string, number>>();
    const add = (a: string, b: string, score: number): void => {
      const m = found.get(a) ?? new Map<string, number>();
      m.set(b, score);
      found.set(a, m);
    };
    for (const [name, key] of this.words) {
      let rarest: string[] | undefined;
      for (const w of key) {
        const list = byWord.get(w);
        if (list && (!rarest || list.length < rarest.length)) rarest = list;
      }
      const own = new Set(key);
      for (const other of rarest ?? []) {
        if (other === name) continue;
        const otherKey = this.words.get(other) ?? [];
        let shared = 0;
        for (const w of otherKey) if (own.has(w)) shared++;
        const score = scoreFromCounts(shared, key.length, otherKey.length);
        if (score < 0) continue;
        add(name, other, score);
        add(other, name, score);
      }
    }
    this.partners = new Map(
      [...found].map(([name, m]) => [
        name,
        [...m].map(([n, score]) => ({ name: n, score })).sort((x, y) => y.score - x.score),
      ]),
    );
    return this.partners;
  }

  /** Candidate names for a fact, best first: its own name, then the names it can match. */
  private candidates(fact: Fact): { name: string; score: number }[] {
    if (typeof fact.key === 'string') return [];
    const own = nameOf(fact.key);
    const identical = scoreFromCounts(fact.key.length, fact.key.length, fact.key.length);
    return [...(identical >= 0 ? [{ name: own, score: identical }] : []), ...(this.pairs().get(own) ?? [])];
  }

  /** Every fact that is the same indicator as `fact` and passes `keep`, with its score (higher is closer). */
  matches(fact: Fact, keep: (c: Fact) => boolean): { fact: Fact; score: number }[] {
    const out: { fact: Fact; score: number }[] = [];
    if (typeof fact.key === 'string') {
      for (const c of this.byId.get(fact.key) ?? []) if (c !== fact && keep(c)) out.push({ fact: c, score: 1000 });
      return out;
    }
    for (const { name, score } of this.candidates(fact))
      for (const c of this.byName.get(name) ?? [])
        if (c !== fact && keep(c) && unitsAgree(fact, c)) out.push({ fact: c, score });
    return out;
  }

  /**
   * The one fact that is the same indicator as `fact` and passes `keep`, or undefined when none
   * is, or when two fit equally well (never a guess). Stops at the best score that has a fact.
   */
  findSame(fact: Fact, keep: (c: Fact) => boolean): Fact | undefined {
    if (typeof fact.key === 'string') {
      let found: Fact | undefined;
      for (const c of this.byId.get(fact.key) ?? []) {
        if (c === fact || !keep(c)) continue;
        if (found) return undefined;
        found = c;
      }
      return found;
    }
    let found: Fact | undefined;
    let foundScore = -1;
    for (const { name, score } of this.candidates(fact)) {
      if (found && score < foundScore) break;
      for (const c of this.byName.get(name) ?? []) {
        if (c === fact || !keep(c) || !unitsAgree(fact, c)) continue;
        if (found) return undefined;
        found = c;
        foundScore = score;
      }
    }
    return found;
  }
}

/** A name key as one string (its words in order). */
const nameOf = (key: readonly string[]): string => key.join('\u0000');

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The one fact among `candidates` that is the same indicator as `fact`, or undefined when none
 * is, or when two fit equally well (never a guess). For a few candidates; checks use
 * {@link FactIndex}.
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
