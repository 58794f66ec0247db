import type { ComparisonBase } from '../model/types';
import { findUnit } from '../model/units';
import { comparePeriods, isPeriodId, parsePeriod, samePeriodLastYear } from '../period/period';
import { TokenIndex, weigh } from './certainty';
import { fold } from './fold';
import type { Grammar } from './grammar';
import { completePeriod, matchPeriod, type PeriodMatch } from './period-phrase';
import { matchAt } from './phrase';
import { placeFigure } from './place';
import type { Draft, PlaceContext } from './place/context';
import type { QuantityMatch } from './quantity';
import type { BaseRead, Item } from './scan';
import type { Sentence } from './segment';
import { goalFrame } from './sentence/goal-frame';
import { type Token, tokenize } from './tokenize';
import type { Extracted, ExtractedChange, MatchLevel, Quantity, Span, Statement, Unread, UnusedNumber } from './types';

interface ContextPeriod {
  readonly id: string;
  readonly span: Span;
  readonly rule: string;
}

/** Reads statements sentence by sentence, carrying the period and plan context forward. */
export class Assembler implements PlaceContext {
  private readonly drafts: Draft[] = [];
  /** Drafts whose value is a share (`chiếm 45,6%`): a level read after it takes its place. */
  /** @internal */
  readonly shareValues = new WeakSet<Draft>();
  private readonly used: Uint8Array;
  /** Number tokens of a value restated in another currency in parentheses. */
  /** @internal */
  readonly conversions = new Set<number>();
  private context: ContextPeriod | undefined;
  private report: string | undefined;

