import { findUnit } from '../../model/units';
import { matchPeriod } from '../period-phrase';
import { phraseEndingAt } from '../phrase';
import { readQuantity } from '../quantity';
import { type Cursor, isNum, isP, m } from './context';

/** A whole number as Vietnamese prints a count (`1.083`, `114`): thousands after points, no decimal comma. */
const WHOLE_COUNT_VI = /^(?:\d{1,3}(?:\.\d{3})+|\d+)$/u;

/** A year (`2023`), never a count of a list. */
const YEAR = /^(1[89]|20)\d\d$/u;

/** How many tokens back the item before a joiner may hold its count (`94 Dự thảo báo cáo kiểm toán được xét duyệt và 61 …`). */
const ITEM_TOKENS = 12;

/** How many items back a list's count verb may stand (`có 127 …, 114 … và 93 …`). */
const ITEM_DEPTH = 6;

/** How many words of a bound (`hơn`, `trên`, `gần`) may stand between a count verb and its count. */
const BOUND_WORDS = 2;

/**
 * True when the whole number at `k` counts the noun right after it: a word apart from it that is no
 * period, time or percent word (`114 đoàn kiểm toán`, not `6 tháng`, `5 %`).
 */
export function countsNounAt(c: Cursor, k: number): boolean {
  const n = c.tokens[k];
  if (!isNum(n) || !WHOLE_COUNT_VI.test(n.text) || YEAR.test(n.text)) return false;
  const noun = c.tokens[k + 1];
  if (noun?.kind !== 'word' || noun.gap === '' || k + 1 >= c.limit) return false;
  return !m(c, k + 1, c.g.periodCountNouns) && !m(c, k + 1, c.g.timeWords) && !m(c, k + 1, c.g.percentWords);
}

/**
 * Where a list joiner (`và`, `cùng`, grammar `countListJoiners`), a comma or a semicolon that ends
 * right before `k` starts, or −1 (`395 đơn nhãn hiệu; 12 đơn kiểu dáng`: a breakdown's items apart by
 * semicolons, round 30).
 */
function joinerBefore(c: Cursor, k: number): number {
  if (isP(c.tokens[k - 1], ',', ';')) return k - 1;
  return phraseEndingAt(c.tokens, k, c.g.countListJoiners ?? [], 2);
}

/** True when the count at `k` is a counted noun's (a unit without a code, or of kind count: `26 vụ việc`). */
function countedUnitAt(c: Cursor, k: number): boolean {
  const q = readQuantity(c.text, c.tokens, k, c.g, c.limit)?.quantity;
  if (q?.scale !== 0 || q.unit === undefined) return false;
  return q.unitCode === undefined || findUnit(q.unitCode)?.kind === 'count';
}

/** How many words a beneficiary between a count verb and its count may hold (`cho đoàn thể thao Việt Nam`). */
const BENEFICIARY_WORDS = 5;

/**
 * `mang về cho đoàn Việt Nam 76 huy chương Bạc`, `trao cho các em học sinh 200 suất học bổng`,
 * `cấp cho hộ nghèo hơn 1.000 thẻ bảo hiểm y tế`: after a count verb, a beneficiary's preposition
 * (grammar `beneficiaryLeads`) and one to {@link BENEFICIARY_WORDS} plain words (no number, no
 * punctuation, no period) before a number or a bound — where the count starts (the token after the
 * beneficiary), or undefined. `cho 500 hộ` (the count is the beneficiary's) is not read here.
 * Constant time. Round 30.
 */
export function beneficiaryEnd(c: Cursor, k: number): number | undefined {
  const lead = c.g.beneficiaryLeads ? m(c, k, c.g.beneficiaryLeads) : null;
  if (!lead) return undefined;
  for (let j = lead.to; j < c.limit && j - lead.to <= BENEFICIARY_WORDS; j++) {
    if (j > lead.to && (isNum(c.tokens[j]) || m(c, j, c.g.approximate))) return j;
    if (c.tokens[j]?.kind !== 'word' || matchPeriod(c.tokens, j, c.g.locale)) return undefined;
  }
  return undefined;
}

/**
 * True when the count at `k` opens an item of a list of counts: a count verb ends right before it
 * (a bound between: `có hơn 127 kế hoạch`), it counts a counted noun (`26 vụ việc`), or it is itself
 * the next item of such a list (at most `depth` items back).
 */
