// @vitest-environment node
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, pageHtml } from './chromium';

/**
 * Issue 12 in Chromium, as the lead saw it in screenshots of the Thanh Hóa dashboard: the `est.`
 * marker broken inside itself, `1,800,000 subscribers` past its card's edge at 1280 px, a long
 * figure off a phone, the stacked scorecard's estimated actual in the middle of its row, and the
 * figures the report states without an actual or a plan missing from the scorecard.
 */
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.setContent(await pageHtml(join(import.meta.dirname, 'figures-page.tsx'), 'development'));
  await page.waitForSelector('#stated-phone .ct-scorecard');
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** Every element of each card inside the card's box (1 px of rounding), and nothing scrolled or clipped. */
function overflowing(selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const out: string[] = [];
    for (const card of document.querySelectorAll<HTMLElement>(sel)) {
      const box = card.getBoundingClientRect();
      if (card.scrollWidth > card.clientWidth + 1) out.push(`card scrolls: ${card.scrollWidth} > ${card.clientWidth}`);
      for (const el of card.querySelectorAll<Element>('*')) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        // screen-reader-only text is clipped to 1 px on purpose
        if (el.closest('.ct-sr-only')) continue;
        if (r.right > box.right + 1 || r.left < box.left - 1)
          out.push(
            `${el.tagName}.${el.getAttribute('class') ?? ''} “${el.textContent}” ${r.left}–${r.right} outside ${box.left}–${box.right}`,
          );
      }
    }
    return out;
  }, selector);
}

/** Line breaks inside an element's text: the characters before and after each break. */
function breaks(selector: string): Promise<{ before: string; after: string }[][]> {
  return page.evaluate((sel) => {
    return [...document.querySelectorAll<HTMLElement>(sel)].map((el) => {
      const chars: { ch: string; top: number }[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let i = 0; i < node.data.length; i++) {
          const ch = node.data[i] ?? '';
          if (/\s/.test(ch)) continue;
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (rect && rect.width > 0) chars.push({ ch, top: rect.top });
        }
      }
      const out: { before: string; after: string }[] = [];
      for (let i = 1; i < chars.length; i++) {
        const a = chars[i - 1];
        const b = chars[i];
        if (a && b && b.top - a.top > 4) out.push({ before: a.ch, after: b.ch });
      }
      return out;
    });
  }, selector);
}

describe('IndicatorCard figures (Chromium)', () => {
  it('four cards a row at 1280 px: every figure fits its card (1,800,000 subscribers, 3.630 tỷ đồng)', async () => {
    expect(await overflowing('#desk-en .ct-card')).toEqual([]);
    expect(await overflowing('#desk-vi .ct-card')).toEqual([]);
    // the derived plan is there and marked (≈), inside its card too
    expect(await page.locator('#desk-vi [data-derived]').first().textContent()).toMatch(
      /^≈\u00a018\.000\.000 thuê bao/,
    );
    // the figure is drawn at its full size: the fix moves the unit, it does not shrink the number
    const size = await page.evaluate(
      () => getComputedStyle(document.querySelector('#desk-en .ct-card__actual') as HTMLElement).fontSize,
    );
    expect(size).toBe('24px');
  });

  it('the est./ước marker never breaks inside itself, even where words may break anywhere', async () => {
    for (const sel of ['#desk-en .ct-card__estimated', '#desk-vi .ct-card__estimated', '#narrow .ct-card__estimated']) {
      const lines = await breaks(sel);
      expect(lines.length, sel).toBeGreaterThan(0);
      for (const l of lines) expect(l, sel).toEqual([]);
    }
    expect(await overflowing('#narrow .ct-card')).toEqual([]);
  });

  it('a 24-digit figure on a 390 px phone wraps only after group separators, its last group with the unit', async () => {
    for (const id of ['#phone-card', '#phone-card-en']) {
      expect(await overflowing(`${id} .ct-card`), id).toEqual([]);
      const [actual] = await breaks(`${id} .ct-card__actual .ct-num`);
      // it does wrap (it is wider than the phone), and only after a separator
      expect(actual?.length, id).toBeGreaterThan(0);
      for (const b of actual ?? []) {
        expect(b.before, id).toMatch(/[.,]/);
        expect(b.after, id).toMatch(/\d/);
      }
      // the plan and next year's plan too
      for (const dd of await breaks(`${id} .ct-card__facts dd .ct-num`))
        for (const b of dd) expect(`${b.before}⏎${b.after}`, id).toMatch(/^[.,]⏎\d$/);
      // copying the figure gives the figure: <wbr> adds no text
      const text = await page.locator(`${id} .ct-card__actual .ct-num`).textContent();
      expect(text).toBe(
        id === '#phone-card' ? '987.654.321.098.765.432.109.876 đồng' : '987,654,321,098,765,432,109,876 VND',
      );
    }
  });
});

