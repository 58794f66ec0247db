// @vitest-environment node
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, pageHtml } from './chromium';

let browser: Browser;
let html: string;

beforeAll(async () => {
  browser = await launch();
  html = await pageHtml(join(import.meta.dirname, 'theme-page.tsx'), 'development');
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** Lowest contrast of any component text against the colour actually behind it, and of the sparkline. */
async function measure(page: Page): Promise<{ text: { ratio: number; where: string }; line: number; count: number }> {
  return page.evaluate(() => {
    const rgb = (value: string): [number, number, number, number] => {
      const m = value.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
      return [m[0] ?? 0, m[1] ?? 0, m[2] ?? 0, m[3] ?? 1];
    };
    const lum = ([r, g, b]: number[]): number => {
      const f = (c: number): number => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r ?? 0) + 0.7152 * f(g ?? 0) + 0.0722 * f(b ?? 0);
    };
    const ratio = (a: number[], b: number[]): number => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
      return (x + 0.05) / (y + 0.05);
    };
    const behind = (element: Element): number[] => {
      for (let e: Element | null = element; e !== null; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c[3] > 0.5) return c;
      }
      return [255, 255, 255];
    };
    let worst = { ratio: Number.POSITIVE_INFINITY, where: '' };
    let count = 0;
    for (const element of document.querySelectorAll('.ct-root, .ct-root *')) {
      const own = [...element.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '');
      const box = element.getBoundingClientRect();
      if (!own || box.width < 2 || box.height < 2 || element.closest('.ct-sr-only') !== null) continue;
      count++;
      const r = ratio(rgb(getComputedStyle(element).color), behind(element));
      if (r < worst.ratio)
        worst = { ratio: r, where: `${element.className || element.tagName}: ${element.textContent}` };
    }
    const line = document.querySelector('[data-testid="spark"] .ct-sparkline__line') as Element;
    const lineRatio = ratio(rgb(getComputedStyle(line).stroke), behind(line.parentElement as Element));
    return { text: worst, line: lineRatio, count };
  });
}

describe.each(['light', 'dark'] as const)('theme="system" on a light page, OS in %s mode (Chromium)', (scheme) => {
  it('every component text ≥ 4.5:1 against what is behind it; the sparkline line ≥ 3:1', async () => {
    const page = await browser.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.setContent(html);
    await page.waitForSelector('.ct-scorecard');
    const result = await measure(page);
    await page.close();
    expect(result.count).toBeGreaterThan(20);
    expect(result.text.ratio, result.text.where).toBeGreaterThanOrEqual(4.5);
    expect(result.line).toBeGreaterThanOrEqual(3);
  });
});
