import type { StorybookConfig } from '@storybook/react-vite';
import remarkGfm from 'remark-gfm';
import { optimizeDepsInclude, sourceConditions } from './shared-vite.ts';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: [
    // GitHub-flavoured Markdown: without remark-gfm a table in an MDX guide renders as raw `| --- |` text.
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  framework: { name: '@storybook/react-vite', options: {} },
  // Props tables from the components' TypeScript: unions read as their members ("'regular' |
  // 'compact'", not "union"), defaults from the TSDoc `@default` or the destructuring, and only the
  // components' own props (not the hundreds a <section> inherits). Limited to @chitieu/react's
  // sources so it stays fast.
  typescript: {
    reactDocgen: 'react-docgen-typescript',
    reactDocgenTypescriptOptions: {
      tsconfigPath: './tsconfig.docgen.json',
      include: ['../../packages/react/src/**/*.tsx'],
      exclude: ['**/*.test.tsx'],
      shouldExtractLiteralValuesFromEnum: true,
      shouldExtractValuesFromUnion: true,
      shouldRemoveUndefinedFromOptional: true,
      savePropValueAsString: true,
      propFilter: (prop) => (prop.parent ? !/node_modules/.test(prop.parent.fileName) : true),
    },
  },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // No "Get started" checklist in the sidebar: the playground is for designers, not for
  // learning Storybook. (Not yet in the StorybookConfig type of 10.6.)
  features: { sidebarOnboardingChecklist: false } as StorybookConfig['features'],
  viteFinal: async (viteConfig) => {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      resolve: { conditions: sourceConditions },
      optimizeDeps: { include: optimizeDepsInclude },
      // The preview bundles React, axe and the docs renderer; one big chunk is expected here.
      build: {
        chunkSizeWarningLimit: 2000,
        // Only the chunk list: the docgen plugin's timing notice is expected and not actionable.
        reportCompressedSize: false,
        rolldownOptions: {
          checks: { pluginTimings: false },
          // The components keep 'use client' for React Server Components; a bundle drops it.
          onwarn(warning: { code?: string }, warn: (w: { code?: string }) => void) {
            if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
          },
        },
      },
    });
  },
};

export default config;
