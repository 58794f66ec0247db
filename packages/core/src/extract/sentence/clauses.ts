import type { Item } from '../rules/context';
import type { Clause, Range } from './context';

/**
 * Splits a sentence's items at separators. Parentheses with figures make clauses of their own;
 * parentheses without figures (`(GRDP)`, `(TT&TT)`) stay inside the words around them.
 */
export function splitClauses(all: readonly Item[], joiner?: (it: Item) => boolean): Clause[] {
  const items: Item[] = [];
  for (let k = 0; k < all.length; k++) {
    const it = all[k] as Item;
    if (it.t === 'sep' && it.ch === '(') {
      let close = -1;
      for (let j = k + 1; j < all.length; j++) {
        const x = all[j] as Item;
        if (x.t === 'sep' && (x.ch === ')' || x.ch === '(')) {
          close = j;
          break;
        }
      }
      const inner = close > k ? all.slice(k + 1, close) : [];
      const closing = all[close];
      if (
        closing?.t === 'sep' &&
        closing.ch === ')' &&
        inner.every((x) => x.t === 'word' || x.t === 'number' || (x.t === 'sep' && x.ch === ','))
      ) {
        items.push({ t: 'word', from: it.from, to: it.to });
        for (const x of inner) items.push(x.t === 'sep' ? { t: 'word', from: x.from, to: x.to } : x);
        items.push({ t: 'word', from: closing.from, to: closing.to });
        k = close;
        continue;
      }
    }
    items.push(it);
  }
  const out: Clause[] = [];
  let current: Item[] = [];
  let sepBefore: string | undefined;
  const flush = (sepAfter: string | undefined): void => {
    if (current.length) {
      const first = current[0] as Item;
      const last = current[current.length - 1] as Item;
      out.push({ items: current, from: first.from, to: last.to, sepBefore, sepAfter });
    }
    current = [];
  };
  // (whether the clause being gathered holds a figure yet)
  let figureSeen = false;
  for (let k = 0; k < items.length; k++) {
    const it = items[k] as Item;
    if (it.t === 'sep') {
      flush(it.ch);
      sepBefore = it.ch;
      continue;
    }
    // `… have grown by 6.5 per cent and are expected to reach …`: a joiner right before a goal
    // marker after the clause's figures opens the goal's clause; the joiner names nothing
    if (figureSeen && items[k - 1]?.t !== 'word' && goalAfterJoiner(it, items[k + 1], joiner)) {
      flush(',');
      sepBefore = ',';
      continue;
    }
    // `1,322 waste treatment facilities including 381 incinerators`, `545 listed codes including
    // 393 stocks`, `có 120 hợp tác xã bao gồm 80 hợp tác xã nông nghiệp`: an of-which marker
    // between a clause's figure and a figure right after it opens the list of its parts as it
    // does after a comma (without one the part was read as the whole's second value, unread)
    if (figureSeen && ofWhichPart(it, items[k + 1])) {
      flush(',');
      sepBefore = ',';
    }
    figureSeen = (figureSeen && current.length > 0) || it.t === 'figure';
    current.push(it);
  }
  flush(undefined);
  return out;
}

/**
 * True when `it` is a joiner (`and`, `và`) and a goal or forecast marker follows it at once (`Exports
 * have grown by 6.5 per cent and are expected to reach about $13 bn this year`): after a clause that
 * holds a figure the joiner opens a clause of the goal's own, as after a comma — the result before it
 * is not the forecast's (round 41; the rise had been the forecast's, and the forecast an actual).
 */
function goalAfterJoiner(it: Item, next: Item | undefined, joiner: ((it: Item) => boolean) | undefined): boolean {
  if (next?.t !== 'marker' || next.kind !== 'target' || next.future) return false;
  return (it.t === 'marker' && it.kind === 'joiner') || (it.t === 'word' && joiner?.(it) === true);
}

/**
 * True when `it` is an of-which marker (`including`, `of which`, `bao gồm`, `trong đó`) and a
 * figure follows it at once; after a clause that holds a figure (the caller's test) the marker
 * opens a part of that figure (a clause of its own, as after a comma).
 */
function ofWhichPart(it: Item, next: Item | undefined): boolean {
  return it.t === 'marker' && it.kind === 'of-which' && next?.t === 'figure';
}

/**
 * The run of name words in leading items: from the first word after the last target, topic or
 * `trong đó` marker to the last word (or a number that belongs to the name, `mức độ 3`). With
 * `levelOnly`, a run after a target marker that is only a noun of a level or a focus adverb
 * (`Tăng trưởng thép sẽ đạt mức 20%`, `Doanh thu năm 2025 dự kiến sẽ đạt mức 500 tỷ đồng`: `mức`
 * stands in the object's place) names nothing: the name is the run before the marker.
 */
export function nameRange(items: readonly Item[], levelOnly?: (r: Range) => boolean): Range | undefined {
  let from: number | undefined;
  let to: number | undefined;
  // `Total social investment in 2026 is projected at …`: a target marker after the name (in the
  // verb's place) keeps the name before it when no words follow the marker.
  let beforeTarget: Range | undefined;
  // the run before the last target marker (or run of markers) for `levelOnly`
  let namedBefore: Range | undefined;
  for (const it of items) {
    if (it.t === 'word' || (it.t === 'number' && (it.why === 'qualifier' || it.why === 'identifier'))) {
      if (it.t === 'number' && it.why === 'qualifier' && from === undefined) continue;
      from ??= it.from;
      to = it.to;
    } else if (it.t === 'marker' && it.future) {
      // `GDP growth will slow to 2.1%`, `tăng trưởng sẽ chậm lại ở mức 2,1%`: a future auxiliary stands in the verb's place, inside the name's clause
      if (from !== undefined) to = it.to;
    } else if (it.t === 'marker' && (it.kind === 'target' || it.kind === 'topic' || it.kind === 'of-which')) {
      beforeTarget = it.kind === 'target' && from !== undefined && to !== undefined ? { from, to } : undefined;
      // (`dự kiến sẽ đạt mức …`: two markers in a row keep the run before the first)
      if (it.kind !== 'target' || from !== undefined) namedBefore = beforeTarget;
      from = undefined;
      to = undefined;
    }
  }
  if (from !== undefined && to !== undefined)
    return namedBefore && levelOnly?.({ from, to }) ? namedBefore : { from, to };
  return beforeTarget;
}
