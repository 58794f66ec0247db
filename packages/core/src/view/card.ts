import { formatQuantity, localize, type Status } from '../index';
import { type CompletionBarView, completionBarView, figureTexts } from './bullet';
import { type DeltaBadgeView, deltaBadgeView } from './delta';
import { type DerivedFigure, derivedSpoken, derivedTarget } from './derived';
import { asPropsError, fromProp, PropsError } from './errors';
import { figureParts } from './figure';
import { messagesFor } from './messages';
import { type EvaluationSource, resolveEvaluation, sourceProp } from './resolve';
import { type SparklineView, sparklineView } from './sparkline';
import { type StatusBadgeView, statusBadgeView } from './status';
import { oneOf } from './validate';

/** Options of {@link indicatorCardView}. */
export interface IndicatorCardOptions {
  /** `regular` (default): every fact; `compact`: name, actual, % of plan, status and the bar. */
  readonly size?: 'regular' | 'compact' | undefined;
  /** Earlier periods, oldest first (observations fit): a trend sparkline with the plan line. */
  readonly history?: unknown;
  /** Heading level of the name (default 3; numbers are clamped to 2–6, anything else is 3). */
  readonly headingLevel?: unknown;
}

/** A fact of a regular card: a term and its value (`Kế hoạch` → `3.608 tỷ đồng`). */
export type CardFact =
  | {
      readonly kind: 'target';
      readonly term: string;
      readonly value: string;
      readonly derived: DerivedFigure | null;
      readonly spoken: string | null;
      /** {@link value} as runs that never break inside (a `<wbr>` between two): see `figureParts`. */
      readonly parts: readonly string[];
    }
  | {
      readonly kind: 'completion' | 'next';
      readonly term: string;
      readonly value: string;
      /** {@link value} as runs that never break inside (a `<wbr>` between two): see `figureParts`. */
      readonly parts: readonly string[];
    }
  | { readonly kind: 'change'; readonly term: string; readonly delta: DeltaBadgeView };

/** What an indicator card shows. */
export interface IndicatorCardView {
  readonly size: 'regular' | 'compact';
  readonly status: Status;
  readonly name: string;
  readonly headingLevel: 2 | 3 | 4 | 5 | 6;
  readonly badge: StatusBadgeView;
  /** The actual with unit, or null (shown as a dash hidden from screen readers). */
  readonly actual: string | null;
  /**
   * The actual as runs that never break inside (draw a `<wbr>` between two): a long number
   * wraps only at its group boundaries and keeps its last group with the unit; a short one may
   * send its unit, whole, to the next line. Joined, the runs are {@link actual}. Empty when null.
   */
  readonly actualParts: readonly string[];
  /** The `ước` marker and its long form, when the figure is an estimate. */
  readonly estimated: { readonly short: string; readonly long: string } | null;
  /** The compact bar (named `${name}: % kế hoạch`). */
  readonly bar: CompletionBarView;
  /** Compact cards: `đạt 100,6% kế hoạch` (null without completion). Regular: null. */
  readonly ofPlan: string | null;
  /** Regular cards: target, completion, change, next target. Compact: empty. */
  readonly facts: readonly CardFact[];
  /** The trend, when a non-empty history is given. */
  readonly trend: SparklineView | null;
}

/** Heading levels 2–6 (a number outside is clamped, anything else is the default 3): never `<h9>`. */
export function headingLevelOf(value: unknown): 2 | 3 | 4 | 5 | 6 {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 3;
  return Math.min(6, Math.max(2, Math.round(value))) as 2 | 3 | 4 | 5 | 6; // float-ok: a heading level, not a figure
}

/** The card of an evaluation (given, or evaluated); throws a `PropsError` naming the input. */
export function indicatorCardView(
  source: EvaluationSource,
  locale: string,
  options: IndicatorCardOptions = {},
): IndicatorCardView {
  try {
    return indicatorCardViewUnguarded(source, locale, options);
  } catch (error) {
    throw asPropsError('evaluation', error);
  }
}

function indicatorCardViewUnguarded(
  source: EvaluationSource,
  locale: string,
  options: IndicatorCardOptions = {},
): IndicatorCardView {
  const m = messagesFor(locale);
  const e = resolveEvaluation(source);
  const prop = sourceProp(source);
  const texts = fromProp(prop, () => figureTexts(e, locale));
  const derived = fromProp(prop, () => derivedTarget(e, locale, m));
  const name = fromProp(prop, () => localize(e.indicator.name, locale));
  const history = options.history;
  if (history !== undefined && history !== null && !Array.isArray(history)) throw new PropsError('history', 'array');
  const size = oneOf(options.size, ['regular', 'compact'], 'regular');
  const compact = size === 'compact';
  const facts: CardFact[] = [];
  if (!compact) {
    if (texts.target !== null)
      facts.push({
        kind: 'target',
        term: m.target,
        value: texts.target,
        derived,
        spoken: derived === null ? null : derivedSpoken(texts.target, derived),
        parts: figureParts(texts.target),
      });
    if (texts.completion !== null)
      facts.push({ kind: 'completion', term: m.completion, value: texts.completion, parts: [texts.completion] });
    facts.push({ kind: 'change', term: m.changeLabel, delta: deltaBadgeView({ evaluation: e }, locale) });
    const next = e.observation.nextTarget;
    if (next !== undefined && next !== null) {
      const value = fromProp(prop, () => formatQuantity(String(next.value), { locale, indicator: e.indicator }));
      facts.push({ kind: 'next', term: m.nextTarget(String(next.period)), value, parts: figureParts(value) });
    }
  }
  return {
    size,
    status: e.status,
    name,
    headingLevel: headingLevelOf(options.headingLevel),
    badge: statusBadgeView(e.status, locale),
    actual: texts.actual,
    actualParts: texts.actual === null ? [] : figureParts(texts.actual),
    estimated: e.estimated ? { short: m.estimated, long: m.estimatedLong } : null,
    bar: completionBarView({ evaluation: e }, locale, { size: 'compact', label: `${name}: ${m.completion}` }),
    ofPlan: compact && texts.completion !== null ? m.ofPlan(texts.completion) : null,
    facts,
    trend:
      Array.isArray(history) && history.length > 0
        ? sparklineView(
            { history, indicator: e.indicator, width: compact ? 72 : 120, height: compact ? 20 : 28 },
            locale,
          )
        : null,
  };
}
