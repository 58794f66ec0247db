import { findUnit } from '../../model/units';
import { fold } from '../fold';
import { matchAt } from '../phrase';
import type { Draft } from '../place/context';
import type { Extracted, ExtractedChange } from '../types';
import type { SentenceContext, SentenceState } from './context';
import { tokenAt } from './token-at';

/** How many words of the noun after a measure word are compared (`về số lượng [dự án]`). */
const NOUN_WORDS = 4;

/** The first token at or after the change's end, by binary search (linear overall). */
function tokenAfter(a: SentenceContext, c: Extracted<ExtractedChange>): number {
  let k = 0;
  let hi = a.tokens.length;
  while (k < hi) {
    const mid = (k + hi) >>> 1;
    if ((a.tokens[mid] as { start: number }).start < c.span.end) k = mid + 1;
    else hi = mid;
  }
  return k;
}

/**
 * True when the change is followed by a count measure with no noun of its own (`tăng 18,3% về số
 * lượng, tăng 224,2% về vốn`: grammar `countMeasures`): it measures the sentence's count.
 */
export function bareCountMeasure(a: SentenceContext, c: Extracted<ExtractedChange>): boolean {
  if (!a.g.countMeasures) return false;
  const measure = matchAt(a.tokens, tokenAfter(a, c), a.g.countMeasures);
  if (!measure) return false;
  // (`tăng 12% về số lượng và tăng 8,5% về vốn`: a joiner ends it as a comma does)
  return a.tokens[measure.to]?.kind !== 'word' || matchAt(a.tokens, measure.to, a.g.joiners) !== null;
}

/** The folded noun after a measure word that follows the change (`tăng 41,97% về số lượng dự án` → `du an`). */
export function measureNoun(a: SentenceContext, c: Extracted<ExtractedChange>): string | undefined {
  const k = tokenAfter(a, c);
  const measure = matchAt(a.tokens, k, a.g.measureWords);
  if (!measure) return undefined;
  const words: string[] = [];
  for (let i = measure.to; i < a.tokens.length && words.length < NOUN_WORDS; i++) {
    const t = a.tokens[i];
    if (t?.kind !== 'word' || matchAt(a.tokens, i, a.g.joiners)) break;
    words.push(t.forms.fold);
  }
  return words.length ? words.join(' ') : undefined;
}

/** The folded unit noun of a statement's value (`115 dự án` → `du an`). */
const unitNoun = (d: Draft): string | undefined => (d.value?.value.unit ? fold(d.value.value.unit) : undefined);

/**
 * The folded name of a statement without its count word (`số vốn đăng ký` → `von dang ky`, `tổng
 * số lao động` → `lao dong`), for grammars with `measureNameLeads`; undefined otherwise.
 */
function nameNoun(a: SentenceContext, d: Draft): string | undefined {
  const leads = a.g.measureNameLeads;
  if (!leads || !d.name) return undefined;
  let k = tokenAt(a.tokens, d.name.span.start);
  const end = tokenAt(a.tokens, d.name.span.end);
  const lead = matchAt(a.tokens, k, leads, end);
  if (!lead) return undefined;
  k = lead.to;
  const words: string[] = [];
  for (; k < end; k++) {
    const t = a.tokens[k];
    if (t?.kind !== 'word') return undefined;
    words.push(t.forms.fold);
  }
  return words.length ? words.join(' ') : undefined;
}

/** The owner whose key is the longest run of the measure noun's first words (at most {@link NOUN_WORDS} lookups). */
function ownerOf(owners: ReadonlyMap<string, Draft>, noun: string): Draft | undefined {
  const words = noun.split(' ');
  for (let n = words.length; n > 0; n--) {
    const owner = owners.get(words.slice(0, n).join(' '));
    if (owner) return owner;
  }
  return undefined;
}

/**
 * `… đã cấp mới cho 115 dự án, …, tổng vốn … là 39.300 tỷ đồng, tăng 41,97% về số lượng dự án`:
 * a change whose measure names the counted noun of an earlier statement of the sentence is that
 * statement's change (and certain: its measure is that statement's own). With the grammar's
 * `measureNameLeads`, a statement is also known by its name without its count word: `có 14.100
 * doanh nghiệp … với số vốn đăng ký là 113.500 tỷ đồng và số lao động đăng ký 104.400 lao động, tăng
 * 64,3% về số doanh nghiệp, tăng 68,7% về vốn đăng ký …` gives 68,7% to the capital.
 */
export function ownMeasures(a: SentenceContext, st: SentenceState): void {
  const drafts = a.sentenceDrafts(st.span);
  if (drafts.length < 2) return;
  // The first earlier statement without a change, per counted noun (linear: one map).
  const owners = new Map<string, Draft>();
  // The first earlier count without a change (`có 149 doanh nghiệp …, tăng 18,3% về số lượng`).
  let count: Draft | undefined;
  for (let n = 0; n < drafts.length; n++) {
    const d = drafts[n] as Draft;
    for (const c of [...d.changes]) {
      const noun = n > 0 ? measureNoun(a, c) : undefined;
      const counted = n > 0 && noun === undefined && count !== undefined && bareCountMeasure(a, c);
      if (!counted && (!noun || noun === unitNoun(d))) continue;
      const owner = counted
        ? count
        : noun !== undefined
          ? (owners.get(noun) ?? (a.g.measureNameLeads ? ownerOf(owners, noun) : undefined))
          : undefined;
      if (!owner || owner === d || owner.changes.length) continue;
      d.changes.splice(d.changes.indexOf(c), 1);
      owner.changes.push({ ...c, rule: `${c.rule}+measure-owner` });
      const year = d.sameIn.get(c);
      if (year !== undefined) {
        d.sameIn.delete(c);
        owner.sameIn.set(owner.changes[owner.changes.length - 1] as Extracted<ExtractedChange>, year);
      }
    }
    if (d.changes.length) continue;
    if (count === undefined && isCount(d)) count = d;
    // (`… với số vốn đăng ký là 113.500 tỷ đồng …, tăng 68,7% về vốn đăng ký`: also by its name,
    // and by the first words of its name: `tăng 224,2% về vốn` measures `số vốn đăng ký`)
    for (const noun of [unitNoun(d), nameNoun(a, d)]) if (noun !== undefined && !owners.has(noun)) owners.set(noun, d);
    const named = nameNoun(a, d)?.split(' ');
    for (let w = (named?.length ?? 0) - 1; named && w > 0; w--) {
      const head = named.slice(0, w).join(' ');
      if (!owners.has(head)) owners.set(head, d);
    }
  }
}

/** True when the statement's value is a count: no money, no percentage (`149 doanh nghiệp`, `115 dự án`). */
function isCount(d: Draft): boolean {
  const q = d.value?.value;
  if (!q || q.unitCode === 'percent') return false;
  return q.unitCode === undefined || findUnit(q.unitCode)?.kind !== 'currency';
}
