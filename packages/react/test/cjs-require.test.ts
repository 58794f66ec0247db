// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * CommonJS works without require(esm): the CJS build bundles the ESM-only TanStack Table into
 * `scorecard/table.cjs`, so Node 20 with `--no-experimental-require-module` (and Jest, which
 * cannot load ESM from `require`) renders a Scorecard from `require('@chitieu/react')`.
 * Run after `pnpm build`; skipped when dist/ is absent.
 */
const root = join(import.meta.dirname, '..');
const built = existsSync(join(root, 'dist', 'index.cjs'));

const script = `
const React = require('react');
const { renderToString } = require('react-dom/server');
const core = require('@chitieu/core');
const react = require('./dist/index.cjs');
const revenue = core.defineIndicator({ id: 'revenue', name: 'Tổng doanh thu', unit: 'VND', scale: 9, percentDecimals: 1 });
const e = core.evaluate({ indicator: 'revenue', period: '2020', actual: '3630', target: '3608' }, revenue);
const html = renderToString(React.createElement(react.Scorecard, { evaluations: [e], defaultSorting: [{ id: 'actual', desc: true }] }));
process.stdout.write(JSON.stringify({ exports: Object.keys(react).sort(), html }));
`;

describe.skipIf(!built)('CommonJS build', () => {
  it('require("@chitieu/react") renders a sorted Scorecard in Node without require(esm)', () => {
    const run = spawnSync(process.execPath, ['--no-experimental-require-module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { exports: string[]; html: string };
    expect(out.exports).toContain('Scorecard');
    expect(out.exports).toContain('StatusBadge');
    expect(out.html).toContain('aria-sort="descending"');
    expect(out.html).toContain('3.630');
    expect(out.html).toContain('100,6%');
  });

  it('the table library is bundled once, into scorecard/table.cjs; the ESM build keeps it external', async () => {
    const { readFileSync } = await import('node:fs');
    const cjs = readFileSync(join(root, 'dist', 'scorecard', 'table.cjs'), 'utf8');
    const esm = readFileSync(join(root, 'dist', 'scorecard', 'table.js'), 'utf8');
    expect(cjs).not.toMatch(/require\("@tanstack\/(react-table|table-core)"\)/);
    expect(esm).toContain('from "@tanstack/react-table"');
    for (const file of ['scorecard.cjs', 'columns.cjs']) {
      expect(readFileSync(join(root, 'dist', 'scorecard', file), 'utf8')).not.toMatch(
        /tanstack\/(react-table|table-core)/,
      );
    }
  });
});
