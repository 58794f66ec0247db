import { wordForms } from './fold';
import type { Grammar } from './grammar';
import { matchAt } from './phrase';
import type { Token } from './tokenize';

/**
 * `fell by eight percent`, `a fall of nine per cent`, `five million tonnes`, `twenty-five percent`:
 * a cardinal written in words (grammar `spelledNumbers`; a tens and a unit word together: `sixty two`) right before a percent word, a scale
 * word or a point word of two words or more (`nine percentage points`) is that number — its token
 * becomes a number token (its text the digits, its offsets the words'), so every figure rule reads
 * it as it reads `8 percent`. Only there: a count in words (`two enterprises`, `one of the largest`)
 * and a number after `the` (`the one billion USD club`) stay words. Linear: one map look per word, a phrase look only after a cardinal.
 */
export function spelledNumbers(tokens: Token[], g: Grammar): Token[] {
  const cardinals = g.spelledNumbers;
  if (!cardinals || cardinals.size === 0) return tokens;
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const value = t.kind === 'word' ? (cardinals.get(t.forms.lower) ?? beforeScale(tokens, i, g)) : undefined;
    const read =
      value === undefined || titledName(tokens, i)
        ? null
        : (compoundAt(tokens, i, g) ?? cardinalAt(tokens, i, value, g));
    if (!read) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, i);
    const text = read.n;
    out.push({
      kind: 'number',
      text,
      start: t.start,
      end: (tokens[read.last] as Token).end,
      forms: wordForms(text),
      gap: t.gap,
    });
    i = read.last;
  }
  return out ?? tokens;
}

/**
 * `under Ten Billion Tree Tsunami Plantation project`: a cardinal written with a capital after a word
 * in lower case, before another word with a capital, is a word of a name (a headline in capitals,
 * `Vietnam Targets One Million Social Housing Units`, keeps its number), no number (round 62: it had been
 * a certain 10 billion, bounded by `under`). Constant time.
 */
function titledName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const before = tokens[i - 1];
  const next = tokens[i + 1];
  return (
    /^\p{Lu}/u.test(t.text) &&
    before?.kind === 'word' &&
    /^\p{Ll}/u.test(before.text) &&
    next?.kind === 'word' &&
    next.gap !== '' &&
    /^\p{Lu}/u.test(next.text)
  );
}

/**
 * The digits of a cardinal of grammar `spelledBeforeScale` at word `i` when a scale word follows it
 * and a number follows that (`năm triệu 900 ngàn`), else undefined. Constant time.
 */
function beforeScale(tokens: readonly Token[], i: number, g: Grammar): string | undefined {
  const n = g.spelledBeforeScale?.get((tokens[i] as Token).forms.lower);
  const scale = n === undefined ? null : matchAt(tokens, i + 1, g.scales);
  return scale && tokens[scale.to]?.kind === 'number' ? n : undefined;
}

/** The cardinal at word `i` (digits `n`) when a percent or scale word follows it: its digits and last token. */
function cardinalAt(tokens: readonly Token[], i: number, n: string, g: Grammar): { n: string; last: number } | null {
  const before = tokens[i - 1];
  // (`the one billion USD club` stays words; `The three per cent growth in exports` is a rate: after
  // the article only a percent word makes the cardinal a number; round 57)
  const article = before?.kind === 'word' && g.definiteArticles.has(before.forms.fold);
  // (`Mười ba tỷ, năm trăm linh ba triệu đồng`: a part of a bigger number in words is not read alone)
  if (partOfWords(before, g)) return null;
  if (before?.text === '-' && before.gap === '') return null;
  // `twenty-five`, `sixty two`: a tens word, a glued hyphen or a space, and a unit word are one
  // number (the unit's digit takes the place of the tens' zero)
  let last = i;
  const tens = /^[2-9]0$/u.test(n) ? belowHundredAt(tokens, i, g) : null;
  if (tens && tens.next > i + 1) {
    n = String(tens.n);
    last = tens.next - 1;
  }
  const next = tokens[last + 1];
  if (!next || next.gap === '') return null;
  // (`một tỷ lệ`, `ba tỷ trọng`: a scale word that opens a compound noun, grammar `scaleCompounds`, is that noun)
  const scale = matchAt(tokens, last + 1, g.scales);
  const compound = scale && g.scaleCompounds ? matchAt(tokens, last + 1, g.scaleCompounds) : null;
  if (scale && partOfWords(tokens[scale.to], g)) return null;
  if (matchAt(tokens, last + 1, g.percentWords)) return { n, last };
  if (article) return null;
  if (scale && !(compound && compound.to > scale.to)) return { n, last };
  // `almost nine percentage points higher`, `four pct pts`: a point word of two words or more is
  // percentage points; a one-word `points` after a cardinal stays words (`scored nine points`)
  const points = matchAt(tokens, last + 1, g.pointWords);
  if (points && points.to - (last + 1) >= 2) return { n, last };
  return listItemCount(tokens, i, last, g) ? { n, last } : null;
}

