import { findUnit } from '../../model/units';
import { fold } from '../fold';
import { matchAt, phraseEndingAt } from '../phrase';
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
  // (`giảm 80,9% về tổng số vốn nhưng tăng 45,2% về số dự án`: past a count word of the grammar's
  // `measureNameLeads`, as a statement's name is read, and up to a change verb; round 55)
  const lead = a.g.measureNameLeads ? matchAt(a.tokens, measure.to, a.g.measureNameLeads) : null;
  for (
    let i = lead && a.tokens[lead.to]?.kind === 'word' ? lead.to : measure.to;
    i < a.tokens.length && words.length < NOUN_WORDS;
    i++
  ) {
    const t = a.tokens[i];
    if (t?.kind !== 'word' || matchAt(a.tokens, i, a.g.joiners) || matchAt(a.tokens, i, a.g.changeVerbs)) break;
    words.push(t.forms.fold);
  }
  return words.length ? words.join(' ') : undefined;
}

/**
 * The folded unit noun of a statement's value (`115 dự án` → `du an`); a compound unit's dot reads as
 * a space (`169 triệu người.km` → `nguoi km`, as `tăng 15,92% về người km` names it), so its first
 * word alone (`người`) does not name the count of people before it.
 */
const unitNoun = (d: Draft): string | undefined =>
  d.value?.value.unit ? fold(d.value.value.unit).replaceAll('.', ' ') : undefined;

/**
 * The folded name of a statement without its count word (`số vốn đăng ký` → `von dang ky`, `tổng
 * số lao động` → `lao dong`; `vốn đăng ký` as it is), for grammars with `measureNameLeads`; undefined
 * otherwise.
 */
