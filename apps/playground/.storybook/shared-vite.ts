import { defaultClientConditions } from 'vite';

/**
 * Workspace packages resolve to their TypeScript source through the `@chitieu/source` export
 * condition, so Storybook and its tests never wait for `pnpm build`. Vite replaces (does not
 * extend) its default conditions when `resolve.conditions` is set, hence the spread.
 */
export const sourceConditions: string[] = ['@chitieu/source', ...defaultClientConditions];

/**
 * Pre-bundled up front: otherwise Vite discovers them while the first story loads, re-optimizes
 * and reloads the page ("Vite unexpectedly reloaded a test"). Dependencies of the linked
 * workspace packages are named through them (`pkg > dep`).
 */
export const optimizeDepsInclude: string[] = [
  'react',
  'react-dom',
  'react/jsx-runtime',
  'react/jsx-dev-runtime',
  'react-dom/client',
  'papaparse',
  '@chitieu/core > decimal.js',
  '@chitieu/react > @tanstack/react-table',
  '@chitieu/react > @tanstack/react-virtual',
  // The planning stories load @chitieu/office (and its format libraries) on demand.
  '@chitieu/office > exceljs',
  '@chitieu/office > docx',
  'exceljs',
];
