// @vitest-environment node
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, pageHtml } from './chromium';

interface Results {
  readonly results: {
    readonly name: string;
    readonly siblingRendered: boolean;
    readonly componentRendered: boolean;
    readonly alerts: number;
    readonly garbage: string[];
  }[];
  readonly errors: string[];
}

let browser: Browser;
let data: Results;

beforeAll(async () => {
  browser = await launch();
  const page = await browser.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.setContent(await pageHtml(join(import.meta.dirname, 'hostile-page.tsx'), 'development'));
  await page.waitForFunction(() => '__results' in window);
  data = (await page.evaluate(() => (window as unknown as { __results: unknown }).__results)) as Results;
  data = { ...data, errors: [...data.errors, ...pageErrors] };
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe('hostile props in Chromium (issue 10: 27 cases)', () => {
  it('every case ran', () => {
    expect(data.results).toHaveLength(27);
  });

  it('0 host crashes: no uncaught error, the sibling and the component stay rendered in every case', () => {
    expect(data.errors).toEqual([]);
    const crashed = data.results.filter((r) => !r.siblingRendered || !r.componentRendered).map((r) => r.name);
    expect(crashed).toEqual([]);
  });

  it('no NaN, Infinity, undefined, [object …] or raw JavaScript message in any text or attribute, no <h9>', () => {
    const garbage = data.results.filter((r) => r.garbage.length > 0).map((r) => `${r.name}: ${r.garbage.join(' | ')}`);
    expect(garbage).toEqual([]);
  });

  it('the bad props that cannot be shown say so inline (role="alert")', () => {
    const silent = data.results
      .filter((r) => /locale=|"abc"|summary|caption|NaN|-5|null|\{\}|without|rule/.test(r.name))
      .filter((r) => !/defaultSorting|headingLevel|theme="neon"/.test(r.name))
      .filter((r) => r.alerts === 0)
      .map((r) => r.name);
    expect(silent).toEqual([]);
  });
});
