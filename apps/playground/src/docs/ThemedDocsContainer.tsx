import { DocsContainer, type DocsContainerProps } from '@storybook/addon-docs/blocks';
import { type PropsWithChildren, type ReactNode, useEffect, useState } from 'react';
import { GLOBALS_UPDATED } from 'storybook/internal/core-events';
import { create } from 'storybook/theming/create';
import { asLocale, asTheme, PlaygroundGlobalsProvider, usePlaygroundGlobals } from '../globals';

/** Code in docs pages uses the playground's monospace stack (Vietnamese diacritics render). */
const fontCode =
  'ui-monospace, "SF Mono", "Cascadia Mono", Consolas, "Noto Sans Mono", "Noto Mono", "Liberation Mono", "DejaVu Sans Mono", monospace';

const THEMES = {
  light: create({ base: 'light', fontCode, appContentBg: '#ffffff', textColor: '#1a1d23' }),
  dark: create({ base: 'dark', fontCode, appContentBg: '#14161b', textColor: '#e8eaef' }),
} as const;

type Globals = Record<string, unknown>;

/** The globals the docs page opened with: the URL's `globals=` and the toolbar's, as the store holds them. */
function initialGlobals(context: DocsContainerProps['context']): Globals {
  const store = (context as unknown as { store?: { userGlobals?: { get?: () => Globals } } }).store;
  try {
    return store?.userGlobals?.get?.() ?? {};
  } catch {
    return {};
  }
}

/**
 * The docs page follows the toolbar like every story does: the theme (the page is dark in dark
 * mode, never white) and the locale (guides show their Vietnamese or English text, `<Lang>`).
 * It also sets `lang` and `data-theme` on the document, so the playground's CSS variables apply.
 */
export function ThemedDocsContainer(props: PropsWithChildren<DocsContainerProps>): ReactNode {
  const { context, children } = props;
  const [globals, setGlobals] = useState<Globals>(() => initialGlobals(context));
  useEffect(() => {
    const channel = context.channel;
    const onUpdate = (event: { globals?: Globals }): void => {
      if (event.globals) setGlobals(event.globals);
    };
    channel.on(GLOBALS_UPDATED, onUpdate);
    return () => channel.off(GLOBALS_UPDATED, onUpdate);
  }, [context]);
  const locale = asLocale(globals['locale']);
  const theme = asTheme(globals['theme']);
  useEffect(() => {
    const root = document.documentElement;
    root.lang = locale;
    root.dataset.theme = theme;
    root.style.colorScheme = theme;
  }, [locale, theme]);
  return (
    <PlaygroundGlobalsProvider locale={locale} theme={theme}>
      <div className="pg-docs" data-theme={theme} lang={locale}>
        <DocsContainer context={context} theme={THEMES[theme]}>
          {children}
        </DocsContainer>
      </div>
    </PlaygroundGlobalsProvider>
  );
}

/**
 * Text of one locale in an MDX guide: `<Lang vi>…</Lang><Lang en>…</Lang>`. Markdown inside
 * works when the content is separated from the tags by blank lines.
 */
export function Lang(props: { readonly vi?: boolean; readonly en?: boolean; readonly children: ReactNode }): ReactNode {
  return <LangSwitch {...props} />;
}

function LangSwitch(props: { readonly vi?: boolean; readonly en?: boolean; readonly children: ReactNode }): ReactNode {
  const { locale } = usePlaygroundGlobals();
  const shown = locale === 'en' ? props.en === true : props.vi === true;
  return shown ? <div lang={locale}>{props.children}</div> : null;
}
