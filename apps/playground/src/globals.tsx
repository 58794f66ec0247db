import { createContext, type ReactNode, useContext } from 'react';

/** The locales the toolbar offers; Vietnamese first, as in the reports. */
export const LOCALES = ['vi', 'en'] as const;
export type PlaygroundLocale = (typeof LOCALES)[number];

export const THEMES = ['light', 'dark'] as const;
export type PlaygroundTheme = (typeof THEMES)[number];

export interface PlaygroundGlobals {
  readonly locale: PlaygroundLocale;
  readonly theme: PlaygroundTheme;
}

const Context = createContext<PlaygroundGlobals>({ locale: 'vi', theme: 'light' });

/** Narrow an untrusted toolbar value (it can come from the URL) to a known locale. */
export function asLocale(value: unknown): PlaygroundLocale {
  return value === 'en' ? 'en' : 'vi';
}

export function asTheme(value: unknown): PlaygroundTheme {
  return value === 'dark' ? 'dark' : 'light';
}

export function PlaygroundGlobalsProvider(props: PlaygroundGlobals & { readonly children: ReactNode }): ReactNode {
  const { locale, theme, children } = props;
  return <Context.Provider value={{ locale, theme }}>{children}</Context.Provider>;
}

/** The toolbar's locale and theme, for stories that render text of their own. */
export function usePlaygroundGlobals(): PlaygroundGlobals {
  return useContext(Context);
}

/** Pick the text of the current locale: `t({ vi: 'Dán dữ liệu', en: 'Paste data' })`. */
export function useT(): (text: { readonly vi: string; readonly en: string }) => string {
  const { locale } = usePlaygroundGlobals();
  return (text) => text[locale];
}
