import type { Item } from '../rules/context';
import type { Clause, Range } from './context';

/**
 * Splits a sentence's items at separators. Parentheses with figures make clauses of their own;
 * parentheses without figures (`(GRDP)`, `(TT&TT)`) stay inside the words around them.
 */
export function splitClauses(all: readonly Item[]): Clause[] {
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
  for (const it of items) {
    if (it.t === 'sep') {
      flush(it.ch);
      sepBefore = it.ch;
      continue;
    }
    current.push(it);
  }
  flush(undefined);
  return out;
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