describe('Scorecard, stacked and stated (Chromium)', () => {
  it('at 390 px the estimated actual (3.630 + ước) sits at the end of its row, like the other values', async () => {
    const r = await page.evaluate(() => {
      const row = document.querySelector('#phone-scorecard tbody tr[data-status]') as HTMLElement;
      const cells = [...row.querySelectorAll<HTMLElement>('td.ct-scorecard__num')];
      const actual = cells[1] as HTMLElement;
      const target = cells[0] as HTMLElement;
      const textRight = (cell: HTMLElement): number => {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        const node = walker.nextNode() as Text;
        const range = document.createRange();
        range.selectNodeContents(node);
        return range.getBoundingClientRect().right;
      };
      const marker = actual.querySelector('.ct-card__estimated') as HTMLElement;
      const contentRight = (cell: HTMLElement) =>
        cell.getBoundingClientRect().right - Number.parseFloat(getComputedStyle(cell).paddingRight);
      return {
        actualText: actual.textContent,
        numberRight: textRight(actual),
        markerLeft: marker.getBoundingClientRect().left,
        markerRight: marker.getBoundingClientRect().right,
        actualEnd: contentRight(actual),
        targetRight: textRight(target),
        targetEnd: contentRight(target),
      };
    });
    expect(r.actualText).toBe('3.630ước');
    // the marker ends the row like every other value does
    expect(Math.abs(r.markerRight - r.actualEnd)).toBeLessThanOrEqual(1);
    expect(Math.abs(r.targetRight - r.targetEnd)).toBeLessThanOrEqual(1);
    // and the number sits right before its marker, not in the middle of the row
    expect(r.markerLeft - r.numberRight).toBeGreaterThanOrEqual(0);
    expect(r.markerLeft - r.numberRight).toBeLessThan(24);
  });

  it('shows the stated multiple, ratio and rank in the change column, in the report’s words', async () => {
    const cells = async (sel: string) =>
      page.evaluate((s) => {
        const table = document.querySelector(s) as HTMLElement;
        return [...table.querySelectorAll('tbody tr[data-status]')].map((tr) => {
          const tds = tr.querySelectorAll('td');
          return tds[tds.length - 2]?.textContent ?? '';
        });
      }, sel);
    const vi = await cells('#stated-desk .ct-scorecard:nth-of-type(1) table');
    expect(vi).toContain('tăng 51 lần so với năm 2019');
    expect(vi).toContain('bằng 100% so với cùng kỳ');
    expect(vi).toContain('đứng thứ 3 toàn quốc');
    const en = await cells('#stated-desk .ct-scorecard:nth-of-type(2) table');
    expect(en).toContain('51 times the 2019 level');
    expect(en).toContain('100% of the level of the same period last year');
    expect(en).toContain('ranked 3rd nationwide');
    // a computed change keeps its compact form (the phrase for screen readers)
    expect(en.some((t) => t.startsWith('+6.8%'))).toBe(true);
  });

  it('a stated phrase wraps between words, never beside a number, and stays in its cell (desktop and phone)', async () => {
    for (const sel of ['#stated-desk .ct-phrase', '#stated-phone .ct-phrase']) {
      for (const lines of await breaks(sel))
        for (const b of lines) expect(`${b.before}⏎${b.after}`, sel).not.toMatch(/\d⏎|⏎\d/);
    }
    expect(await overflowing('#stated-desk td')).toEqual([]);
    expect(await overflowing('#stated-phone .ct-scorecard')).toEqual([]);
    // the stated phrase in a 13% column does wrap (so the test above is not vacuous)
    const wrapped = (await breaks('#stated-desk .ct-delta--stated .ct-phrase')).some((l) => l.length > 0);
    expect(wrapped).toBe(true);
  });
});
