import {
  type Change,
  compareDecimals,
  type Evaluation,
  effectiveDirection,
  formatChange,
  type Indicator,
} from '../index';
import { asPropsError, fromProp, PropsError } from './errors';
import { messagesFor } from './messages';
import { STATUS_ICONS } from './status';
import { checkEvaluation, checkIndicator, isRecord, oneOf } from './validate';

/** How a change reads for the indicator's direction. */
export type Tone = 'good' | 'bad' | 'neutral' | 'none';

/** Forms of a change (see the core's `formatChange`). */
export type ChangeFormOption = 'auto' | 'rate' | 'ratio' | 'times' | 'points' | 'absolute';
export const CHANGE_FORMS: readonly ChangeFormOption[] = ['auto', 'rate', 'ratio', 'times', 'points', 'absolute'];

/** Arrow icons (16×16, stroked) by the sign of the change. */
export const DELTA_ARROWS: Readonly<Record<'up' | 'down' | 'flat', string>> = {
  up: 'M8 13V3M3.5 7.5 8 3l4.5 4.5',
  down: 'M8 3v10M3.5 8.5 8 13l4.5-4.5',
  flat: 'M3 8h10M9 4.5 12.5 8 9 11.5',
};

function toneOf(sign: -1 | 0 | 1, indicator: Indicator): Tone {
  if (sign === 0) return 'neutral';
  const direction = effectiveDirection(indicator);
  if (direction === 'neither') return 'neutral';
  return sign > 0 === (direction === 'higher-is-better') ? 'good' : 'bad';
}

/** What a delta badge shows (the scorecard caches it per row). */
export interface DeltaContent {
  /** `tăng 3,2% so với cùng kỳ`, or `+3,2%` when signed. */
  readonly text: string;
  /** The phrase screen readers hear when {@link text} is the compact signed form; else null. */
  readonly spoken: string | null;
  readonly sign: -1 | 0 | 1;
  readonly tone: Tone;
  /** Arrow path by sign. */
  readonly arrow: string;
  /** The good/bad shape (the `met`/`missed` status icons), null when neutral: never colour alone. */
  readonly toneIcon: string | null;
  /** ` (tích cực)` / ` (tiêu cực)` for screen readers, null when neutral. */
  readonly toneWord: string | null;
}

/** The texts, sign and tone of a change (throws on a malformed change). */
export function deltaContent(
  change: Change,
  indicator: Indicator,
  locale: string,
  style: 'phrase' | 'signed',
  form: ChangeFormOption | undefined,
): DeltaContent {
  try {
    return deltaContentUnguarded(change, indicator, locale, style, form);
  } catch (error) {
    throw asPropsError('change', error);
  }
}

function deltaContentUnguarded(
  change: Change,
  indicator: Indicator,
  locale: string,
  style: 'phrase' | 'signed',
  form: ChangeFormOption | undefined,
): DeltaContent {
  const m = messagesFor(locale);
  const sign = compareDecimals(change.absolute, '0');
  const tone = toneOf(sign, indicator);
  return {
    text: formatChange(change, indicator, { locale, style, form }),
    // the compact `+3,2%` / `×51` is read as "plus…" / "times…": screen readers get the words
    spoken: style === 'signed' ? formatChange(change, indicator, { locale, style: 'phrase', form }) : null,
    sign,
    tone,
    arrow: DELTA_ARROWS[sign > 0 ? 'up' : sign < 0 ? 'down' : 'flat'],
    toneIcon: tone === 'good' ? STATUS_ICONS.met : tone === 'bad' ? STATUS_ICONS.missed : null,
    toneWord: tone === 'good' ? ` (${m.favourable})` : tone === 'bad' ? ` (${m.unfavourable})` : null,
  };
}

/** Inputs of {@link deltaBadgeView}. */
export interface DeltaSource {
  /** An evaluation: its `change` and `indicator` are shown. */
  readonly evaluation?: Evaluation | null | undefined;
  /** A change (an evaluation's `change`), with `indicator`, when no `evaluation` is given. */
  readonly change?: Change | null | undefined;
  readonly indicator?: Indicator | null | undefined;
  /** `phrase` (default) or `signed` (`+3,2%`, screen readers still hear the phrase). */
  readonly display?: 'phrase' | 'signed' | undefined;
  readonly form?: ChangeFormOption | undefined;
}

/** A delta badge: the change's content, or `none` (a dash, and "no comparison" for screen readers). */
export type DeltaBadgeView =
  | { readonly kind: 'none'; readonly tone: 'none'; readonly spoken: string }
  | ({ readonly kind: 'change' } & DeltaContent);

/** The delta badge of an evaluation or a change + indicator; throws a `PropsError` naming the input. */
export function deltaBadgeView(source: DeltaSource, locale: string): DeltaBadgeView {
  try {
    return deltaBadgeViewUnguarded(source, locale);
  } catch (error) {
    throw asPropsError('evaluation', error);
  }
}

function deltaBadgeViewUnguarded(source: DeltaSource, locale: string): DeltaBadgeView {
  const m = messagesFor(locale);
  const style = oneOf(source.display, ['phrase', 'signed'], 'phrase');
  const form = source.form === undefined ? undefined : oneOf(source.form, CHANGE_FORMS, 'auto');
  let indicator: Indicator;
  let change: Change | null | undefined;
  const fromEvaluation = source.evaluation !== undefined && source.evaluation !== null;
  if (fromEvaluation) {
    const e = checkEvaluation(source.evaluation, 'evaluation');
    indicator = e.indicator;
    change = e.change;
  } else {
    if (source.indicator === undefined || source.indicator === null) throw new PropsError('indicator', 'missing');
    indicator = checkIndicator(source.indicator, 'indicator');
    change = source.change;
    if (change !== null && change !== undefined && !isRecord(change)) throw new PropsError('change', 'object');
  }
  if (change === null || change === undefined) return { kind: 'none', tone: 'none', spoken: m.noComparison };
  const shown = change;
  return {
    kind: 'change',
    ...fromProp(fromEvaluation ? 'evaluation' : 'change', () => deltaContent(shown, indicator, locale, style, form)),
  };
}
