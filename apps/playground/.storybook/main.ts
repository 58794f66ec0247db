import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions } from 'vite';

/**
 * Workspace packages resolve to their TypeScript source through the `@chitieu/source` export
 * condition, so Storybook and its tests never wait for `pnpm build`. Vite replaces (does not
 * extend) its default conditions when `resolve.conditions` is set, hence the spread.
 */
export const sourceConditions: string[] = ['@chitieu/source', ...defaultClientConditions];

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: async (viteConfig) => {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      resolve: { conditions: sourceConditions },
      optimizeDeps: { include: ['react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom/client', 'papaparse'] },
    });
  },
};

export default config;
