import type { PeriodMatch } from '../period-phrase';
import type { Draft, FigureOf, PlaceContext } from '../place/context';
import type { BaseRead, Item } from '../rules/context';
import type { Sentence } from '../segment';
import type { Extracted, Span } from '../types';

/** The built-in currency units' codes (`currency-of.ts`), where the sentence steps read them. @internal */
export { CURRENCIES } from '../currency-of';

/** A token range `[from, to)`. @internal */
export interface Range {
  readonly from: number;
  readonly to: number;
}

/** A period item of the scanner with its completed id. @internal */
export interface PeriodItem {
  readonly id: string;
  readonly item: Item & { t: 'period' };
}

/** The period a text's earlier sentences set for what follows (`Năm 2020, …`). @internal */
export interface ContextPeriod {
  readonly id: string;
  readonly span: Span;
  readonly rule: string;
  /** Set by a sentence whose every statement is a target (a goal's horizon, `Đến năm 2030, …`): it dates later targets, not results. */
  readonly goal?: boolean;
}

/** One clause of a sentence: its items between separators. @internal */
export interface Clause {
  readonly items: readonly Item[];
  readonly from: number;
  readonly to: number;
  readonly sepBefore?: string | undefined;
  readonly sepAfter?: string | undefined;
}

/** What the reading of one sentence carries from clause to clause. @internal */
export interface SentenceState {
  readonly sentence: Sentence;
  readonly span: Span;
  /** The statement figures without a name of their own go to. */
  current: Draft | undefined;
  /** The period of a figureless clause before the first figure (`6 tháng đầu năm 2021, …`). */
  sentencePeriod: PeriodItem | undefined;
  /** The sentence period came from a source clause (`Theo báo cáo … 6 tháng đầu năm 2024, …`): a later lead period replaces it. */
  sentencePeriodOfSource?: boolean;
  /** A source clause naming a report's title opened and its owner (`của …`) has not closed it yet (grammar `sourceTitle`). */
  sourceTitleOpen?: boolean;
  /** A lead clause's period that no year completes (`Tháng 6, …`): its month still finds the month before. */
  leadPeriodMatch?: PeriodItem['item']['match'] | undefined;
  /** A goal frame (`Phấn đấu …`, `Các chỉ tiêu … giao:`) that makes the statements targets. */
  sentenceTarget: Range | undefined;
  /** A clause of only a period after the figures (`…, in the first four months of 2021`). */
  trailingPeriod: PeriodItem | undefined;
  /** A base in a figureless clause (`So với cùng kỳ, …`). */
  sentenceBase: BaseRead | undefined;
  /**
   * Figureless words that may begin the next clause's name (`item`: they may open or continue a
   * list of name items; `frame`: a frame or an aside alone, `Trong tháng`, `In particular`, which
   * is no part of the next clause's name).
   */
  pending:
    | (Range & {
        readonly sep: string;
        readonly item?: boolean;
        readonly frame?: boolean;
        /** Words before the period that closes their clause (`Revenues for the nine months ended …, 2023,`): a subject only, never joined to a name of its own. */
        readonly subject?: boolean;
      })
    | undefined;
  /** The statement a `trong đó` list hangs from. */
  ofWhichParent: Draft | undefined;
  firstFigureSeen: boolean;
  /** Every period of the sentence, in order. */
  readonly periods: PeriodItem[];
  /** Whether the sentence pairs by order (`lần lượt`, `respectively`), once looked up. */
  respectively?: boolean;
  /** Statements made targets by a forecast marker (`is expected to`), with the marker's tokens. */
  forecasts?: { readonly draft: Draft; readonly from: number; readonly to: number; readonly modal?: boolean }[];
  /** The last statement of the sentence with a completion of a plan (for a parallel bare percentage). */
  planCompletion?: Draft;
  /** The statement the sentence's last figure was placed in (for an elliptic item after it). */
  lastPlaced?: Draft;
  /** The sentence's last rate of change and its statement (for an elliptic item after it). */
  lastRate?: { readonly draft: Draft; readonly fig: FigureOf<'change'> } | undefined;
}

/** A `;` part's tokens (from its `;` to its last item's end) and the year it states before its figures. */
export interface PartYear {
  readonly from: number;
  readonly to: number;
  readonly year: number;
}

/**
 * What the sentence steps use of the assembler: the placing context, the name helpers, the
 * drafts of a sentence and the text's running period context. @internal
 */
export interface SentenceContext extends PlaceContext {
  readonly defaultPeriod: string | undefined;
  /** The report's period (the option, or the first period the text opened with). */
  report: string | undefined;
  context: ContextPeriod | undefined;
  /** The period the last sentence with a result set: a result after a goal's sentence is dated by it. */
  resultContext: ContextPeriod | undefined;
  /** The year the sentence states before its figures (`In 2021, … in the second quarter`): a period without a year takes it first. */
  sentenceYear: number | undefined;
  /** The years the sentence's `;` parts state before their own figures, by the token each part starts at (`periods.ts` partYears). */
  partYears: readonly PartYear[];
  periodId(match: PeriodMatch): string | undefined;
  trim(range: Range | undefined): Range | undefined;
  comparativeAt(i: number): boolean;
  nameAfter(items: readonly Item[], figIndex: number): Range | undefined;
  ofNoun(range: Range | undefined): Range | undefined;
  afterLink(range: Range | undefined): Range | undefined;
  countedUnit(d: Draft, noun: Range): void;
  elliptic(draft: Draft, previous: Draft | undefined): void;
  newDraft(sentence: Span, from: number): Draft;
  extend(d: Draft, from: number, to: number): void;
  /** The drafts of the sentence with this span (the last ones: drafts are only appended). */
  sentenceDrafts(span: Span): readonly Draft[];
}

/** A name field over tokens `[from, to)`. @internal */
export function nameField(a: SentenceContext, range: Range, rule: string): Extracted<string> {
  return a.field(a.span(range.from, range.to).text, range.from, range.to, rule);
}
