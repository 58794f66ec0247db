import type { StorybookConfig } from '@storybook/react-vite';
import { optimizeDepsInclude, sourceConditions } from './shared-vite.ts';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
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