function nameNoun(a: SentenceContext, d: Draft): string | undefined {
  const leads = a.g.measureNameLeads;
  if (!leads || !d.name) return undefined;
  let k = tokenAt(a.tokens, d.name.span.start);
  const end = tokenAt(a.tokens, d.name.span.end);
  const lead = matchAt(a.tokens, k, leads, end);
  // (`Vốn đăng ký đạt 512 triệu USD với 95 dự án, giảm 20,4% về tổng số vốn`: a name with no count word
  // is its own noun; round 55)
  if (lead) k = lead.to;
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

/** The folded words of tokens `from` … `to` (exclusive), or undefined when one is no word. */
export function foldedWords(a: SentenceContext, from: number, to: number): string[] | undefined {
  const words: string[] = [];
  for (let i = from; i < to; i++) {
    const t = a.tokens[i];
    if (t?.kind !== 'word') return undefined;
    words.push(t.forms.fold);
  }
  return words;
}

/**
 * The folded counted noun a change names without a measure word (at most {@link NOUN_WORDS}
 * words): right after its percentage, past a count word of the grammar's `measureNameLeads`
 * (`tăng 11% số vụ`, `gần 30% số người tử vong`, `15,7% đảng viên`); or, for a change alone in a
 * bracket, the noun of the absolute change before the bracket (`giảm 4 vụ (44,44%)`, `giảm 2
 * người chết (giảm 33,33%)`, `tăng 1 vụ (tăng 100%)`).
 */
export function countedNounOf(
  a: SentenceContext,
  c: Extracted<ExtractedChange>,
): { noun: string[]; explicit: boolean } | undefined {
  const noun = countedNounAt(a, c);
  return noun && noun.words.length > 0 ? { noun: noun.words, explicit: noun.explicit } : undefined;
}

/** {@link countedNounOf}'s reading; `explicit` when a count word or an absolute change names the noun. */
function countedNounAt(
  a: SentenceContext,
  c: Extracted<ExtractedChange>,
): { words: string[]; explicit: boolean } | undefined {
  const named = (words: string[] | undefined, explicit: boolean) => (words ? { words, explicit } : undefined);
  const t = a.tokens;
  const k = tokenAfter(a, c);
  const s = tokenAt(t, c.span.start);
  // `giảm 4 vụ (44,44%)` read as one change: its verb, number and noun open its own span
  const verb = matchAt(t, s, a.g.changeVerbs, k);
  if (verb && t[verb.to]?.kind === 'number' && isPunct(t[k - 1], ')')) {
    let open = verb.to + 1;
    while (open < k && open - verb.to <= NOUN_WORDS && t[open]?.kind === 'word') open++;
    return open > verb.to + 1 && isPunct(t[open], '(') ? named(foldedWords(a, verb.to + 1, open), true) : undefined;
  }
  if (isPunct(t[s - 1], '(') && isPunct(t[k], ')')) {
    // `giảm 2 người chết (giảm 33,33%)`: change verb, number, noun, then the bracket
    let n = s - 2;
    while (n >= 0 && s - 1 - n <= NOUN_WORDS && t[n]?.kind === 'word') n--;
    if (n === s - 2 || t[n]?.kind !== 'number') return undefined;
    return phraseEndingAt(t, n, a.g.changeVerbs) >= 0 ? named(foldedWords(a, n + 1, s - 1), true) : undefined;
  }
  if (t[k]?.kind !== 'word') return undefined;
  const lead = a.g.measureNameLeads ? matchAt(t, k, a.g.measureNameLeads) : null;
  const from = lead ? lead.to : k;
  let to = from;
  while (to < t.length && to - from < NOUN_WORDS && t[to]?.kind === 'word' && !matchAt(t, to, a.g.joiners)) to++;
  return to > from ? named(foldedWords(a, from, to), lead !== null) : undefined;
}

const isPunct = (t: { kind: string; text: string } | undefined, text: string): boolean =>
  t?.kind === 'punct' && t.text === text;

/**
 * The keys a count is known by for {@link countedNounOf}: its unit noun (`người`), and that noun
 * followed by the last words of its name (`làm chết 4 người` → `người chết`, `người làm chết`; `bị
 * thương 2 người` → `người bị thương`): a report names the deaths and the injured by the same unit.
 */
function countKeys(a: SentenceContext, d: Draft): string[] {
  const unit = unitNoun(d);
  if (unit === undefined || !isCount(d)) return [];
  const keys = [unit];
  if (!d.name) return keys;
  const from = tokenAt(a.tokens, d.name.span.start);
  const to = tokenAt(a.tokens, d.name.span.end);
  const name = foldedWords(a, Math.max(from, to - NOUN_WORDS), to);
  for (let w = name ? name.length - 1 : -1; name && w >= 0; w--) keys.push(`${unit} ${name.slice(w).join(' ')}`);
  return keys;
}

/** How many counts of one noun the owner of a change is looked for among. */
const OWNER_SCAN = 64;

/**
 * The one count without a change (or the change's own statement `self`) that the noun names: the
 * longest run of its first words that is a key of exactly one count (two counts of people under
 * `người` name neither).
 */
function countOwnerOf(owners: ReadonlyMap<string, Draft[]>, noun: readonly string[], self: Draft): Draft | undefined {
  for (let n = noun.length; n > 0; n--) {
    const list = owners.get(noun.slice(0, n).join(' '));
    // (a noun that more than {@link OWNER_SCAN} counts share names none of them: bounded work per change —
    // 32 000 amounts in one unit sign with no code, `RO 7.2 billion`, had been quadratic; round 61)
    if (list && list.length > OWNER_SCAN) return undefined;
    const found = list?.filter((d) => d === self || d.changes.length === 0);
    if (found && found.length > 0) return found.length === 1 ? found[0] : undefined;
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
  // Earlier counts by their unit noun and the words of their name after it (`người chết`): a change
  // that names its counted noun without a measure word (`tăng 11% số vụ`, `giảm 4 vụ (44,44%)`).
  const counts = new Map<string, Draft[]>();
  for (let n = 0; n < drafts.length; n++) {
    const d = drafts[n] as Draft;
    const earlier = counts.size > 0;
    for (const key of countKeys(a, d)) {
      const list = counts.get(key);
      if (list) list.push(d);
      else counts.set(key, [d]);
    }
    for (const c of [...d.changes]) {
      const noun = n > 0 ? measureNoun(a, c) : undefined;
      const counted = n > 0 && noun === undefined && count !== undefined && bareCountMeasure(a, c);
      const named = n > 0 && noun === undefined && !counted && earlier ? countedNounOf(a, c) : undefined;
      const found = named !== undefined ? countOwnerOf(counts, named.noun, d) : undefined;
      // (the change's own statement, or no single count, keeps it)
      const namedOwner = found !== d ? found : undefined;
      // `…, làm chết 4 người, bị thương 2 người, tăng 10% số người`, `…, tăng 5% số hợp tác xã`: a
      // change that names a counted noun two counts share, or no count of the sentence has nor the
      // statement's name, measures another count than its statement's: kept, doubted (`other-measure`)
      if (named?.explicit && found === undefined && !inName(a, d, named.noun)) {
        d.changes[d.changes.indexOf(c)] = { ...c, rule: `${c.rule}+named-other-count` };
        continue;
      }
      if (!counted && !namedOwner && (!noun || noun === unitNoun(d))) continue;
      const owner = counted
        ? count
        : noun !== undefined
          ? (owners.get(noun) ?? (a.g.measureNameLeads ? ownerOf(owners, noun) : undefined))
          : namedOwner;
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

/** True when the first word of `noun` is a word of the statement's name (`tăng 5% số vốn` of `vốn đăng ký`). */
function inName(a: SentenceContext, d: Draft, noun: readonly string[]): boolean {
  if (!d.name || noun.length === 0) return false;
  const words = foldedWords(a, tokenAt(a.tokens, d.name.span.start), tokenAt(a.tokens, d.name.span.end));
  return words?.includes(noun[0] as string) === true;
}

/** True when the statement's value is a count: no money, no percentage (`149 doanh nghiệp`, `115 dự án`). */
function isCount(d: Draft): boolean {
  const q = d.value?.value;
  if (!q || q.unitCode === 'percent') return false;
  return q.unitCode === undefined || findUnit(q.unitCode)?.kind !== 'currency';
}
