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
 * same indicator never compares every pair. Two facts can only match when one key holds the
 * other's words (see `nameScore`), so a pair always shares the RAREST word of one of the two:
 * each fact is paired with the facts of its rarest word's posting list, and the work is the
 * number of such pairs (linear when names differ; the same name repeated N times is N² pairs
 * of one indicator, and only then).
 * @internal
 */
export class FactIndex {
  private readonly byWord = new Map<string, Fact[]>();
  private readonly byId = new Map<string, Fact[]>();
  private partners: Map<Fact, Set<Fact>> | undefined;
  private readonly keySets = new Map<Fact, Set<string>>();

  constructor(private readonly facts: readonly Fact[]) {
    for (const f of facts) {
      if (typeof f.key === 'string') push(this.byId, f.key, f);
      else {
        this.keySets.set(f, new Set(f.key));
        for (const w of f.key) push(this.byWord, w, f);
      }
    }
  }

  private pairs(): Map<Fact, Set<Fact>> {
    if (this.partners) return this.partners;
    const partners = new Map<Fact, Set<Fact>>();
    const add = (a: Fact, b: Fact): void => {
      const set = partners.get(a);
      if (set) set.add(b);
      else partners.set(a, new Set([b]));
    };
    for (const f of this.facts) {
      if (typeof f.key === 'string' || f.key.length === 0) continue;
      let rarest: Fact[] | undefined;
      for (const w of f.key) {
        const list = this.byWord.get(w);
        if (list && (!rarest || list.length < rarest.length)) rarest = list;
      }
      for (const c of rarest ?? []) {
        if (c === f) continue;
        add(f, c);
        add(c, f);
      }
    }
    this.partners = partners;
    return partners;
  }

  /** Every fact that is the same indicator as `fact` and passes `keep`, with its score (higher is closer). */
  matches(fact: Fact, keep: (c: Fact) => boolean): { fact: Fact; score: number }[] {
    const out: { fact: Fact; score: number }[] = [];
    if (typeof fact.key === 'string') {
      for (const c of this.byId.get(fact.key) ?? []) if (c !== fact && keep(c)) out.push({ fact: c, score: 1000 });
      return out;
    }
    for (const c of this.pairs().get(fact) ?? []) {
      if (typeof c.key === 'string' || !keep(c) || !unitsAgree(fact, c)) continue;
      const words = this.keySets.get(c);
      let shared = 0;
      for (const w of fact.key) if (words?.has(w)) shared++;
      const score = scoreFromCounts(shared, fact.key.length, c.key.length);
      if (score >= 0) out.push({ fact: c, score });
    }
    return out;
  }

  /**
   * The one fact that is the same indicator as `fact` and passes `keep`, or undefined when none
   * is, or when two fit equally well (never a guess).
   */
  findSame(fact: Fact, keep: (c: Fact) => boolean): Fact | undefined {
    let best: Fact | undefined;
    let bestScore = -1;
    let tie = false;
    for (const { fact: c, score } of this.matches(fact, keep)) {
      if (score > bestScore) {
        best = c;
        bestScore = score;
        tie = false;
      } else if (score === bestScore && c !== best) tie = true;
    }
    return tie ? undefined : best;
  }
}

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