/** The scales a cardinal in words is built of (`thousand`, `million`, `billion`, `trillion`), as powers of ten. */
const COMPOUND_SCALES = new Set([3, 6, 9, 12]);

/** A cardinal below a hundred at word `j` (`sixty`, `sixty two`, `twenty-five`): its value and the token after it. */
function belowHundredAt(tokens: readonly Token[], j: number, g: Grammar): { n: number; next: number } | null {
  const t = tokens[j];
  const d = t?.kind === 'word' ? g.spelledNumbers?.get(t.forms.lower) : undefined;
  if (d === undefined) return null;
  const hyphen = tokens[j + 1];
  const glued = hyphen?.text === '-' && hyphen.gap === '';
  const unit = glued ? tokens[j + 2] : hyphen;
  const u = unit?.kind === 'word' ? g.spelledNumbers?.get(unit.forms.lower) : undefined;
  // (a tens word and a unit word: the unit's digit takes the place of the tens' zero, as `cardinalAt` writes it)
  if (/^[2-9]0$/u.test(d) && u !== undefined && /^[1-9]$/u.test(u) && (glued ? unit?.gap === '' : unit?.gap !== ''))
    return { n: Number(`${d.slice(0, 1)}${u}`), next: glued ? j + 3 : j + 2 };
  return { n: Number(d), next: j + 1 };
}

/**
 * A group below a thousand at word `j` (`one hundred sixty`, `one hundred and four`, `one
 * hundred, eighteen` as a transcript pauses in it): its value, the token after it and whether a
 * hundred was said.
 */
function groupAt(
  tokens: readonly Token[],
  j: number,
  g: Grammar,
): { n: number; next: number; hundred: boolean } | null {
  const c = g.spelledCompound;
  const a = belowHundredAt(tokens, j, g);
  if (!a || !c) return null;
  const h = tokens[a.next];
  if (a.n >= 10 || h?.kind !== 'word' || h.gap === '' || !c.hundred.has(h.forms.fold)) return { ...a, hundred: false };
  const join = tokens[a.next + 1];
  const joined = join?.text === ',' || (join?.kind === 'word' && c.and.has(join.forms.fold));
  const rest = belowHundredAt(tokens, joined ? a.next + 2 : a.next + 1, g);
  // (the hundreds' digit before the rest's two: written, no arithmetic on a figure)
  const tail = rest ? String(rest.n).padStart(2, '0') : '00';
  return { n: Number(`${a.n}${tail}`), next: rest ? rest.next : a.next + 1, hundred: true };
}

/** The digit words after a decimal point (`six`, `three-one-seven`, `zero five`): the digits and the token after them. */
function pointDigitsAt(tokens: readonly Token[], j: number, g: Grammar): { digits: string; next: number } {
  let digits = '';
  let k = j;
  for (;;) {
    const t = tokens[k];
    if (t?.kind !== 'word' || (digits !== '' && t.gap !== '' && tokens[k - 1]?.text === '-')) break;
    const d = g.spelledCompound?.zero.has(t.forms.fold) ? '0' : g.spelledNumbers?.get(t.forms.lower);
    if (d === undefined || d.length !== 1) break;
    digits += d;
    const dash = tokens[k + 1];
    k = dash?.text === '-' && dash.gap === '' && tokens[k + 2]?.gap === '' ? k + 2 : k + 1;
  }
  // (a dash that joined no digit after it is not part of the number)
  if (tokens[k - 1]?.text === '-') k--;
  return { digits, next: k };
}

/**
 * A bigger cardinal in words at word `i` (grammar `spelledCompound`): `one hundred and four
 * million`, `ninety two point six million`, `one point three-one-seven million tons`, `one
 * million, one hundred sixty thousand long tons` — groups below a thousand, each but the last with
 * a smaller scale than the one before (a comma or `and` may stand after a scale), a decimal point in
 * words only in a lone group. Read when it holds more than one cardinal `cardinalAt` reads (a
 * hundred, a point, two groups) and ends in a scale word or stands before a percent word: the token
 * becomes the number up to its last scale word, which stays a scale (`92.6` `million`). A list
 * (`two, three million`), a count (`five hundred enterprises`) and a number after `the` that no
 * percent word follows stay words. Linear: each word is looked at once.
 */
