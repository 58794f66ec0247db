// @vitest-environment node
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error — plain ESM helper shared with scripts/size.mjs
import { BASE_EXTERNAL, bundle } from '../scripts/bundle.mjs';

/** Checks of the built package (run after `pnpm build`; skipped when dist/ is absent). */
const dist = join(import.meta.dirname, '..', 'dist');
const built = existsSync(join(dist, 'index.js')) && existsSync(join(dist, 'index.cjs'));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe.skipIf(!built)('built package', () => {
  const js = built ? files(dist).filter((f) => /\.(c?js)$/.test(f)) : [];
  // the directive prologue: CJS output starts with "use strict"; then "use client";
  const directive = (file: string): boolean =>
    /^(["']use strict["'];\s*)?["']use client["'];/.test(readFileSync(file, 'utf8'));

  it("'use client' › kept at the top of every component and provider file, in ESM and CJS", () => {
    const components = js.filter((f) =>
      /(status-badge|delta-badge|completion-bar|sparkline|indicator-card|scorecard|report-summary|chitieu-provider|context)\.c?js$/.test(
        f,
      ),
    );
    expect(components.length).toBe(18);
    for (const file of components) expect(directive(file), relative(dist, file)).toBe(true);
  });

  it("'use client' › absent where not needed: entry, geometry, helpers", () => {
    for (const file of js.filter((f) => /(index|geometry|class-names|messages|tree)\.c?js$/.test(f))) {
      expect(directive(file), relative(dist, file)).toBe(false);
    }
  });

  it('tree-shaking › importing only StatusBadge pulls no table code', async () => {
    const result = await bundle(`export { StatusBadge } from ${JSON.stringify(join(dist, 'index.js'))};`, {
      external: BASE_EXTERNAL,
    });
    expect(result.inputs.filter((p: string) => /tanstack|scorecard/i.test(p))).toEqual([]);
    expect(result.text).not.toMatch(/ct-scorecard|getToggleSortingHandler|scrollToIndex/);
    expect(result.inputs.some((p: string) => /status-badge/.test(p))).toBe(true);
  });

  it('stylesheet › shipped at dist/styles.css with prefixed classes only', () => {
    const css = readFileSync(join(dist, 'styles.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const classes = [...css.matchAll(/\.([a-z][\w-]*)/gi)].map((m) => m[1]);
    expect(classes.length).toBeGreaterThan(20);
    for (const name of classes) expect(name?.startsWith('ct-'), name).toBe(true);
  });
});
