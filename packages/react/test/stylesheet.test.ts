import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What jsdom cannot evaluate (media queries, forced colours, focus rings), checked on the
 * stylesheet itself. The screenshots in Chromium (light, dark, forced colours) are described in
 * the README; these tests keep the rules from being lost.
 */
const css = readFileSync(join(import.meta.dirname, '../src/styles.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** The body of the first `@media <query>` block (balanced braces). */
function media(query: string): string {
  const start = css.indexOf(`@media ${query}`);
  if (start < 0) throw new Error(`no @media ${query}`);
  let depth = 0;
  for (let i = css.indexOf('{', start); i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return css.slice(css.indexOf('{', start) + 1, i);
  }
  throw new Error('unbalanced');
}

/** Declarations of the rules whose selector list contains `selector` (outside or inside a block). */
function rule(selector: string, scope = css): string {
  const rules = [...scope.matchAll(/([^{}]+)\{([^{}]*)\}/g)];
  return rules
    .filter((m) => (m[1] ?? '').split(',').some((s) => s.trim() === selector))
    .map((m) => m[2])
    .join(';');
}

describe('stylesheet', () => {
  it('forced colours › the bullet graph draws with system colours and opts out of forced backgrounds', () => {
    const block = media('(forced-colors: active)');
    expect(block).toMatch(/--ct-actual:\s*CanvasText/);
    expect(block).toMatch(/--ct-plan:\s*CanvasText/);
    expect(block).toMatch(/--ct-previous:\s*GrayText/);
    expect(block).toMatch(/--ct-trend:\s*CanvasText/);
    // as specific as the dark theme selector, so a dark-themed bar is covered too
    expect(block).toContain('[data-ct-theme] .ct-root');
    expect(rule('.ct-bullet__track', block)).toMatch(/forced-color-adjust:\s*none/);
    expect(rule('.ct-bullet__key::before', block)).toMatch(/forced-color-adjust:\s*none/);
    expect(rule('.ct-bullet__track', block)).toMatch(/outline:\s*1px solid CanvasText/);
  });

  it('reduced motion › every transition and animation is switched off', () => {
    const block = media('(prefers-reduced-motion: reduce)');
    const outside = css.replace(block, '');
    const moving = [...outside.matchAll(/([^{}]+)\{([^{}]*)\}/g)]
      .filter((m) => /(^|;|\s)(transition|animation)(-[a-z-]+)?\s*:/.test(m[2] ?? ''))
      .flatMap((m) => (m[1] ?? '').split(',').map((s) => s.trim()));
    expect(moving.length).toBeGreaterThan(0);
    for (const selector of moving) expect(rule(selector, block), selector).toMatch(/(transition|animation):\s*none/);
  });

  it('focus › visible rings; the scorecard region draws its ring inside its clipped frame', () => {
    expect(rule('.ct-root :focus-visible')).toMatch(/outline:\s*2px solid var\(--ct-focus\)/);
    expect(rule('.ct-root .ct-scorecard__scroll:focus-visible')).toMatch(/outline-offset:\s*-2px/);
    expect(rule('.ct-scorecard__scroll')).toMatch(/scroll-padding-block:/);
  });

  it('dark theme › native parts (scrollbars) follow it through color-scheme', () => {
    expect(rule('.ct-root[data-ct-theme="dark"]')).toMatch(/color-scheme:\s*dark/);
    expect(rule('.ct-root[data-ct-theme="system"]')).toMatch(/color-scheme:\s*light dark/);
  });
});
