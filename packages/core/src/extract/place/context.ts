import type { ComparisonBase } from '../../model/types';
import type { Grammar } from '../grammar';
import type { PeriodMatch } from '../period-phrase';
import type { QuantityMatch } from '../quantity';
import type { BaseRead, Figure, Item } from '../rules/context';
import type { Token } from '../tokenize';
import type { Extracted, ExtractedChange, MatchLevel, Quantity, Span, Statement, Unread } from '../types';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A statement being assembled. @internal */
export type Draft = Mutable<Omit<Statement, 'index' | 'complete' | 'unread' | 'changes' | 'parent' | 'span'>> & {
  changes: Extracted<ExtractedChange>[];
  /** Changes against `cùng kỳ năm 2019`: resolved with the statement's period when the statements are finished. */
  sameIn: Map<Extracted<ExtractedChange>, string>;
  /**
   * Changes against a month with no year (`up 0.1 percent from the December estimate`) placed before the
   * statement had a month of its own: resolved as the period before when the statements are finished
   * and the statement's month (a trailing `, in January 2019,`) is the next one (round 51).
   */
  monthBase?: Map<Extracted<ExtractedChange>, number>;
  unread: Unread[];
  parentDraft?: { draft: Draft; span: Span; rule: string };
  /** A period the statement names that no year completes (`in July` with no year in the text). */
  periodMatch?: PeriodMatch;
  from: number;
  to: number;
};

/** A base as the assembler reads it. @internal */
export interface BaseOf {
  readonly base?: ComparisonBase;
  readonly span: Span;
  /** `cùng kỳ năm 2019`: the statement's period in that year, resolved when statements are finished. */
  readonly sameIn?: string;
  /** `compared to June` with no year: the month, resolved against the statement's own month. */
  readonly month?: number;
  /** `compared to the first quarter` with no year: the quarter or half, resolved against the statement's own. */
  readonly part?: { readonly kind: 'quarter' | 'half'; readonly index: number };
}

/** A figure item of the scanner. @internal */
export type FigureItem = Item & { t: 'figure' };
/** The figure of one kind. @internal */
export type FigureOf<K extends Figure['kind']> = Extract<Figure, { kind: K }>;

/**
 * What the placing steps use of the assembler: the tokens and grammar, the bookkeeping of used
 * tokens, and the field, quantity, base and unread builders. @internal
 */
export interface PlaceContext {
  readonly g: Grammar;
  readonly tokens: readonly Token[];
  /** Number tokens of a value restated in another currency in parentheses. */
  readonly conversions: Set<number>;
  /** Drafts whose value is a share (`chiếm 45,6%`): a level read after it takes its place. */
  readonly shareValues: WeakSet<Draft>;
  span(from: number, to: number): Span;
  mark(from: number, to: number): void;
  field<T>(value: T, from: number, to: number, rule: string, level?: MatchLevel): Extracted<T>;
  unread(what: Unread['what'], reason: Unread['reason'], from: number, to: number, message: string): Unread;
  quantity(q: QuantityMatch, approximate?: 'about' | 'over' | 'under', average?: boolean): Quantity;
  base(read: BaseRead): BaseOf;
  conversionOf(value: Extracted<Quantity>, q: QuantityMatch): boolean;
  isRatioVerb(verb: string): boolean;
  growthName(d: Draft): boolean;
}
