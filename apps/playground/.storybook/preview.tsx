import { ChitieuProvider } from '@chitieu/react';
import type { Decorator, Preview } from '@storybook/react-vite';
import { useEffect } from 'react';
import { ThemedDocsContainer } from '../src/docs/ThemedDocsContainer';
import { asLocale, asTheme, PlaygroundGlobalsProvider } from '../src/globals';
import { VIEWPORTS } from '../src/viewports';
import '@chitieu/react/styles.css';
import '../src/playground.css';

/**
 * Every story follows the toolbar: the locale goes to the component provider and to `lang`
 * (screen readers pronounce Vietnamese correctly only with `lang="vi"`), the theme to
 * `data-theme` and `color-scheme` on the root.
 */
const withGlobals: Decorator = (Story, context) => {
  const locale = asLocale(context.globals.locale);
  const theme = asTheme(context.globals.theme);
  useEffect(() => {
    const root = document.documentElement;
    root.lang = locale;
    root.dataset.theme = theme;
    root.style.colorScheme = theme;
  }, [locale, theme]);
  return (
    <PlaygroundGlobalsProvider locale={locale} theme={theme}>
      <ChitieuProvider locale={locale} theme={theme}>
        <div className="pg-root" data-theme={theme} data-ct-theme={theme} lang={locale}>
          <Story />
        </div>
      </ChitieuProvider>
    </PlaygroundGlobalsProvider>
  );
};

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Ngôn ngữ / Locale',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'vi', right: 'vi-VN', title: 'Tiếng Việt' },
          { value: 'en', right: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Giao diện / Theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', icon: 'sun', title: 'Light' },
          { value: 'dark', icon: 'moon', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'vi', theme: 'light' },
  decorators: [withGlobals],
  parameters: {
    layout: 'padded',
    // Phone, tablet and desktop in the toolbar; a story can pin one with `globals: { viewport: { value: 'phone' } }`
    // (its test then runs at that size too).
    viewport: { options: VIEWPORTS },
    // Docs pages follow the toolbar's theme and locale like the stories do.
    docs: { container: ThemedDocsContainer },
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i }, expanded: true },
    // Axe runs on every story; a violation fails the story's test.
    a11y: { test: 'error' },
    options: {
      storySort: {
        // The sidebar follows this order (checked by test/docs.test.ts against the built Storybook).
        order: [
          'Introduction',
          'Guides',
          [
            'Choosing a component',
            'How the numbers are computed',
            'Phrasing vi-en',
            'Data format',
            'Design tokens',
            'Component notes',
          ],
          'Thanh Hóa 2020',
          'Data editor',
          'Report reader',
          '*',
          'Components',
          [
            'IndicatorCard',
            'Scorecard',
            'ReportSummary',
            'CompletionBar',
            'StatusBadge',
            'DeltaBadge',
            'Sparkline',
            '*',
          ],
        ],
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
