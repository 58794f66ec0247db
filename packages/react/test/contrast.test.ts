import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** WCAG 2.2 AA from the stylesheet itself: text 4.5:1 (1.4.3), graphics 3:1 (1.4.11), both themes. */
const css = readFileSync(join(import.meta.dirname, '../src/styles.css'), 'utf8');

function block(selectorStart: string): Record<string, string> {
  const start = css.indexOf(selectorStart);
  const open = css.indexOf('{', start);
  const close = css.indexOf('}', open);
  const vars: Record<string, string> = {};
  for (const m of css.slice(open + 1, close).matchAll(/--(ct-[\w-]+):\s*(#[0-9a-f]{6})/gi))
    vars[m[1] as string] = m[2] as string;
  return vars;
}

const light = block('.ct-root {');
const dark = { ...light, ...block('.ct-root[data-ct-theme="dark"],') };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function ratio(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

const TEXT: [string, string][] = [
  ['fg', 'surface'],
  ['fg', 'surface-alt'],
  ['muted', 'surface'],
  ['muted', 'surface-alt'],
  ['exceeded-fg', 'exceeded-bg'],
  // the solid "Vượt kế hoạch" badge: surface-coloured text on the exceeded colour
  ['surface', 'exceeded-fg'],
  ['met-fg', 'met-bg'],
  ['near-fg', 'near-bg'],
  ['missed-fg', 'missed-bg'],
  ['none-fg', 'none-bg'],
  ['good', 'surface'],
  ['bad', 'surface'],
  ['good', 'surface-alt'],
  ['bad', 'surface-alt'],
  ['muted', 'band-good'],
  // "Chưa có số liệu" is written over the bands of an empty bullet graph
  ['muted', 'band-poor'],
  ['muted', 'band-fair'],
];
const GRAPHICS: [string, string][] = [
  ['actual', 'band-poor'],
  ['actual', 'band-fair'],
  ['actual', 'band-good'],
  ['plan', 'band-poor'],
  ['plan', 'band-good'],
  ['previous', 'band-poor'],
  ['previous', 'band-fair'],
  ['previous', 'band-good'],
  ['trend', 'surface'],
  ['previous', 'surface'],
  ['focus', 'surface'],
  // focus rings on the scorecard's header, group and summary rows
  ['focus', 'surface-alt'],
  // the outline of the "Đạt kế hoạch" badge
  ['met-fg', 'met-bg'],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('contrast › %s theme', (_, theme) => {
  const get = (name: string): string => {
    const value = theme[`ct-${name}`];
    if (value === undefined) throw new Error(`--ct-${name} is not defined`);
    return value;
  };
  it.each(TEXT)('text %s on %s ≥ 4.5:1', (fg, bg) => {
    expect(ratio(get(fg), get(bg))).toBeGreaterThanOrEqual(4.5);
  });
  it.each(GRAPHICS)('graphic %s on %s ≥ 3:1', (fg, bg) => {
    expect(ratio(get(fg), get(bg))).toBeGreaterThanOrEqual(3);
  });
});