  constructor(
    private readonly text: string,
    readonly tokens: readonly Token[],
    readonly g: Grammar,
    private readonly defaultPeriod: string | undefined,
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

  private periodId(match: PeriodMatch): string | undefined {
    const year = this.context
      ? Number.parseInt(this.context.id, 10)
      : this.report
        ? Number.parseInt(this.report, 10)
        : undefined;
    const id = completePeriod(match, Number.isFinite(year) ? year : undefined);
    return id && isPeriodId(id) ? id : undefined;
  }

  /** Reads one sentence's items into statements. */
  sentence(sentence: Sentence, items: readonly Item[]): void {
    const sentenceSpan = this.span(sentence.from, sentence.to);
    const clauses = splitClauses(items);
    let current: Draft | undefined;
    let sentencePeriod: { id: string; item: Item & { t: 'period' } } | undefined;
    let sentenceTarget: { from: number; to: number } | undefined;
    let trailingPeriod: { id: string; item: Item & { t: 'period' } } | undefined;
    let sentenceBase: BaseRead | undefined;
    let pending: { from: number; to: number; sep: string } | undefined;
    let ofWhichParent: Draft | undefined;
    let firstFigureSeen = false;
    const periodsInSentence: { id: string; item: Item & { t: 'period' } }[] = [];

    for (const clause of clauses) {
      if (clause.sepBefore === ';') ofWhichParent = undefined;
      const figIndex = clause.items.findIndex((it) => it.t === 'figure' || it.t === 'bad-number');
      const leading = figIndex < 0 ? clause.items : clause.items.slice(0, figIndex);
      for (const it of clause.items) {
        if (it.t === 'period') {
          const id = this.periodId(it.match);
          if (id) periodsInSentence.push({ id, item: it });
        }
      }
      if (figIndex < 0) {
        // `Hầu hết các chỉ tiêu mà Chính phủ giao … như:`: goals assigned frame the list after.
        if (!firstFigureSeen && !sentenceTarget)
          sentenceTarget = goalFrame(this.tokens, clause.from, clause.to, this.g);
        for (const it of clause.items) {
          if (it.t === 'period' && !firstFigureSeen && !sentencePeriod) {
            const id = this.periodId(it.match);
            if (id) sentencePeriod = { id, item: it };
          }
          // `…, vượt mục tiêu đề ra, …` after a result remarks on it; only a clause before the
          // first figure (or opening after `;`) frames what follows as goals.
          if (it.t === 'marker' && it.kind === 'target' && (!firstFigureSeen || clause.sepBefore === ';'))
            sentenceTarget = { from: it.from, to: it.to };
          if (it.t === 'base') {
            // `…, rose 5.2 percent to $20 billion, compared with the same period last year`: a
            // clause of only a base after the figures is the base of the one change without one.
            const open = current && firstFigureSeen ? current.changes.filter((c) => !c.value.base) : [];
            const words = clause.items.filter((x) => x.t === 'word').length;
            if (current && open.length === 1 && words <= 1) {
              const b = this.base(it.read);
              const c = open[0] as Extracted<ExtractedChange>;
              if (b.base && !b.sameIn) {
                const at = current.changes.indexOf(c);
                current.changes[at] = {
                  ...c,
                  value: { ...c.value, base: b.base, baseSpan: b.span },
                  rule: `${c.rule}+trailing-base`,
                };
                continue;
              }
            }
            sentenceBase = it.read;
          }
          // `…, up 5 percent, in the first four months of 2021`, `… (over 73.5 billion USD) in
          // the first half of 2022`: a clause of only a period after the figures dates them.
          if (it.t === 'period' && firstFigureSeen && !trailingPeriod) {
            const words = clause.items.filter((x) => x.t === 'word').length;
            const id = this.periodId(it.match);
            if (id && words <= 2 && clause.items.every((x) => x.t !== 'base' && x.t !== 'marker'))
              trailingPeriod = { id, item: it };
          }
          if (it.t === 'marker' && it.kind === 'of-which' && current) ofWhichParent = current;
        }
        // Words with no figure may begin the next clause's name (`tỷ lệ hồ sơ tiếp nhận, xử lý …`)
        // or name the figures after a colon (`Về thuê bao di động: đạt …`); an adverbial clause
        // with a period (`Đến cuối năm 2020,`) names nothing.
        const words = nameRange(clause.items);
        const adverbial = clause.items.some(
          (it) => it.t === 'period' || it.t === 'base' || (it.t === 'number' && it.why === 'date'),
        );
        const sep = clause.sepAfter;
        pending = words && !adverbial && (sep === ',' || sep === ':') ? { ...words, sep } : undefined;
        continue;
      }
      const firstFigureOfSentence = firstFigureSeen;
      firstFigureSeen = true;
      const nameWords = nameRange(leading);
      // `…, lower than the target of 7.5 percent`, `…, thấp hơn mục tiêu 7%`: a clause that opens
      // with a comparative measures the statement before against something the grammar does not
      // model; its figures are listed as unread there, never read as a statement named `lower`.
      if (current && clause.sepBefore === ',' && nameWords && this.comparativeAt(nameWords.from)) {
        for (const it of clause.items.slice(figIndex)) {
          if (it.t !== 'figure' && it.t !== 'bad-number') continue;
          const message = 'A figure in a comparison with the statement before is not read.';
          current.unread.push(this.unread('figure', 'unrecognised-figure', it.from, it.to, message));
        }
        pending = undefined;
        continue;
      }
      // `5,7 triệu tỷ đồng (234,6 tỷ USD)` as a clause of its own: the value before, restated.
      const only = clause.items.filter((it) => it.t === 'figure' || it.t === 'bad-number');
      const lone = only.length === 1 ? only[0] : undefined;
      if (
        current?.value &&
        lone?.t === 'figure' &&
        lone.fig.kind === 'value' &&
        this.conversionOf(current.value, lone.fig.q)
      ) {
        this.conversions.add(lone.fig.q.numberAt);
        pending = undefined;
        continue;
      }
      const ofWhich = leading.find((it) => it.t === 'marker' && it.kind === 'of-which');
      if (ofWhich && current) ofWhichParent = current;
      const targetMarker = clause.items.find((it) => it.t === 'marker' && it.kind === 'target');
      const stageMarker = leading.find((it) => it.t === 'marker' && it.kind === 'stage');
      const clausePeriod = clause.items.find((it): it is Item & { t: 'period' } => it.t === 'period');
      const clauseBase = clause.items.find((it): it is Item & { t: 'base' } => it.t === 'base');
      const firstFig = clause.items[figIndex] as Item;
      // `Some 98 percent of households have access …`: a share that opens its clause names the
      // noun after it, unless a comma list follows (`100% xã, phường, …` is left unnamed).
      const shareFirst =
        firstFig.t === 'figure' &&
        firstFig.fig.kind === 'percent' &&
        firstFig.fig.verbFrom === undefined &&
        !nameWords &&
        !pending &&
        clause.sepAfter !== ',';
      const countFirst =
        shareFirst ||
        (firstFig.t === 'figure' &&
          firstFig.fig.kind === 'value' &&
          (firstFig.fig.count || (firstFig.fig.verbFrom === undefined && !nameWords)));
      let name = this.trim(nameWords);
      let subject: { from: number; to: number } | undefined;
      let nameRule = `${this.g.locale}.name.before-figures`;
      if (pending && name && pending.sep === ',' && pending.to < name.from) {
        name = this.trim({ from: pending.from, to: name.to }) ?? name;
        nameRule = `${this.g.locale}.name.joined-clauses`;
      } else if (pending && !name && !current) {
        name = { from: pending.from, to: pending.to };
        nameRule = `${this.g.locale}.name.clause-before`;
      }
      pending = undefined;
      let draft: Draft;
      const afterName =
        countFirst && firstFig.t === 'figure' ? this.trim(this.nameAfter(clause.items, figIndex)) : undefined;
      if (afterName) {
        subject = this.trim(name);
        name = afterName;
      }
      // `…, up 27.5% year on year, bringing in US$16.75 billion of new capital, equivalent to …`:
      // a clause that opens on a second value, with no name before it, is a statement of its own
      // (named by the words after the value when there are any), so the figures after it are its.
      const secondValue =
        name === undefined &&
        afterName === undefined &&
        clause.sepBefore === ',' &&
        firstFig.t === 'figure' &&
        firstFig.fig.kind === 'value' &&
        current?.value !== undefined &&
        !this.shareValues.has(current) &&
        !this.conversionOf(current.value, firstFig.fig.q);
      if (secondValue) name = this.trim(this.ofNoun(this.nameAfter(clause.items, figIndex)));
      const needsNew =
        name !== undefined ||
        !current ||
        secondValue ||
        ofWhich !== undefined ||
        (countFirst && afterName !== undefined);
      if (needsNew) {
        draft = this.newDraft(sentenceSpan, clause.from);
        if (name) {
          draft.name = this.field(
            this.span(name.from, name.to).text,
            name.from,
            name.to,
            afterName
              ? `${this.g.locale}.name.counted-noun`
              : secondValue
                ? `${this.g.locale}.name.after-second-value`
                : nameRule,
          );
          this.elliptic(draft, current);
        }
        if (subject)
          draft.subject = this.field(
            this.span(subject.from, subject.to).text,
            subject.from,
            subject.to,
            `${this.g.locale}.name.subject-before-count-verb`,
          );
        const parent = ofWhich ? current : ofWhichParent;
        if (parent && parent !== draft) {
          const sp = ofWhich
            ? this.span(ofWhich.from, ofWhich.to)
            : (parent.name?.span ?? this.span(clause.from, clause.from + 1));
          if (ofWhich) this.mark(ofWhich.from, ofWhich.to);
          draft.parentDraft = {
            draft: parent,
            span: sp,
            rule: ofWhich ? `${this.g.locale}.parent.of-which` : `${this.g.locale}.parent.of-which-list`,
          };
        }
        current = draft;
      } else {
        draft = current as Draft;
      }
      if (targetMarker && draft.kind.value !== 'target') {
        draft.kind = this.field(
          'target',
          targetMarker.from,
          targetMarker.to,
          `${this.g.locale}.kind.target-marker`,
          targetMarker.t === 'marker' ? targetMarker.level : undefined,
        );
      } else if (sentenceTarget && draft.kind.value !== 'target' && !stageMarker) {
        draft.kind = this.field(
          'target',
          sentenceTarget.from,
          sentenceTarget.to,
          `${this.g.locale}.kind.target-context`,
        );
      }
      // `Phấn đấu năm 2025 tăng trưởng GRDP đạt 8%, thu nhập bình quân đạt 120 triệu đồng`: a
      // sentence that OPENS with a target marker lists goals; its later clauses are goals too.
      if (targetMarker && !firstFigureOfSentence && leading.includes(targetMarker) && targetMarker.t === 'marker')
        sentenceTarget ??= { from: targetMarker.from, to: targetMarker.to };
      if (stageMarker && stageMarker.t === 'marker' && stageMarker.stage) {
        draft.stage = this.field(
          stageMarker.stage,
          stageMarker.from,
          stageMarker.to,
          `${this.g.locale}.stage.word`,
          stageMarker.level,
        );
      }
      if (clausePeriod && !draft.period) {
        const id = this.periodId(clausePeriod.match);
        if (id) draft.period = this.field(id, clausePeriod.from, clausePeriod.to, clausePeriod.match.rule);
      }
      const head = draft;
      // Figures, in order; a second value after words of its own starts another statement.
      let lastFigEnd = figIndex;
      for (let k = figIndex; k < clause.items.length; k++) {
        const it = clause.items[k] as Item;
        if (it.t === 'bad-number') {
          const reason = it.range ? 'unrecognised-figure' : 'invalid-number';
          draft.unread.push(this.unread('figure', reason, it.from, it.to, it.error));
          continue;
        }
        if (it.t !== 'figure') continue;
        if (it.fig.kind === 'value' && draft.value && this.conversionOf(draft.value, it.fig.q)) {
          this.conversions.add(it.fig.q.numberAt);
          lastFigEnd = k;
          continue;
        }
        const between = this.afterLink(nameRange(clause.items.slice(lastFigEnd + 1, k)));
        // `… và kim ngạch xuất khẩu 7 tháng/2017 đạt 115,3 tỷ USD`: a period between the last
        // figure and a second value is the new statement's own, not the clause's first one.
        let ownPeriod: (Item & { t: 'period' }) | undefined;
        for (let j = lastFigEnd + 1; j < k; j++) {
          const x = clause.items[j] as Item;
          if (x.t === 'period' && this.periodId(x.match)) ownPeriod = x;
        }
        if (k > figIndex && (between || ownPeriod) && it.fig.kind === 'value' && draft.value) {
          const previous = draft;
          draft = this.newDraft(sentenceSpan, between?.from ?? it.from);
          if (between)
            draft.name = this.field(
              this.span(between.from, between.to).text,
              between.from,
              between.to,
              `${this.g.locale}.name.before-figures`,
            );
          // `… đạt 12,15 tỷ USD, giảm 1,6% so với tháng trước và 7 tháng/2017 đạt 81,09 tỷ USD`:
          // a second value with only a period of its own is the same indicator over that period.
          else if (previous.name) draft.name = { ...previous.name, rule: `${this.g.locale}.name.same-indicator` };
          if (ownPeriod)
            draft.period = this.field(
              this.periodId(ownPeriod.match) as string,
              ownPeriod.from,
              ownPeriod.to,
              ownPeriod.match.rule,
            );
          current = draft;
        }
        // `So với tháng 12-2022, CPI tăng 3,12% và so với cùng kỳ năm trước tăng 3,66%`: a base
        // written between the last figure and this one is this figure's, before the sentence's.
        let nearBase: BaseRead | undefined;
        for (let j = lastFigEnd + (k > figIndex ? 1 : 0); j < k; j++) {
          const x = clause.items[j] as Item;
          if (x.t === 'base') nearBase = x.read;
        }
        this.figure(draft, it, nearBase ?? sentenceBase ?? clauseBase?.read);
        lastFigEnd = k;
      }
      // `45 FDI projects`: the counted noun ends with a unit word the number did not touch.
      if (afterName && head.name?.rule.endsWith('.name.counted-noun')) this.countedUnit(head, afterName);
      // `Mật độ điện thoại đạt 80,5 máy/100 dân`: the density names its own indicator.
      if (!draft.name && !draft.subject) {
        const d = clause.items.find((x): x is Item & { t: 'figure' } => x.t === 'figure' && x.fig.kind === 'density');
        if (d && d.fig.kind === 'density' && d.fig.nameTo !== undefined) {
          draft.name = this.field(
            this.span(d.from, d.fig.nameTo).text,
            d.from,
            d.fig.nameTo,
            `${this.g.locale}.name.density`,
          );
        }
      }
      // `xếp thứ 5/63 về chỉ số PCI`, `ranked 3rd nationwide in the PCI`: what the rank is in.
      if (draft.rank && !draft.value) {
        const trailing = clause.items.slice(lastFigEnd + 1);
        const first = trailing[0];
        if (first?.t === 'word' && this.g.rankTopics.has((this.tokens[first.from] as Token).forms.lower)) {
          const words = nameRange(trailing.slice(1));
          const named = this.trim(words);
          if (named) {
            if (draft.name && !draft.subject)
              draft.subject = { ...draft.name, rule: `${this.g.locale}.name.subject-before-rank` };
            draft.name = this.field(
              this.span(named.from, named.to).text,
              named.from,
              named.to,
              `${this.g.locale}.name.rank-topic`,
            );
          }
        }
      }
      if (clauseBase && !draft.changes.some((c) => c.value.base)) {
        // `So với cùng kỳ, …` inside a clause with figures: the base of its changes.
        this.mark(clauseBase.from, clauseBase.to);
      }
      this.extend(draft, clause.from, clause.to);
    }
    // Periods and plan kinds of the sentence's statements.
    let inherited: Extracted<string> | undefined;
    // The sentence's drafts are the last ones (drafts are only appended): walk back, not filter all.
    let first = this.drafts.length;
    while (first > 0) {
      const x = this.drafts[first - 1] as Draft;
      if (x.sentence.start !== sentenceSpan.start || x.sentence.end !== sentenceSpan.end) break;
      first--;
    }
    for (const d of this.drafts.slice(first)) {
      // `CPI 10 tháng năm 2023 tăng 3,2% …; lạm phát cơ bản tăng 4,38%`: the period of the
      // statement before in the same sentence carries over.
      if (!d.period && !sentencePeriod && inherited)
        d.period = { ...inherited, rule: `${inherited.rule.replace(/\+previous-statement$/u, '')}+previous-statement` };
      if (!d.period && sentencePeriod)
        d.period = this.field(
          sentencePeriod.id,
          sentencePeriod.item.from,
          sentencePeriod.item.to,
          `${sentencePeriod.item.match.rule}+sentence`,
        );
      if (!d.period && trailingPeriod)
        d.period = this.field(
          trailingPeriod.id,
          trailingPeriod.item.from,
          trailingPeriod.item.to,
          `${trailingPeriod.item.match.rule}+trailing`,
        );
      if (!d.period && this.context)
        d.period = { value: this.context.id, span: this.context.span, rule: `${this.context.rule}+context` };
      if (!d.period && this.defaultPeriod)
        d.period = { value: this.defaultPeriod, span: this.span(sentence.from, sentence.from), rule: 'option.period' };
      if (!d.period)
        d.unread.push(
          this.unread(
            'period',
            'no-period',
            sentence.from,
            sentence.to,
            'No period in the statement, its sentence or the text before it',
          ),
        );
      if (
        d.kind.value === 'actual' &&
        d.period &&
        this.report &&
        isPeriodId(d.period.value) &&
        comparePeriods(d.period.value, this.report) > 0 &&
        !startsBefore(d.period.value, this.report)
      ) {
        d.kind = { value: 'target', span: d.period.span, rule: `${this.g.locale}.kind.later-period` };
      }
      if (d.period && !/\+(sentence|context)$|^option\./u.test(d.period.rule)) inherited = d.period;
    }
    // A period that opens a sentence or stands alone in one sets the context for what follows.
    const opening =
      sentencePeriod ?? (periodsInSentence.length === 1 && !firstFigureSeen ? periodsInSentence[0] : undefined);
    if (opening && (!firstFigureSeen || opening === sentencePeriod)) {
      this.context = {
        id: opening.id,
        span: this.span(opening.item.from, opening.item.to),
        rule: opening.item.match.rule,
      };
      if (!this.report) this.report = opening.id;
    }
  }

  /** Drops tense and voice words that end a name (`… của tỉnh đã`, `… has`). */
  private trim(range: { from: number; to: number } | undefined): { from: number; to: number } | undefined {
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
    if (f(to - 1) === 'ngay' && this.tokens[to]?.kind === 'number') {
      let k = to - 1;
      if (f(k - 1) === 'het') k--;
      if (f(k - 1) === 'den') {
        k--;
        if (f(k - 1) === 'tinh') k--;
        if (k > range.from) to = k;
      }
    }
    let removed = '';
    while (to > range.from) {
      const t = this.tokens[to - 1] as Token;
      // `… đến hết tháng 10`, `tính đến 30/9`: the preposition of a period or date left behind.
      const until = (removed === 'het' || removed === '') && (t.forms.fold === 'den' || t.forms.fold === 'tinh');
      // `thực hiện`, `thể hiện`: `hiện` (now) ends no name when it is half of a word.
      const compound =
        t.forms.fold === 'hien' &&
        this.g.hienCompounds.has((this.tokens[to - 2] as Token | undefined)?.forms.fold ?? '');
      if (t.kind === 'word' && !compound && (this.g.nameTrailing.has(t.forms.lower) || (until && removed === 'het'))) {
        removed = t.forms.fold;
        to--;
      } else if (
        t.kind === 'word' &&
        t.forms.fold === 'den' &&
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
   * True when `q` restates `value` in another currency inside parentheses right after it:
   * `5,7 triệu tỷ đồng (khoảng 234,6 tỷ USD)`, `VND 5.7 quadrillion (USD 234.6 billion)`.
   */
  /** @internal */
  conversionOf(value: Extracted<Quantity>, q: QuantityMatch): boolean {
    const other = q.quantity?.unitCode;
    const own = value.value.unitCode;
    if (!other || !own || other === own || !CURRENCIES.has(other) || !CURRENCIES.has(own)) return false;
    let opener = q.from - 1;
    if (this.tokens[opener]?.kind === 'word') opener--; // `(khoảng 234,6 tỷ USD)`, `(about USD …)`
    if (this.tokens[opener]?.text !== '(' || this.tokens[q.to]?.text !== ')') return false;
    return this.tokens[opener - 1]?.end === value.span.end;
  }

  /**
   * True when a comparative (`lower than`, `cao hơn`) starts at token `i`, or after up to two
   * concessive words (`tuy cao hơn …`, `though slightly higher than …`).
   */
  private comparativeAt(i: number): boolean {
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
  private nameAfter(items: readonly Item[], figIndex: number): { from: number; to: number } | undefined {
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
  private ofNoun(range: { from: number; to: number } | undefined): { from: number; to: number } | undefined {
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
    for (let i = lo; i < this.tokens.length; i++) {
      const t = this.tokens[i] as Token;
      if (t.end > name.end) break;
      if (matchAt(this.tokens, i, this.g.growthWords)) return true;
    }
    return false;
  }

  /** Gives a unitless count the unit word that ends its counted noun (`45 FDI projects` → project). */
  private countedUnit(d: Draft, noun: { from: number; to: number }): void {
    const v = d.value;
    if (!v || v.value.unit !== undefined || v.value.scale !== 0) return;
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
  private afterLink(range: { from: number; to: number } | undefined): { from: number; to: number } | undefined {
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
  private elliptic(draft: Draft, previous: Draft | undefined): void {
    const name = draft.name;
    const prev = previous?.name;
    if (!name || !prev) return;
    const words = name.value.split(/\s+/u).map(fold);
    if (words.length > 4 || words.length < 2) return;
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

  private newDraft(sentence: Span, from: number): Draft {
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

  private extend(d: Draft, from: number, to: number): void {
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
  base(read: BaseRead): { base?: ComparisonBase; span: Span; sameIn?: string } {
    this.mark(read.from, read.to);
    const span = this.span(read.from, read.to);
    const b = read.base;
    if (b.kind === 'named-period') {
      const id = this.periodId(b.match);
      return id ? { base: { kind: 'period', period: id }, span } : { span };
    }
    if (b.kind === 'plan') return { span };
    if (b.kind === 'same-period-in') return { span, sameIn: b.year };
    return { base: b, span };
  }

  private figure(d: Draft, it: Item & { t: 'figure' }, fallbackBase: BaseRead | undefined): void {
    placeFigure(this, d, it, fallbackBase);
  }

  /** The statements, numbered, with parents resolved, and every number nobody used. */
  finish(): { statements: Statement[]; unused: UnusedNumber[] } {
    const drafts = this.drafts.filter(
      (d) => d.value || d.completion || d.changes.length || d.density || d.rank || d.target || d.unread.length,
    );
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
      d.changes = d.changes.map((c) => {
        const year = d.sameIn.get(c);
        const base = year ? samePeriodIn(d.period?.value, year) : undefined;
        return base ? { ...c, value: { ...c.value, base }, rule: `${c.rule}+same-period-in` } : c;
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
      const { parentDraft: _p, from: _f, to: _t, changes, unread: _u, sameIn: _s, ...rest } = d;
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
      else if (prev?.kind === 'word' && ['thu', 'lan'].includes(fold(prev.text))) reason = 'ordinal';
      else if (prev && prev.kind === 'word' && /^(muc|cap|so|level|no|loai|nhom)$/u.test(fold(prev.text)))
        reason = 'qualifier';
      else if (glued(prev) && this.tokens[i - 2]?.kind === 'word') reason = 'identifier';
      out.push({ span, reason, rule: `${this.g.locale}.unused.${reason}` });
    }
    return out;
  }
}

const CURRENCIES = new Set(['VND', 'USD', 'EUR']);

/** A period that starts before the report's period ends (`2020-11` in a 2020 review) is no plan. */
const startsBefore = (period: string, report: string): boolean => parsePeriod(period).start <= parsePeriod(report).end;

/** The statement's period moved to `year` (`2023-Q3`, `2019` → `2019-Q3`), or `cùng kỳ` when a year before. */
function samePeriodIn(period: string | undefined, year: string): ComparisonBase | undefined {
  if (!period || !/^\d{4}(-|$)/u.test(period)) return undefined;
  const moved = `${year}${period.slice(4)}`;
  if (!isPeriodId(moved)) return undefined;
  if (samePeriodLastYear(period).id === moved) return { kind: 'same-period-last-year' };
  return { kind: 'period', period: moved };
}

interface Clause {
  readonly items: readonly Item[];
  readonly from: number;
  readonly to: number;
  readonly sepBefore?: string | undefined;
  readonly sepAfter?: string | undefined;
}

/**
 * Splits a sentence's items at separators. Parentheses with figures make clauses of their own;
 * parentheses without figures (`(GRDP)`, `(TT&TT)`) stay inside the words around them.
 */
function splitClauses(all: readonly Item[]): Clause[] {
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
 * `trong đó` marker to the last word (or a number that belongs to the name, `mức độ 3`).
 */
function nameRange(items: readonly Item[]): { from: number; to: number } | undefined {
  let from: number | undefined;
  let to: number | undefined;
  // `Total social investment in 2026 is projected at …`: a target marker after the name (in the
  // verb's place) keeps the name before it when no words follow the marker.
  let beforeTarget: { from: number; to: number } | undefined;
  for (const it of items) {
    if (it.t === 'word' || (it.t === 'number' && (it.why === 'qualifier' || it.why === 'identifier'))) {
      if (it.t === 'number' && it.why === 'qualifier' && from === undefined) continue;
      from ??= it.from;
      to = it.to;
    } else if (it.t === 'marker' && (it.kind === 'target' || it.kind === 'topic' || it.kind === 'of-which')) {
      beforeTarget = it.kind === 'target' && from !== undefined && to !== undefined ? { from, to } : undefined;
      from = undefined;
      to = undefined;
    }
  }
  if (from !== undefined && to !== undefined) return { from, to };
  return beforeTarget;
}
