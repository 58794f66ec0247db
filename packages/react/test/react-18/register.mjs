/**
 * Loaded with `node --import` in the React 18 test project's workers. Vite's `resolve.alias`
 * covers the code Vite transforms (sources, tests); these hooks cover what Node loads itself:
 * externalised dependencies (`@testing-library/react`, `@tanstack/*`, `use-sync-external-store`),
 * `react-dom`'s own `require('react')` (pnpm pairs the aliased react-dom 18 with the workspace's
 * React 19) and the built `dist/index.cjs` of the dual-package test. Every `react`/`react-dom`
 * request, from CommonJS or ESM, loads React 18.3.1.
 */
import Module, { register } from 'node:module';
import { pathToFileURL } from 'node:url';
import { redirect } from './targets.mjs';

// CommonJS: require('react'), require('react-dom/client'), …
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveReact18(request, ...rest) {
  const target = redirect(request);
  return resolveFilename.call(this, target ?? request, ...rest);
};

// ESM: import … from 'react' in native ES modules (e.g. @tanstack/react-table).
register(new URL('./esm-hooks.mjs', import.meta.url), pathToFileURL('./'));
