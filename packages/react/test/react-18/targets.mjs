/**
 * Where `react` and `react-dom` point in the React 18 test project: the dev-dependencies
 * `react-18` (npm:react@18.3.1) and `react-dom-18` (npm:react-dom@18.3.1). Shared by the Vitest
 * config (Vite aliases) and the Node resolve hooks (for dependencies Node loads itself).
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);

/** The aliased package of each React package name. */
export const ALIASES = { react: 'react-18', 'react-dom': 'react-dom-18' };

/** Directory of each React 18 package. */
export const DIRECTORIES = {
  react: dirname(require.resolve('react-18/package.json')),
  'react-dom': dirname(require.resolve('react-dom-18/package.json')),
};

/**
 * The file a `react`, `react/…`, `react-dom` or `react-dom/…` request loads under React 18
 * (resolved through the React 18 packages' own `exports`), or null for any other request.
 */
export function redirect(request) {
  const match = /^(react|react-dom)(\/.+)?$/.exec(request);
  if (match === null) return null;
  const name = /** @type {'react' | 'react-dom'} */ (match[1]);
  return require.resolve(`${ALIASES[name]}${match[2] ?? ''}`);
}
