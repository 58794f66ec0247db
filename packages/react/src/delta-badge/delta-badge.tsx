'use client';
import type { Change, Evaluation, Indicator } from '@chitieu/core';
import { CHANGE_FORMS, type DeltaContent, deltaContent } from '@chitieu/core/view';
import {
  type ComponentPropsWithoutRef,
  type ForwardRefExoticComponent,
  forwardRef,
  type ReactElement,
  type RefAttributes,
} from 'react';
import { cx } from '../internal/class-names';
import { fromProp, guarded, PropsError } from '../internal/inline-error';
import { type Messages, messagesFor } from '../internal/messages';
import { checkEvaluation, checkIndicator, isRecord, oneOf } from '../internal/validate';
import { useChitieuSettings } from '../provider/chitieu-provider';
import { StatusIcon } from '../status-badge/status-icon';

/** Props of {@link DeltaBadge}. */
export interface DeltaBadgeProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /** An evaluation: its `change` and `indicator` are shown. */
  readonly evaluation?: Evaluation | undefined;
  /** The change (an evaluation's `change`); with `indicator`, when no `evaluation` is given. */
  readonly change?: Change | null | undefined;
  /** The indicator the change belongs to: its direction decides good and bad, its unit % or points. */
  readonly indicator?: Indicator | undefined;
  /**
   * `phrase` (default): `tăng 3,2% so với cùng kỳ`; `signed`: compact `+3,2%`, `×51` for tables
   * (screen readers still hear the phrase).
   */
  readonly display?: 'phrase' | 'signed' | undefined;
  /** Form of the change (default `auto`: points for rates, `gấp N lần` from 2×, else a rate); see the core's `formatChange`. */
  readonly form?: 'auto' | 'rate' | 'ratio' | 'times' | 'points' | 'absolute' | undefined;
  /** BCP 47 locale of every number and word (`vi-VN`, `en`); default: the provider's, else `vi-VN`. */
  readonly locale?: string | undefined;
  /** Extra class names on the root element (which always has `ct-root` and the component's `ct-` class). */
  readonly className?: string | undefined;
}

/** How a change reads for the indicator's direction. @internal */
export type { Tone } from '@chitieu/core/view';

const FORMS = CHANGE_FORMS;

function Arrow({ sign }: { readonly sign: -1 | 0 | 1 }): ReactElement {
  const d =
    sign > 0
      ? 'M8 13V3M3.5 7.5 8 3l4.5 4.5'
      : sign < 0
        ? 'M8 3v10M3.5 8.5 8 13l4.5-4.5'
        : 'M3 8h10M9 4.5 12.5 8 9 11.5';
  return (
    <svg
      className="ct-delta__arrow"
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={d} />
    </svg>
  );
}

/** What a delta badge shows, computed once by the view layer (the scorecard caches it per row). @internal */
export { type DeltaContent, deltaContent };

/** The inside of a delta badge: arrow, text (and spoken words), and the good/bad shape. @internal */
export function DeltaInner({ content, m }: { readonly content: DeltaContent; readonly m: Messages }): ReactElement {
  return (
    <>
      <Arrow sign={content.sign} />
      {content.spoken === null ? (
        <span className="ct-delta__text">{content.text}</span>
      ) : (
        <>
          <span className="ct-delta__text" aria-hidden="true">
            {content.text}
          </span>
          <span className="ct-sr-only">{content.spoken}</span>
        </>
      )}
      {content.tone === 'good' || content.tone === 'bad' ? (
        <>
          {/* good or bad is shown by a shape too, never by colour alone (WCAG 1.4.1) */}
          <StatusIcon status={content.tone === 'good' ? 'met' : 'missed'} className="ct-delta__tone" />
          <span className="ct-sr-only"> ({content.tone === 'good' ? m.favourable : m.unfavourable})</span>
        </>
      ) : null}
    </>
  );
}

/** The empty badge: a dash, and "no comparison" for screen readers. @internal */
export function DeltaNone({ m }: { readonly m: Messages }): ReactElement {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="ct-sr-only">{m.noComparison}</span>
    </>
  );
}

/**
 * Change against the comparison base (the same period last year unless the observation says
 * otherwise): the core's `formatChange` text — a rate (`tăng 3,2%`), percentage points for
 * rates (`+16,35 điểm phần trăm`) or a multiple (`gấp 51 lần`) — with an arrow, and a colour
 * that follows the indicator's direction: a fall of the poverty rate is good. The good/bad word
 * is also given to screen readers, so meaning never rests on colour.
 *
 * @example
 * <DeltaBadge evaluation={evaluation} />
 * <DeltaBadge change={evaluation.change} indicator={evaluation.indicator} locale="en" />
 */
export const DeltaBadge: ForwardRefExoticComponent<DeltaBadgeProps & RefAttributes<HTMLSpanElement>> = forwardRef<
  HTMLSpanElement,
  DeltaBadgeProps
>(function DeltaBadge(
  {
    evaluation,
    change: changeProp,
    indicator: indicatorProp,
    display = 'phrase',
    form,
    locale: localeProp,
    className,
    ...rest
  },
  ref,
) {
  const { locale: wanted, theme } = useChitieuSettings({ locale: localeProp });
  return guarded({ component: 'delta-badge', locale: wanted, theme, className, ref }, (locale) => {
    const m = messagesFor(locale);
    const style = oneOf(display, ['phrase', 'signed'], 'phrase');
    const shape = form === undefined ? undefined : oneOf(form, FORMS, 'auto');
    let indicator: Indicator;
    let change: Change | null | undefined;
    if (evaluation !== undefined && evaluation !== null) {
      const e = checkEvaluation(evaluation, 'evaluation');
      indicator = e.indicator;
      change = e.change;
    } else {
      if (indicatorProp === undefined || indicatorProp === null) throw new PropsError('indicator', 'missing');
      indicator = checkIndicator(indicatorProp, 'indicator');
      change = changeProp;
      if (change !== null && change !== undefined && !isRecord(change)) throw new PropsError('change', 'object');
    }
    const prop = evaluation !== undefined && evaluation !== null ? 'evaluation' : 'change';
    if (change === null || change === undefined) {
      return (
        <span
          {...rest}
          ref={ref}
          className={cx('ct-root ct-delta ct-delta--none', className)}
          data-ct-theme={theme}
          data-tone="none"
        >
          <DeltaNone m={m} />
        </span>
      );
    }
    const content = fromProp(prop, () => deltaContent(change, indicator, locale, style, shape));
    return (
      <span
        {...rest}
        ref={ref}
        className={cx('ct-root ct-delta', `ct-delta--${content.tone}`, className)}
        data-ct-theme={theme}
        data-tone={content.tone}
      >
        <DeltaInner content={content} m={m} />
      </span>
    );
  });
});
