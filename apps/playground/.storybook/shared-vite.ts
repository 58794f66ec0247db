import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AliasOptions } from 'vite';
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
];

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * `@chitieu/react/styles.css` is exported from `dist/` only (it is copied there by the build).
 * Until its export names a `@chitieu/source` file, point it at the source stylesheet so that
 * Storybook starts on a fresh clone without a build. Once the export has the condition, Vite
 * resolves it by itself and this alias is not added.
 */
export function sourceAliases(): AliasOptions {
  const pkgDir = path.resolve(here, '../node_modules/@chitieu/react');
  try {
    const pkg = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as {
      exports?: Record<string, unknown>;
    };
    const entry = pkg.exports?.['./styles.css'];
    if (typeof entry === 'object' && entry !== null && '@chitieu/source' in entry) return [];
  } catch {
    return [];
  }
  return [{ find: /^@chitieu\/react\/styles\.css$/, replacement: path.join(pkgDir, 'src/styles.css') }];
}
