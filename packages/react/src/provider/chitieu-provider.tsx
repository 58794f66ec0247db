'use client';
import { type ReactElement, type ReactNode, useContext, useMemo } from 'react';
import { settingsContext } from './context';
import { type ChitieuSettings, DEFAULT_LOCALE, type ScorecardOptions } from './settings';

/** Props of {@link ChitieuProvider}. */
export interface ChitieuProviderProps extends ChitieuSettings {
  readonly children?: ReactNode;
}

/**
 * Shares locale, theme, evaluation and scorecard options with every Chỉ tiêu component below
 * it. Providers nest: an inner provider overrides only what it sets. A component's own
 * `locale` prop wins over any provider.
 *
 * @example
 * <ChitieuProvider locale="en" theme="dark" evaluateOptions={{ nearThreshold: '0.9' }}>
 *   <Scorecard dataset={dataset} />
 * </ChitieuProvider>
 */
export function ChitieuProvider({ children, ...settings }: ChitieuProviderProps): ReactElement {
  const Context = settingsContext();
  const parent = useContext(Context);
  const { locale, theme, evaluateOptions, scorecard } = settings;
  const value = useMemo<ChitieuSettings>(
    () => ({
      locale: locale ?? parent?.locale,
      theme: theme ?? parent?.theme,
      evaluateOptions: evaluateOptions ?? parent?.evaluateOptions,
      scorecard: mergeScorecard(parent?.scorecard, scorecard),
    }),
    [parent, locale, theme, evaluateOptions, scorecard],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

function mergeScorecard(
  outer: ScorecardOptions | undefined,
  inner: ScorecardOptions | undefined,
): ScorecardOptions | undefined {
  if (outer === undefined) return inner;
  if (inner === undefined) return outer;
  return { ...outer, ...inner };
}

/** Settings resolved for one component: its props over the nearest provider over defaults. */
export interface ResolvedSettings {
  readonly locale: string;
  readonly theme: ChitieuSettings['theme'];
  readonly evaluateOptions: ChitieuSettings['evaluateOptions'];
  readonly scorecard: ScorecardOptions;
}

/**
 * Reads the nearest {@link ChitieuProvider}'s settings (defaults without one): the locale
 * (`vi-VN` unless set), theme, evaluation and scorecard options.
 *
 * @example
 * const { locale } = useChitieuSettings();
 */
export function useChitieuSettings(overrides: { readonly locale?: string | undefined } = {}): ResolvedSettings {
  const settings = useContext(settingsContext());
  const theme = settings?.theme;
  const scorecard = settings?.scorecard;
  return {
    // checked by each component's guarded path (an invalid tag renders an inline message)
    locale: overrides.locale ?? settings?.locale ?? DEFAULT_LOCALE,
    // only the three themes reach the DOM: anything else is the light default
    theme: theme === 'light' || theme === 'dark' || theme === 'system' ? theme : undefined,
    evaluateOptions: settings?.evaluateOptions,
    scorecard: typeof scorecard === 'object' && scorecard !== null ? scorecard : {},
  };
}