function itemCountAt(c: Cursor, k: number, depth: number): boolean {
  for (let b = 0, at = k; b <= BOUND_WORDS && at > 0; b++) {
    if (phraseEndingAt(c.tokens, at, c.g.countVerbs, 4) >= 0) return true;
    // (`61 trạm bơm với 324 tổ máy và 50 cống`, `là 5 xã và 3 phường`: a value verb's count heads the
    // list as a count verb's does; round 31)
    if (phraseEndingAt(c.tokens, at, c.g.valueVerbs, 2) >= 0) return true;
    // (`mang về cho đoàn Việt Nam 76 huy chương Bạc và 74 …`: a count verb and its beneficiary)
    for (let lead = at - 2; lead > 0 && lead >= at - 2 - BENEFICIARY_WORDS; lead--) {
      if (beneficiaryEnd(c, lead) === at && phraseEndingAt(c.tokens, lead, c.g.countVerbs, 4) >= 0) return true;
    }
    // (`bao gồm 325.345 đơn …`, `trong đó có: 395 đơn …`, `trong đó, 47 phiên …`: the first part of a
    // breakdown after an of-which marker, its count verb, a comma or a colon; round 30)
    if (ofWhichBefore(c, at)) return true;
    // (`có hơn 127`, `có trên 1.000`: a bound word between the verb and the count)
    const bound = phraseEndingAt(c.tokens, at, c.g.approximate, 2);
    if (bound < 0) break;
    at = bound;
  }
  if (countedUnitAt(c, k)) return true;
  return depth > 0 && listItemAt(c, k, depth - 1);
}

/**
 * `đã có 127 kế hoạch kiểm toán được xét duyệt, 114 đoàn kiểm toán được triển khai và 93 cuộc
 * kiểm toán đã kết thúc`, `26 vụ việc cùng 15 cá nhân đã được chuyển cơ quan điều tra`, `xử lý
 * hành chính 381 tập thể và 1.083 cá nhân`: a bare whole count (no year) right after a list joiner
 * (`và`, `cùng`, a comma) whose item before it opens with a count of its own noun — after a count
 * verb, of a counted noun, or the item of such a list — is the next item of that list of counts,
 * sharing the verb of the first. The item before holds no `.`, `;`, `:`, bracket or other comma
 * between its count and the joiner (`tăng 5% và 3 doanh nghiệp …`: its number is a percentage, no
 * count of a noun). A count whose noun is a period or a percentage (`và 6 tháng`) is none.
 * Vietnamese (English: `listCountAt` in `value.ts`). Bounded: at most {@link ITEM_DEPTH} items of
 * {@link ITEM_TOKENS} tokens back.
 */
export function viListCountAt(c: Cursor, k: number): boolean {
  if (c.g.locale !== 'vi' || !countsNounAt(c, k)) return false;
  return listItemAt(c, k, ITEM_DEPTH);
}

/**
 * True when an of-which marker (grammar `ofWhich`: `trong đó`, `bao gồm`) ends right before `k`,
 * or a comma, a colon or a count verb of its own (`trong đó có:`) stand between them.
 */
export function ofWhichBefore(c: Cursor, k: number): boolean {
  let at = k;
  if (isP(c.tokens[at - 1], ',', ':')) at--;
  if (phraseEndingAt(c.tokens, at, c.g.ofWhich, 3) >= 0) return true;
  // (`trong đó có: 395 đơn`: the marker, a count verb, the colon)
  if (at === k) return false;
  const verb = phraseEndingAt(c.tokens, at, c.g.countVerbs, 3);
  return verb > 0 && phraseEndingAt(c.tokens, verb, c.g.ofWhich, 3) >= 0;
}

/** How many tokens a bracket inside an item may hold (`(chiếm 92,87%)`, `(với 3.673 chi bộ trực thuộc)`). */
const BRACKET_TOKENS = 8;

/** The `(` of the bracket that closes at `j`, within {@link BRACKET_TOKENS} and holding no other bracket or `;`, or −1. */
function bracketOpen(c: Cursor, j: number): number {
  for (let s = j - 1; s >= 0 && j - s <= BRACKET_TOKENS + 1; s--) {
    const t = c.tokens[s];
    if (isP(t, ')', ';')) return -1;
    if (isP(t, '(')) return s;
  }
  return -1;
}

/**
 * The list step of {@link viListCountAt}: the item before the joiner before `k` opens with a count.
 * A bracket that closes the item before (`16.083 đơn kiểu dáng công nghiệp (chiếm 4,6%), 5.725 đơn …`)
 * is an aside of that item, passed over (round 30).
 */
function listItemAt(c: Cursor, k: number, depth: number): boolean {
  // (`họ có 10 triệu khách hàng, hơn 10.000 đối tác …, hơn 20.000 điểm …`: a bound of the item's own
  // between the joiner and its count; round 31)
  let start = k;
  for (let from = k - 1; from >= 0 && from >= k - BOUND_WORDS; from--)
    if (m(c, from, c.g.approximate)?.to === k) start = from;
  const joiner = joinerBefore(c, start);
  if (joiner < 1) return false;
  let end = joiner - 1;
  if (isP(c.tokens[end], ')')) end = bracketOpen(c, end) - 1;
  const last = c.tokens[end];
  if (end < 1 || last?.kind !== 'word') return false;
  for (let j = end; j >= 0 && j >= end - ITEM_TOKENS; j--) {
    const t = c.tokens[j];
    if (
      t?.kind === 'punct' &&
      (t.text === '.' || t.text === ';' || t.text === ':' || t.text === ',' || t.text === '(' || t.text === ')')
    )
      return false;
    if (isNum(t)) return countsNounAt(c, j) && itemCountAt(c, j, depth);
  }
  return false;
}
