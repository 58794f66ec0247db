import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM scripts without declarations
import { manifest } from '../scripts/manifest.mjs';
// @ts-expect-error -- plain ESM scripts without declarations
import { generate, transform } from '../scripts/styles.mjs';

const root = join(import.meta.dirname, '..');

describe('the shadow-root stylesheet', () => {
  it('is generated from @chitieu/react’s stylesheet and up to date (one source of rules and tokens)', () => {
    const committed = JSON.parse(readFileSync(join(root, 'src', 'generated', 'styles.json'), 'utf8'));
    expect(committed).toEqual(generate());
  });

  it('a token set by the page wins over the theme default: declarations become private, uses read the public token first', () => {
    const { css, tokens } = transform(
      '.ct-root { --ct-good: #0b6b3a; }\n.ct-root[data-ct-theme="dark"] { --ct-good: #7ddca3; }\n.x { color: var(--ct-good); margin: var(--ct-indent, 0); }',
    );
    expect(tokens).toEqual(['good']);
    expect(css).not.toMatch(/--ct-good\s*:/);
    expect(css).toContain('--_ct-good: #0b6b3a');
    expect(css).toContain('color: var(--ct-good, var(--_ct-good))');
    // an inline property of the component (not a token) is left as it is
    expect(css).toContain('var(--ct-indent, 0)');
  });
});

describe('custom-elements.json', () => {
  const committed = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const declarations = committed.modules.flatMap((m: { declarations: unknown[] }) => m.declarations) as {
    tagName: string;
    attributes: { name: string }[];
    members: { name: string }[];
    events: { name: string }[];
    cssParts: { name: string }[];
    cssProperties: { name: string }[];
  }[];
  const byTag = Object.fromEntries(declarations.map((d) => [d.tagName, d]));

  it('is up to date with the sources', () => {
    expect(committed).toEqual(JSON.parse(manifest()));
  });

  it('documents every tag with its attributes, properties, events, parts and CSS properties', () => {
    expect(Object.keys(byTag).sort()).toEqual([
      'ct-completion-bar',
      'ct-delta-badge',
      'ct-indicator-card',
      'ct-provider',
      'ct-report-summary',
      'ct-scorecard',
      'ct-sparkline',
      'ct-status-badge',
    ]);
    expect(byTag['ct-scorecard']?.events.map((e) => e.name)).toEqual(['ct-sort-change', 'ct-expand']);
    expect(byTag['ct-scorecard']?.members.map((m) => m.name)).toContain('dataset');
    expect(byTag['ct-indicator-card']?.members.map((m) => m.name)).toEqual(
      expect.arrayContaining(['evaluation', 'indicator', 'observation', 'history', 'headingLevel']),
    );
    expect(byTag['ct-status-badge']?.attributes.map((a) => a.name)).toEqual(['status', 'locale', 'theme']);
    expect(byTag['ct-provider']?.attributes.map((a) => a.name)).toEqual(['locale', 'theme']);
    for (const d of declarations.filter((x) => x.tagName !== 'ct-provider')) {
      expect(d.cssParts.map((p) => p.name)).toContain('error');
      expect(d.cssProperties.map((p) => p.name)).toContain('--ct-good');
    }
  });
});
