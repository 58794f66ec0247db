import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';

/** The dual-package hazard on the built files (run after `pnpm build`; skipped without dist/). */
const dist = join(import.meta.dirname, '..', 'dist');
const built = existsSync(join(dist, 'index.js')) && existsSync(join(dist, 'index.cjs'));

describe.skipIf(!built)('built package', () => {
  it('dual package › a provider from the ESM build reaches a component from the CJS build', async () => {
    const require = createRequire(import.meta.url);
    const cjs = require(join(dist, 'index.cjs')) as typeof import('../src/index');
    const esm = (await import(
      /* @vite-ignore */ pathToFileURL(join(dist, 'index.js')).href
    )) as typeof import('../src/index');
    expect(cjs.StatusBadge).not.toBe(esm.StatusBadge);
    render(
      createElement(
        esm.ChitieuProvider,
        { locale: 'en' },
        createElement(cjs.StatusBadge, { status: 'exceeded', 'data-testid': 'cjs' } as never),
      ),
    );
    render(
      createElement(
        cjs.ChitieuProvider,
        { locale: 'en' },
        createElement(esm.StatusBadge, { status: 'missed', 'data-testid': 'esm' } as never),
      ),
    );
    expect(screen.getByTestId('cjs').textContent).toBe('Exceeded');
    expect(screen.getByTestId('esm').textContent).toBe('Missed');
  });
});
