import type { ComparisonBase } from '../model/types';
import { findUnit } from '../model/units';
import { isPeriodId, samePeriodLastYear } from '../period/period';
import { TokenIndex, weigh } from './certainty';
import { currencyOf } from './currency-of';
import { fold } from './fold';
import type { Grammar } from './grammar';
import { completePeriod, matchPeriod, type PeriodMatch } from './period-phrase';
import { matchAt } from './phrase';
import { nextMonth } from './place/change';
import type { BaseOf, Draft } from './place/context';
import type { QuantityMatch } from './quantity';
import type { BaseRead, Item } from './scan';
import type { Sentence } from './segment';
import { type ContextPeriod, type Range, readSentence, type SentenceContext } from './sentence';
import { CURRENCIES, type PartYear } from './sentence/context';
import { MONTH_BEFORE_ASSUMED, SAME_PERIOD_YEAR } from './sentence/from-level-base';
import { type Token, tokenize } from './tokenize';

/** How many words may follow a restated amount inside its parentheses (`at current exchange rate`). */
const CONVERSION_TAIL = 5;
/** How many words may stand between `(` and a restated amount (`(tương đương khoảng 20 tỷ USD)`). */
const CONVERSION_LEAD = 3;

import { listHeadBases } from './sentence/list-head-base';
import { nameBases } from './sentence/name-base';
import type { Extracted, MatchLevel, Quantity, Span, Statement, Unread, UnusedNumber } from './types';

/** Reads statements sentence by sentence, carrying the period and plan context forward. */
export class Assembler implements SentenceContext {
  private readonly drafts: Draft[] = [];
  /** Drafts whose value is a share (`chiếm 45,6%`): a level read after it takes its place. */
  /** @internal */
  readonly shareValues = new WeakSet<Draft>();
  private readonly used: Uint8Array;
  /** Number tokens of a value restated in another currency in parentheses. */
  /** @internal */
  readonly conversions = new Set<number>();
  /** @internal The period earlier sentences set for what follows. */
  context: ContextPeriod | undefined;
  /** @internal The period the last sentence with a result set (see `sentence/periods.ts`). */
  resultContext: ContextPeriod | undefined;
  /** @internal */
  report: string | undefined;
  /** @internal The year the sentence being read states before its figures (see `sentence/periods.ts`). */
  sentenceYear: number | undefined;
  /** @internal The years the sentence's `;` parts state before their own figures (see `sentence/periods.ts`). */
  partYears: readonly PartYear[] = [];

  constructor(
    private readonly text: string,
    readonly tokens: readonly Token[],
    readonly g: Grammar,
    readonly defaultPeriod: string | undefined,
  ) {
    this.report = defaultPeriod;
    this.used = new Uint8Array(tokens.length);
  }

  /** @internal */
  span(from: number, to: number): Span {
    const a = this.tokens[from];
    const b = this.tokens[to - 1];
    if (!a || !b || to <= from) {
      const at = a?.start ?? this.text.length;
      return { start: at, end: at, text: '' };
    }
    return { start: a.start, end: b.end, text: this.text.slice(a.start, b.end) };
  }

  /** @internal */
  mark(from: number, to: number): void {
    this.used.fill(1, from, to);
  }

  /** @internal */
  field<T>(value: T, from: number, to: number, rule: string, level?: MatchLevel): Extracted<T> {
    this.mark(from, to);
    const f: Extracted<T> = { value, span: this.span(from, to), rule };
    return level && level !== 'exact' ? { ...f, match: level } : f;
  }