function compoundAt(tokens: readonly Token[], i: number, g: Grammar): { n: string; last: number } | null {
  const c = g.spelledCompound;
  if (!c) return null;
  const before = tokens[i - 1];
  if (partOfWords(before, g) || (before?.text === '-' && before.gap === '')) return null;
  const parts: { n: number; exp: number; scale: number }[] = [];
  let k = i;
  let fraction = '';
  let lastExp = Number.POSITIVE_INFINITY;
  let bigger = false;
  for (;;) {
    const group = groupAt(tokens, k, g);
    if (!group) break;
    bigger ||= group.hundred;
    let next = group.next;
    const p = tokens[next];
    if (p?.kind === 'word' && p.gap !== '' && c.point.has(p.forms.fold) && parts.length === 0) {
      const read = pointDigitsAt(tokens, next + 1, g);
      if (read.digits !== '') {
        fraction = read.digits;
        next = read.next;
      }
    }
    const scale = matchAt(tokens, next, g.scales);
    if (!scale || !COMPOUND_SCALES.has(scale.phrase.data) || scale.phrase.data >= lastExp) {
      if (fraction === '') parts.push({ n: group.n, exp: 0, scale: next });
      break;
    }
    parts.push({ n: group.n, exp: scale.phrase.data, scale: next });
    lastExp = scale.phrase.data;
    k = scale.to;
    if (fraction !== '') break;
    const join = tokens[k];
    if (join?.text === ',' || (join?.kind === 'word' && c.and.has(join.forms.fold))) k++;
  }
  bigger ||= fraction !== '' || parts.length > 1;
  // a last group with no scale is read only before a percent word (`one hundred and twenty per cent`)
  const tail = parts[parts.length - 1];
  if (tail?.exp === 0 && !matchAt(tokens, tail.scale, g.percentWords)) {
    parts.pop();
    if (parts.length < 2 && fraction === '' && !parts.some((x) => x.n >= 100)) bigger = false;
  }
  const end = parts[parts.length - 1];
  if (!bigger || !end || (fraction !== '' && end.exp === 0)) return null;
  const article = before?.kind === 'word' && g.definiteArticles.has(before.forms.fold);
  if (article && end.exp !== 0) return null;
  // (the digits written group by group, each padded to the gap between its scale and the one before —
  // `1` million, `160` thousand: `1160` thousand — no arithmetic on a figure)
  let sum = '';
  let higher = -1;
  for (const x of parts) {
    sum += higher < 0 ? String(x.n) : String(x.n).padStart(higher - x.exp, '0');
    higher = x.exp;
  }
  const last = (end.exp === 0 ? tokens[end.scale] && end.scale - 1 : end.scale - 1) as number;
  const after = tokens[last + 1];
  if (!after || after.gap === '') return null;
  return { n: fraction === '' ? sum : `${sum}.${fraction}`, last };
}

/** True when token `t` is a cardinal in words or a word joining cardinals (grammar `spelledNumberJoins`). */
function partOfWords(t: Token | undefined, g: Grammar): boolean {
  if (t?.kind !== 'word') return false;
  // (`sixty two per cent`: the unit word after a tens word is read with it, never alone)
  const n = g.spelledNumbers?.get(t.forms.lower);
  if (n !== undefined && /^[2-9]0$/u.test(n)) return true;
  if (!g.spelledNumberJoins) return false;
  return g.spelledNumberJoins.has(t.forms.lower) || n !== undefined;
}

/** How many words the counted noun of a spelled list item may hold (`three bronze medals`, `seven container vessels`). */
const ITEM_NOUN_WORDS = 3;

/** How many tokens back the list's earlier count in digits may stand (`30,265 cases of dengue fever and`). */
const ITEM_BACK = 10;

/**
 * `30,265 cases of dengue fever and three deaths`, `a fleet of 48 ships, including seven container
 * vessels`, `165 kilometres of road and three bridges`: a cardinal in words after `and` or an
 * of-which marker (grammar `ofWhich`), before a plural noun within a few words, in a clause that
 * states a count in digits before it — the next item of a list of counts, a count like the first
 * (the list and of-which rules read it once it is a number). A count in words with no count in
 * digits before it (`two enterprises were set up`), a time, a multiple or a percentage after it
 * (`three years`, `two times`) stays words. Constant time (a few tokens each way).
 */
function listItemCount(tokens: readonly Token[], i: number, last: number, g: Grammar): boolean {
  if (g.locale !== 'en') return false;
  const before = tokens[i - 1];
  const and = before?.kind === 'word' && before.forms.fold === 'and';
  let lead = and ? i - 1 : -1;
  for (let j = Math.max(0, i - 3); lead < 0 && j < i; j++) if (matchAt(tokens, j, g.ofWhich, i)?.to === i) lead = j;
  if (lead < 0) return false;
  // the counted noun: plain words, the last a plural, no time, multiple or percentage
  let plural = false;
  for (let j = last + 1; j <= last + ITEM_NOUN_WORDS && j < tokens.length; j++) {
    const w = tokens[j] as Token;
    if (w.kind !== 'word' || w.gap === '') return false;
    if (matchAt(tokens, j, g.timeWords) || matchAt(tokens, j, g.timesWords) || matchAt(tokens, j, g.pointWords))
      return false;
    const f = w.forms.fold;
    if (f.length > 3 && f.endsWith('s') && !f.endsWith('ss')) {
      plural = true;
      break;
    }
  }
  if (!plural) return false;
  // the list's earlier count in digits, in the same clause (no year)
  for (let j = lead - 1; j >= 0 && j >= lead - ITEM_BACK; j--) {
    const t = tokens[j] as Token;
    if (t.kind === 'punct' && (t.text === '.' || t.text === ';' || t.text === '(' || t.text === ')')) return false;
    if (t.kind === 'number') return !/^(1[89]|20)\d\d$/u.test(t.text) && /^\d{1,3}(?:,\d{3})*$/u.test(t.text);
  }
  return false;
}
