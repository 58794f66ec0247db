// @vitest-environment node
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, pageHtml } from './chromium';

/** Issue 12 (React side) in Chromium: the narrow layout, the scroll cue, no inner scroll for small tables. */
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.setContent(await pageHtml(join(import.meta.dirname, 'layout-page.tsx'), 'development'));
  await page.waitForSelector('#small .ct-scorecard');
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe('Scorecard layout (Chromium)', () => {
  it('at 390 px: rows stack as labelled cards, nothing overflows horizontally', async () => {
    const result = await page.evaluate(() => {
      const root = document.querySelector('#phone .ct-scorecard') as HTMLElement;
      const cell = root.querySelector('tbody td[data-label]') as HTMLElement;
      const widest = Math.max(
        ...[...root.querySelectorAll<HTMLElement>('*')].map((e) => e.getBoundingClientRect().right),
      );
      return {
        rootWidth: root.getBoundingClientRect().width,
        overflow: root.scrollWidth - root.clientWidth,
        scrollerOverflow: (() => {
          const s = root.querySelector('.ct-scorecard__scroll') as HTMLElement;
          return s.scrollWidth - s.clientWidth;
        })(),
        widestRight: widest - root.getBoundingClientRect().left,
        cellDisplay: getComputedStyle(cell).display,
        label: getComputedStyle(cell, '::before').content,
      };
    });
    expect(result.rootWidth).toBeLessThanOrEqual(390);
    expect(result.overflow).toBe(0);
    expect(result.scrollerOverflow).toBe(0);
    expect(result.widestRight).toBeLessThanOrEqual(390.5);
    expect(result.cellDisplay).toBe('flex');
    expect(result.label).toBe('"Đơn vị tính"');
  });

  it('with an inner scroll: a count of the rows hidden below, gone at the bottom', async () => {
    const before = await page.locator('#desk .ct-scorecard__more').textContent();
    expect(before).toMatch(/^Còn \d+ dòng bên dưới$/);
    await page.evaluate(() => {
      const s = document.querySelector('#desk .ct-scorecard__scroll') as HTMLElement;
      s.scrollTop = s.scrollHeight;
    });
    await page.waitForFunction(() => document.querySelector('#desk .ct-scorecard__more') === null);
  });

  it('virtualised (1,000 rows): the count follows the window, and is gone at the bottom', async () => {
    await page.waitForSelector('#virt .ct-scorecard__more');
    const first = Number((await page.locator('#virt .ct-scorecard__more').textContent())?.replace(/\D/g, ''));
    // 1,000 indicators in 5 expanded sector groups: 1,005 rows, about a dozen visible
    expect(first).toBeGreaterThan(950);
    expect(first).toBeLessThan(1005);
    await page.evaluate(() => {
      const s = document.querySelector('#virt .ct-scorecard__scroll') as HTMLElement;
      s.scrollTop = s.scrollHeight / 2;
    });
    await page.waitForFunction(() => {
      const text = document.querySelector('#virt .ct-scorecard__more')?.textContent ?? '';
      const n = Number(text.replace(/\D/g, ''));
      return n > 400 && n < 600;
    });
    await page.evaluate(() => {
      const s = document.querySelector('#virt .ct-scorecard__scroll') as HTMLElement;
      s.scrollTop = s.scrollHeight;
    });
    await page.waitForFunction(() => document.querySelector('#virt .ct-scorecard__more') === null);
  });

  it('a small table has no inner scroll and no tab stop: it grows with its rows', async () => {
    const result = await page.evaluate(() => {
      const s = document.querySelector('#small .ct-scorecard__scroll') as HTMLElement;
      return {
        hidden: s.scrollHeight - s.clientHeight,
        tabIndex: s.getAttribute('tabindex'),
        cue: document.querySelector('#small .ct-scorecard__more'),
      };
    });
    expect(result.hidden).toBe(0);
    expect(result.tabIndex).toBeNull();
    expect(result.cue).toBeNull();
  });
});