  /** @internal */
  periodId(match: PeriodMatch): string | undefined {
    // (the year of the `;` part the period stands in first; parts in order: binary search)
    const parts = this.partYears;
    let lo = 0;
    let hi = parts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((parts[mid] as PartYear).to <= match.from) lo = mid + 1;
      else hi = mid;
    }
    const part = parts[lo];
    const partYear = part && part.from < match.from ? part.year : undefined;
    const year = partYear
      ? partYear
      : this.sentenceYear
        ? this.sentenceYear
        : this.context
          ? Number.parseInt(this.context.id, 10)
          : this.report
            ? Number.parseInt(this.report, 10)
            : undefined;
    const id = completePeriod(match, Number.isFinite(year) ? year : undefined);
    return id && isPeriodId(id) ? id : undefined;
  }

  /** Reads one sentence's items into statements (the steps are in `sentence/`). */
  sentence(sentence: Sentence, items: readonly Item[]): void {
    readSentence(this, sentence, items);
  }

  /** @internal The drafts of the sentence with this span: the last ones, as drafts are only appended. */
  sentenceDrafts(span: Span): readonly Draft[] {
    let first = this.drafts.length;
    while (first > 0) {
      const x = this.drafts[first - 1] as Draft;
      if (x.sentence.start !== span.start || x.sentence.end !== span.end) break;
      first--;
    }
    return this.drafts.slice(first);
  }

  /** Drops tense and voice words that end a name (`… của tỉnh đã`, `… has`). */
  /** @internal */
  trim(range: Range | undefined): Range | undefined {
    if (!range) return range;
    let from = range.from;
    for (let guard = 0; guard < 3; guard++) {
      const verb = matchAt(this.tokens, from, this.g.valueVerbs, range.to);
      if (!verb || verb.to >= range.to || verb.to === from) break;
      from = verb.to;
    }
    while (from < range.to && this.g.nameLeading.has((this.tokens[from] as Token).forms.lower)) from++;
    // `lũy kế tổng thu …`, `tính chung vốn …`: a cumulative opener is no part of the name (the
    // period it belongs to is read on its own).
    const f = (k: number): string => (this.tokens[k] as Token | undefined)?.forms.fold ?? '';
    if (from + 2 < range.to && this.g.cumulativeOpeners.has(`${f(from)} ${f(from + 1)}`)) from += 2;
    if (from >= range.to) return undefined;
    range = { from, to: range.to };
    let to = range.to;
    // `… tính đến ngày 20/11/2023`, `… đến hết ngày 30/9`: a cut-off date's preposition.
    const c = this.g.cutOff;
    if (c.day.has(f(to - 1)) && this.tokens[to]?.kind === 'number') {
      let k = to - 1;
      if (c.end.has(f(k - 1))) k--;
      if (c.until.has(f(k - 1))) {
        k--;
        if (c.reckon.has(f(k - 1))) k--;
        if (k > range.from) to = k;
      }
    }
    let removed = '';
    while (to > range.from) {
      const t = this.tokens[to - 1] as Token;
      // `… đến hết tháng 10`, `tính đến 30/9`: the preposition of a period or date left behind.
      const afterEnd = c.end.has(removed);
      const until = (afterEnd || removed === '') && (c.until.has(t.forms.fold) || c.reckon.has(t.forms.fold));
      // `thực hiện`, `thể hiện`: `hiện` (now) ends no name when it is half of a word.
      const compound =
        c.now.has(t.forms.fold) &&
        this.g.hienCompounds.has((this.tokens[to - 2] as Token | undefined)?.forms.fold ?? '');
      // `Sơn La`, `Gia Lai`: a capitalised word after a capitalised word ends a proper name, not a verb.
      const before = this.tokens[to - 2] as Token | undefined;
      const proper = before?.kind === 'word' && /^\p{Lu}/u.test(t.text) && /^\p{Lu}/u.test(before.text);
      if (
        t.kind === 'word' &&
        !compound &&
        !proper &&
        (this.g.nameTrailing.has(t.forms.lower) || (until && afterEnd))
      ) {
        removed = t.forms.fold;
        to--;
      } else if (
        t.kind === 'word' &&
        c.until.has(t.forms.fold) &&
        range.to < this.tokens.length &&
        this.periodAt(range.to)
      ) {
        removed = t.forms.fold;
        to--;
      } else if (
        t.kind === 'punct' &&
        !(t.text === ')' && this.text.slice((this.tokens[range.from] as Token).start, t.start).includes('('))
      )
        to--;
      else break;
    }
    return to > range.from ? { from: range.from, to } : undefined;
  }

  /**
   * True when `q` restates `value` in another currency (or the same amount in another scale) inside
   * parentheses right after it (at most {@link CONVERSION_TAIL} words after the amount):
   * `5,7 triệu tỷ đồng (khoảng 234,6 tỷ USD)`, `VND 5.7 quadrillion (USD 234.6 billion)`, `Rs 11.58
   * lakh crore (Rs 11.58 trillion)`.
   */
  /** @internal */
  conversionOf(value: Extracted<Quantity>, q: QuantityMatch): boolean {
    // (`4.18 trillion baht (US$123 billion)`, `Rp33.8 trillion (US$2.2 billion)`: the region's
    // currencies with no built-in unit are named by their word or sign)
    const other = q.quantity ? currencyOf(this.g, q.quantity) : undefined;
    const own = currencyOf(this.g, value.value);
    // (`Rs 11.58 lakh crore (Rs 11.58 trillion)`: the same amount in the same currency in another
    // scale restates it too; round 54 — it had been read as a second, bracketed figure)
    const rescaled = other !== undefined && other === own && q.quantity?.base === value.value.base;
    if (!other || !own || (other === own && !rescaled)) return false;
    let opener = q.from - 1;
    // `(khoảng 234,6 tỷ USD)`, `(about USD …)`, `(tương đương 20 tỷ USD)`: a few words may lead the amount.
    for (let n = 0; n < CONVERSION_LEAD && this.tokens[opener]?.kind === 'word'; n++) opener--;
    // `(nearly US$8 billion at current exchange rate)`: a few words may follow the amount.
    let close = q.to;
    while (close < q.to + CONVERSION_TAIL && this.tokens[close]?.kind === 'word') close++;
    if (this.tokens[opener]?.text !== '(' || this.tokens[close]?.text !== ')') return false;
    return this.tokens[opener - 1]?.end === value.span.end;
  }

  /**
   * True when a comparative (`lower than`, `cao hơn`) starts at token `i`, or after up to two
   * concessive words (`tuy cao hơn …`, `though slightly higher than …`).
   */
  /** @internal */
  comparativeAt(i: number): boolean {
    const f = (k: number): string => (this.tokens[k] as Token | undefined)?.forms.fold ?? '';
    for (let k = i; k <= i + 2; k++) {
      if (this.g.comparatives.has(`${f(k)} ${f(k + 1)}`)) return true;
      if (!this.g.comparativeLeads.has(f(k))) return false;
    }
    return false;
  }

  /** True when a period expression starts at token `i` (`đến tháng 10`: `đến` is no part of a name). */
  private periodAt(i: number): boolean {
    return matchPeriod(this.tokens, i, this.g.locale) !== null;
  }

  /** The counted noun after a count verb's number: `174 [dịch vụ công mức độ 3]`. */
  /** @internal */
  nameAfter(items: readonly Item[], figIndex: number): Range | undefined {
    const fig = items[figIndex] as Item & { t: 'figure' };
    const q = fig.fig.kind === 'value' || fig.fig.kind === 'percent' ? fig.fig.q : undefined;
    if (!q) return undefined;
    let to = q.to;
    const laterFigure = items.some((it, k) => k > figIndex && it.t === 'figure');
    for (let k = figIndex + 1; k < items.length; k++) {
      const it = items[k] as Item;
      if (it.t === 'word' && this.joiner(it.from)) break;
      if (it.t === 'word' && laterFigure && matchAt(this.tokens, it.from, this.g.links)) break;
      if (it.t === 'word' || (it.t === 'number' && (it.why === 'qualifier' || it.why === 'identifier'))) to = it.to;
      else break;
    }
    // A counted unit (`45 dự án`) is the name; a currency (`2,5 tỷ USD vốn đăng ký`) is not.
    const unit = q.quantity?.unitCode;
    const from = unit === 'percent' || (unit && CURRENCIES.has(unit)) ? q.to : (q.unitFrom ?? q.to);
    if (to <= from) return undefined;
    return { from, to };
  }

  /** The noun of `US$16.75 billion of new capital`: the words after `of`. */
  /** @internal */
  ofNoun(range: Range | undefined): Range | undefined {
    if (!range) return range;
    const of = matchAt(this.tokens, range.from, this.g.quantityOf, range.to);
    return of ? { from: of.to, to: range.to } : range;
  }

  /** True when the verb text is one after which a percentage is always a ratio (`bằng`). */
  /** @internal */
  isRatioVerb(verb: string): boolean {
    const tokens = tokenize(verb);
    return matchAt(tokens, 0, this.g.ratioVerbs)?.to === tokens.length;
  }

  /** True when the statement's name says it is a growth rate (`tăng trưởng tín dụng`, `credit growth`). */
  /** @internal */
  growthName(d: Draft): boolean {
    const name = d.name?.span;
    if (!name) return false;
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.tokens[mid] as Token).start < name.start) lo = mid + 1;
      else hi = mid;
    }
    // (`If the number of subscribers increases in this way, it is expected that the teledensity will
    // be 85 percent`: a growth word in a condition that opens the name, before its comma, is the
    // condition's — round 48)
    // (`the share of Telangana in this year’s growth …`: a share's name, whatever growth it goes on to
    // name; round 64)
    if (matchAt(this.tokens, lo, this.g.shareNameHeads ?? [])) return false;
    const condition = matchAt(this.tokens, lo, this.g.conditionWords) !== null;
    let growth = false;
    for (let i = lo; i < this.tokens.length; i++) {
      const t = this.tokens[i] as Token;
      if (t.end > name.end) break;
      // (`Tuy đạt mức tăng thấp nhất …, nhưng nhờ thuế nhập khẩu 0%`: a clause joined after a comma
      // by `nhưng`, `but`, `and` names another thing than the growth before it; round 56)
      const joined = t.kind === 'punct' && t.text === ',' && matchAt(this.tokens, i + 1, this.g.joiners) !== null;
      if ((condition && t.kind === 'punct' && t.text === ',') || joined) growth = false;
      else if (matchAt(this.tokens, i, this.g.growthWords)) growth = true;
    }
    return growth;
  }

  /** Gives a unitless count the unit word that ends its counted noun (`45 FDI projects` → project). */
  /** @internal */
  countedUnit(d: Draft, noun: Range): void {
    const v = d.value;
    if (!v || v.value.unit !== undefined || v.value.scale !== 0) return;
    // (a Vietnamese noun opens with its head: the word that ends it is a modifier, no unit —
    // `5 huy chương đồng` are bronze medals, not 5 đồng)
    if (this.g.locale === 'vi') return;
    for (let i = noun.from + 1; i < noun.to; i++) {
      const unit = matchAt(this.tokens, i, this.g.units, noun.to);
      if (!unit || unit.to !== noun.to) continue;
      const code = unit.phrase.data ? findUnit(unit.phrase.data)?.code : undefined;
      const q: Quantity = { ...v.value, unit: this.span(unit.from, unit.to).text, ...(code ? { unitCode: code } : {}) };
      d.value = { ...v, value: q, rule: `${v.rule}+counted-noun-unit` };
      return;
    }
  }

  /** The words after the last link word (`với`, `with`) of a range: the second figure's own name. */
  /** @internal */
  afterLink(range: Range | undefined): Range | undefined {
    if (!range) return range;
    let from = range.from;
    for (let i = range.from; i < range.to; i++) {
      const link = matchAt(this.tokens, i, this.g.links, range.to);
      if (link) from = link.to;
    }
    return from < range.to ? { from, to: range.to } : undefined;
  }

  /** True when the word at token `i` joins two statements (`và`, `and`). */
  private joiner(i: number): boolean {
    const m = matchAt(this.tokens, i, this.g.joiners);
    return m !== null;
  }

  /** `mức độ 4` after `tỷ lệ hồ sơ … mức độ 3`: complete an elided name from the one before. */
  /** @internal */
  elliptic(draft: Draft, previous: Draft | undefined): void {
    const name = draft.name;
    const prev = previous?.name;
    if (!name || !prev) return;
    const split = name.value.split(/\s+/u);
    if (split.length > 4 || split.length < 2) return;
    const words = split.map(fold);
    const prevWords = prev.value.split(/\s+/u);
    const folded = prevWords.map(fold);
    for (let p = 1; p < folded.length - 1; p++) {
      if (folded[p] === words[0] && folded[p + 1] === words[1]) {
        const head = prevWords.slice(0, p).join(' ');
        draft.fullName = { value: `${head} ${name.value}`, span: name.span, rule: `${this.g.locale}.name.elliptic` };
        return;
      }
    }
  }

  /** @internal */
  newDraft(sentence: Span, from: number): Draft {
    const d: Draft = {
      sentence,
      kind: { value: 'actual', span: this.span(from, from), rule: `${this.g.locale}.kind.default-actual` },
      changes: [],
      sameIn: new Map(),
      unread: [],
      from,
      to: from,
    };
    this.drafts.push(d);
    return d;
  }

  /** @internal */
  extend(d: Draft, from: number, to: number): void {
    if (d.to === d.from) {
      d.from = from;
      d.to = to;
    } else {
      d.from = Math.min(d.from, from);
      d.to = Math.max(d.to, to);
    }
  }

  /** @internal */
  unread(what: Unread['what'], reason: Unread['reason'], from: number, to: number, message: string): Unread {
    this.mark(from, to);
    return { what, reason, span: this.span(from, to), message };
  }

  /** @internal */
  quantity(q: QuantityMatch, approximate?: 'about' | 'over' | 'under', average?: boolean): Quantity {
    const base = q.quantity as Quantity;
    this.mark(q.from, q.to);
    if (!approximate && !average) return base;
    return { ...base, ...(approximate ? { approximate } : {}), ...(average ? { average: true } : {}) };
  }

  /** @internal */
  base(read: BaseRead): BaseOf {
    this.mark(read.from, read.to);
    const span = this.span(read.from, read.to);
    const b = read.base;
    if (b.kind === 'named-period') {
      const id = this.periodId(b.match);
      if (id) return { base: { kind: 'period', period: id }, span };
      // `compared to June` with no year anywhere: kept for the statement's own month.
      const p = b.match.partial;
      if (p?.kind === 'month') return { span, month: p.index };
      // `compared to the first quarter` with no year: kept for the statement's own quarter.
      return p?.kind === 'quarter' || p?.kind === 'half' ? { span, part: { kind: p.kind, index: p.index } } : { span };
    }
    if (b.kind === 'plan') return { span };
    if (b.kind === 'same-period-in') return { span, sameIn: b.year };
    return { base: b, span };
  }

  /** The statements, numbered, with parents resolved, and every number nobody used. */
  finish(): { statements: Statement[]; unused: UnusedNumber[] } {
    const drafts = this.drafts.filter(
      (d) => d.value || d.completion || d.changes.length || d.density || d.rank || d.target || d.unread.length,
    );
    // `… tăng cao so với cùng kỳ năm trước như tivi tăng 36,6%; thép cán tăng 25,2%`: a list's items take its head's base.
    listHeadBases(drafts, this.tokens, this.g);
    // `mức tăng CPI … so với cùng kỳ năm trước là 1,72%`: a base in the name after a change noun is the rate's.
    nameBases(drafts, this.tokens, this.g);
    let index_: TokenIndex | undefined;
    const position = new Map(drafts.map((d, n) => [d, n]));
    const statements: Statement[] = drafts.map((d, index) => {
      const parts = [
        d.name?.span,
        d.value?.span,
        d.completion?.span,
        d.density?.span,
        d.rank?.span,
        d.target?.span,
        d.previous?.span,
        ...d.changes.map((c) => c.span),
        ...d.unread.map((u) => u.span),
      ].filter((s): s is Span => s !== undefined && s.end > s.start);
      let start = Number.POSITIVE_INFINITY;
      let end = 0;
      for (const p of parts) {
        if (p.start < start) start = p.start;
        if (p.end > end) end = p.end;
      }
      const unread = [...d.unread];
      // `cùng kỳ năm 2019` with the statement in 2023-Q3 is 2019-Q3; a year before is `cùng kỳ`.
      // (`Sản lượng … 11 tháng đạt 132,8 tỷ kWh, tăng 10,76% so với cùng kỳ năm 2013`: a statement of
      // a part of a year with no year of its own still names its base whole — the same part of 2013;
      // its own year is left unread; round 40)
      const part = !d.period && d.periodMatch?.partial && !d.periodMatch.id ? d.periodMatch : undefined;
      d.changes = d.changes.map((c) => {
        // (`…, in January 2019, up 0.1 percent from the December estimate`: the month the change is
        // measured from, right before the statement's own month — found only now; round 51)
        const month = c.value.base ? undefined : d.monthBase?.get(c);
        const own = month === undefined ? undefined : /^\d{4}-(\d\d)$/u.exec(d.period?.value ?? '')?.[1];
        if (own && month !== undefined && Number(own) === nextMonth(month))
          return { ...c, value: { ...c.value, base: { kind: 'previous-period' } }, rule: `${c.rule}+month-before` };
        // (`Pork prices rose 4.29% from June`, `tăng 6,09% so với tháng 4`: a month's base with no period of
        // the statement's own and none named in it is the month before the report's — read so, doubted
        // `assumed-month-before`; round 55: the base had been unread)
        if (month !== undefined && !d.period && !d.periodMatch && c.value.form === 'rate')
          return {
            ...c,
            value: { ...c.value, base: { kind: 'previous-period' } },
            rule: `${c.rule}${MONTH_BEFORE_ASSUMED}`,
          };
        const year = d.sameIn.get(c);
        const base = year ? samePeriodIn(d.period?.value, year) : undefined;
        if (base) return { ...c, value: { ...c.value, base }, rule: `${c.rule}+same-period-in` };
        // (`collected in December last year …, 13% higher than the same month in 2020`: the named year is
        // the base's own — the statement's `last year` does not move it; round 61, it had been 2019-12)
        const named = year && part ? completePeriod({ ...part, relative: undefined }, Number(year)) : undefined;
        if (named && isPeriodId(named) && !c.value.base)
          return {
            ...c,
            value: { ...c.value, base: { kind: 'period', period: named } },
            rule: `${c.rule}+same-part-in`,
          };
        // `rose 11.5% compared with the same period in 2017` in a statement that names no period: the
        // year, of which the same period is a part; doubted (`same-period-year`; round 41)
        return year && !part && !d.period && !c.value.base && isPeriodId(year)
          ? {
              ...c,
              value: { ...c.value, base: { kind: 'period', period: year } },
              rule: `${c.rule}${SAME_PERIOD_YEAR}`,
            }
          : c;
      });
      // A change without a base is unread unless the text states the earlier value (`từ A lên B`).
      for (const c of d.changes) {
        if (!c.value.base && !d.previous) {
          unread.push({
            what: 'change',
            reason: 'change-without-base',
            span: c.span,
            message: 'The change names no base (cùng kỳ, a year, the previous period)',
          });
        }
      }
      if (!d.name && !d.subject) {
        const at = parts[0] ?? d.sentence;
        unread.unshift({
          what: 'name',
          reason: 'no-name',
          span: at,
          message: 'No indicator name before or after the figures',
        });
      }
      const parentIndex = d.parentDraft ? (position.get(d.parentDraft.draft) ?? -1) : -1;
      const { parentDraft: _p, from: _f, to: _t, changes, unread: _u, sameIn: _s, monthBase: _m, ...rest } = d;
      const s: Statement = {
        index,
        span: { start, end, text: this.text.slice(start, end) },
        ...rest,
        changes,
        ...(d.parentDraft && parentIndex >= 0
          ? { parent: { value: parentIndex, span: d.parentDraft.span, rule: d.parentDraft.rule } }
          : {}),
        unread,
        complete: unread.length === 0,
      };
      index_ ??= new TokenIndex(this.tokens);
      return weigh(s, index_, this.g);
    });
    return { statements, unused: this.unused() };
  }

  private unused(): UnusedNumber[] {
    const out: UnusedNumber[] = [];
    const covered = (i: number): boolean => this.used[i] === 1;
    // Characters inside a name, subject or period: a number there is part of it (linear: one
    // pass marks them, each number looks itself up).
    const named = new Uint8Array(this.text.length + 1);
    for (const d of this.drafts) {
      for (const s of [d.name?.span, d.subject?.span, d.period?.span]) if (s) named.fill(1, s.start, s.end);
    }
    for (let i = 0; i < this.tokens.length; i++) {
      const t = this.tokens[i] as Token;
      if (t.kind !== 'number' || covered(i)) continue;
      if (named[t.start] === 1 && named[t.end - 1] === 1) continue;
      const span: Span = { start: t.start, end: t.end, text: t.text };
      const prev = this.tokens[i - 1];
      const next = this.tokens[i + 1];
      const glued = (x: Token | undefined): boolean => !!x && x.kind === 'punct' && ['-', '/'].includes(x.text);
      let reason: UnusedNumber['reason'] = 'no-statement';
      if (this.conversions.has(i)) reason = 'conversion';
      else if (
        (glued(prev) && prev?.gap === '' && t.gap === '' && this.tokens[i - 2]?.kind === 'number') ||
        (glued(next) && next?.gap === '' && this.tokens[i + 2]?.kind === 'number' && this.tokens[i + 2]?.gap === '')
      )
        reason = 'date';
      else if (/^(19|20)\d\d$/.test(t.text)) reason = 'year';
      else if (
        (glued(next) && this.tokens[i + 2]?.kind === 'word') ||
        (prev?.kind === 'word' && prev.gap !== undefined && /^\p{Lu}+$/u.test(prev.text) && glued(this.tokens[i - 1]))
      )
        reason = 'identifier';
      else if (prev?.kind === 'word' && this.g.ordinalMarkers.has(fold(prev.text))) reason = 'ordinal';
      else if (prev?.kind === 'word' && this.g.qualifierWords.has(fold(prev.text))) reason = 'qualifier';
      else if (glued(prev) && this.tokens[i - 2]?.kind === 'word') reason = 'identifier';
      out.push({ span, reason, rule: `${this.g.locale}.unused.${reason}` });
    }
    return out;
  }
}

/** The statement's period moved to `year` (`2023-Q3`, `2019` → `2019-Q3`), or `cùng kỳ` when a year before. */
function samePeriodIn(period: string | undefined, year: string): ComparisonBase | undefined {
  if (!period || !/^\d{4}(-|$)/u.test(period)) return undefined;
  const moved = `${year}${period.slice(4)}`;
  if (!isPeriodId(moved)) return undefined;
  if (samePeriodLastYear(period).id === moved) return { kind: 'same-period-last-year' };
  return { kind: 'period', period: moved };
}
