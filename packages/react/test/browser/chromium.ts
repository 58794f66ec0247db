import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';

/**
 * Real-browser harness shared by the Chromium tests and the benchmark: bundles a page entry with
 * esbuild (workspace sources through the `@chitieu/source` condition, so no build is needed),
 * inlines the stylesheet, and drives Debian's Chromium with playwright-core (never downloads a
 * browser).
 */
const root = join(import.meta.dirname, '..', '..');

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function pageHtml(entry: string, mode: 'development' | 'production'): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: mode === 'production',
    jsx: 'automatic',
    conditions: ['@chitieu/source'],
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
    logLevel: 'silent',
  });
  const script = result.outputFiles[0]?.text ?? '';
  const css = readFileSync(join(root, 'src', 'styles.css'), 'utf8');
  // `</script` cannot appear inside an inline script
  const safe = script.replace(/<\/script/gi, '<\\/script');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>${css}</style></head><body><div id="host"></div><script>${safe}</script></body></html>`;
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
}
