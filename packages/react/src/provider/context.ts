'use client';
import { type Context, createContext, version } from 'react';
import type { ChitieuSettings } from './settings';

/**
 * The context lives on a global registry key, so an app that loads both the ESM and the CJS
 * build (the dual-package hazard that broke react-hook-form's context) still has one context:
 * the provider from one build reaches components from the other. The key names React's version:
 * a context object belongs to the React that made it, so a process that renders with React 18
 * and React 19 (a test runner, a server with two apps) keeps one context per React.
 */
const CONTEXT_KEY = Symbol.for(`@chitieu/react.settings-context.v1@react-${version}`);

type Registry = { [CONTEXT_KEY]?: Context<ChitieuSettings | null> };

/** The one settings context of every loaded copy of the package. @internal */
export function settingsContext(): Context<ChitieuSettings | null> {
  const registry = globalThis as Registry;
  let context = registry[CONTEXT_KEY];
  if (context === undefined) {
    context = createContext<ChitieuSettings | null>(null);
    context.displayName = 'ChitieuSettings';
    registry[CONTEXT_KEY] = context;
  }
  return context;
}
