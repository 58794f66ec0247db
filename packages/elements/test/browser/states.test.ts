// @vitest-environment node
import type { Server } from 'node:http';
import { defineIndicator, evaluate, STATUSES, statusLabel } from '@chitieu/core';
import { completionBarView, inlineError, PropsError } from '@chitieu/core/view';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allText, axe, launch, serve } from './harness';

let browser: Browser;
let server: Server;
let page: Page;
const errors: string[] = [];

const revenue = defineIndicator({
  id: 'revenue',
  name: { vi: 'Tổng doanh thu toàn ngành', en: 'Total sector revenue' },
  unit: 'VND',
  scale: 9,
  percentDecimals: 1,
});
const exceeded = evaluate(
  { indicator: 'revenue', period: '2020', actual: '3630', target: '3608', previous: '3400' },
  revenue,
);

beforeAll(async () => {
  const served = await serve();
  server = served.server;
  browser = await launch();
  page = await browser.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${served.url}/test/browser/states.html`);
  await page.waitForSelector('body[data-ready]');
  await page.waitForFunction(() => document.querySelector('#scorecard')?.shadowRoot?.querySelector('tbody tr') != null);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

const shadow = (id: string, selector: string) => page.locator(`#${id}`).locator(selector);

describe('the states of the React stories, as elements in Chromium', () => {
  it('no error in the page; no NaN, Infinity, undefined or [object …] in any text or attribute', async () => {
    expect(errors).toEqual([]);
    expect(await allText(page)).not.toMatch(/NaN|Infinity|undefined|\[object /);
  });

  it('status badges: the core’s label and a different icon for each status', async () => {
    const badges = page.locator('#badges ct-status-badge');
    expect(await badges.count()).toBe(STATUSES.length);
    const labels = await badges.locator('.ct-status-badge__label').allTextContents();
    expect(labels).toEqual(STATUSES.map((s) => statusLabel(s, 'vi-VN')));
    const shapes = await page.evaluate(() =>
      [...document.querySelectorAll('#badges ct-status-badge')].map(
        (b) => b.shadowRoot?.querySelector('svg path')?.getAttribute('d') ?? '',
      ),
    );
    expect(new Set(shapes).size).toBe(STATUSES.length);
  });

  it('completion bar: a meter with the view layer’s value text; no data is an image; huge values are clipped', async () => {
    const meter = shadow('bar-exceeded', '[role="meter"]');
    expect(await meter.getAttribute('aria-valuetext')).toBe(
      completionBarView({ evaluation: exceeded }, 'vi-VN').valueText,
    );
    expect(await meter.getAttribute('aria-label')).toBe('Tổng doanh thu toàn ngành');
    const now = Number(await meter.getAttribute('aria-valuenow'));
    expect(now).toBeGreaterThan(0);
    expect(now).toBeLessThanOrEqual(100);
    expect(await shadow('bar-exceeded', '.ct-bullet__legend').textContent()).toContain('3.630 tỷ đồng');
    expect(await shadow('bar-missed', '.ct-bullet__legend').count()).toBe(0);
    expect(await shadow('bar-nodata', '[role="meter"]').count()).toBe(0);
    expect(await shadow('bar-nodata', '[role="img"]').getAttribute('aria-label')).toContain('Chưa có số liệu');
    expect(await shadow('bar-huge', '.ct-bullet').getAttribute('data-clipped')).toBe('');
    expect(await shadow('bar-huge', '[role="meter"]').getAttribute('aria-valuetext')).toContain('vượt ngoài thang đo');
    expect(await shadow('bar-band', '.ct-bullet__target--band').count()).toBe(1);
    expect(await shadow('bar-obs', '[role="meter"]').count()).toBe(1);
  });

  it('locale from the closest [lang] ancestor; an own attribute wins over providers', async () => {
    expect(await shadow('bar-en', '[role="meter"]').getAttribute('aria-valuetext')).toBe(
      completionBarView({ evaluation: exceeded }, 'en').valueText,
    );
    expect(await shadow('nested-badge', '.ct-status-badge__label').textContent()).toBe(statusLabel('met', 'en'));
    expect(await shadow('own-locale', '.ct-status-badge__label').textContent()).toBe(statusLabel('met', 'vi'));
  });

  it('nested providers: the inner one overrides only what it sets (theme), the outer gives the locale', async () => {
    expect(await shadow('scorecard', '.ct-scorecard').getAttribute('data-ct-theme')).toBe('light');
    expect(await shadow('scorecard', 'th[scope="col"]').first().textContent()).toContain('Indicator');
    await page.evaluate(() => document.querySelector('#outer')?.setAttribute('locale', 'vi-VN'));
    await expect
      .poll(() => shadow('nested-badge', '.ct-status-badge__label').textContent())
      .toBe(statusLabel('met', 'vi'));
    await expect.poll(() => shadow('scorecard', 'th[scope="col"]').first().textContent()).toContain('Chỉ tiêu');
    await page.evaluate(() => document.querySelector('#outer')?.setAttribute('locale', 'en'));
    await expect
      .poll(() => shadow('nested-badge', '.ct-status-badge__label').textContent())
      .toBe(statusLabel('met', 'en'));
  });

  it('a --ct-* token set by the page on an ancestor pierces the shadow root', async () => {
    const colour = await page.evaluate(() => {
      const root = document.querySelector('#scorecard')?.shadowRoot;
      const good = root?.querySelector('.ct-delta--good');
      return good === null || good === undefined ? 'none' : getComputedStyle(good).color;
    });
    expect(colour).toBe('rgb(1, 2, 3)');
  });

  it('delta badges: good for a fall of a lower-is-better rate (shape and word too); signed keeps the phrase; none', async () => {
    expect(await shadow('delta-good', '.ct-delta').getAttribute('data-tone')).toBe('good');
    expect(await shadow('delta-good', '.ct-delta__tone').count()).toBe(1);
    expect(await shadow('delta-good', '.ct-delta').textContent()).toContain('(tích cực)');
    expect(await shadow('delta-signed', '.ct-delta__text').textContent()).toMatch(/^\+/);
    expect(await shadow('delta-signed', '.ct-sr-only').first().textContent()).toMatch(/^tăng/);
    expect(await shadow('delta-none', '.ct-delta').textContent()).toContain('No comparison');
  });

  it('sparkline, cards (heading level 1 is clamped to 2: never above the page’s h1) and summary', async () => {
    expect(await shadow('spark', 'svg').getAttribute('aria-label')).toBe(
      'Diễn biến: 2018: 3.000 tỷ đồng, 2020: 3.630 tỷ đồng',
    );
    expect(await shadow('card-regular', 'h2').textContent()).toBe('Tổng doanh thu toàn ngành');
    expect(await shadow('card-regular', 'article').getAttribute('aria-labelledby')).toBe(
      await shadow('card-regular', 'h2').getAttribute('id'),
    );
    expect(await shadow('card-regular', '.ct-card__trend svg').count()).toBe(1);
    expect(await shadow('card-regular', 'dl').textContent()).toContain('Biến động');
    expect(await shadow('card-compact', '.ct-card__completion').textContent()).toMatch(/^đạt .* kế hoạch$/);
    expect(await shadow('summary', 'li').count()).toBe(3);
  });

  it('bad input renders the view layer’s inline message naming the input, in the locale; siblings stay', async () => {
    const alert = async (id: string) => ({
      prop: await shadow(id, '[role="alert"]').getAttribute('data-ct-prop'),
      problem: await shadow(id, '[role="alert"]').getAttribute('data-ct-error'),
      text: await shadow(id, '[role="alert"]').textContent(),
    });
    expect(await alert('bad-status')).toEqual({
      prop: 'status',
      problem: 'status',
      text: `Không hiển thị được: ${inlineError(new PropsError('status', 'status'), 'vi').message}`,
    });
    expect((await alert('bad-locale')).prop).toBe('locale');
    expect(await alert('bad-card')).toMatchObject({ prop: 'indicator', problem: 'missing' });
    expect(await alert('bad-bar')).toMatchObject({ prop: 'observation', problem: 'INVALID_DECIMAL' });
    expect(await alert('bad-spark')).toMatchObject({ prop: 'history', problem: 'array' });
    expect(await alert('bad-spark-width')).toMatchObject({ prop: 'width', problem: 'positive-number' });
    const scorecard = await alert('bad-scorecard');
    expect(scorecard).toMatchObject({ prop: 'evaluations', problem: 'array' });
    expect(scorecard.text).toContain('Cannot display');
    expect(await alert('bad-summary')).toMatchObject({ prop: 'dataset', problem: 'object' });
    expect(await alert('bad-delta')).toMatchObject({ prop: 'evaluation' });
    expect(await page.locator('#bad p').allTextContents()).toEqual(['sibling before', 'sibling after']);
  });

  it('setting a bad value later never throws; a good one renders again', async () => {
    const result = await page.evaluate(async () => {
      const badge = document.querySelector('#badges ct-status-badge') as HTMLElement & {
        status: unknown;
        updateComplete: Promise<unknown>;
      };
      badge.status = { toString: () => 'x' };
      await badge.updateComplete;
      const bad = badge.shadowRoot?.querySelector('[role="alert"]') !== null;
      badge.status = 'met';
      await badge.updateComplete;
      return { bad, label: badge.shadowRoot?.querySelector('.ct-status-badge__label')?.textContent };
    });
    expect(result).toEqual({ bad: true, label: statusLabel('met', 'vi') });
    expect(errors).toEqual([]);
  });

  it('keyboard: Tab reaches the scorecard’s sort buttons; Enter sorts (aria-sort)', async () => {
    const first = shadow('scorecard', 'th[scope="col"] button').first();
    await first.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => shadow('scorecard', 'th[scope="col"]').first().getAttribute('aria-sort')).toBe('ascending');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(
      () => document.querySelector('#scorecard')?.shadowRoot?.activeElement?.closest('th')?.textContent?.trim() ?? '',
    );
    expect(focused).toBe('Unit');
  });

  it('virtualised scorecard: 2,000 rows draw a window (aria-rowcount, spacer rows, "more rows below"), scrolling moves it', async () => {
    const result = await page.evaluate(async () => {
      const { defineIndicator, evaluate } = (window as unknown as { chitieu: typeof import('@chitieu/core') }).chitieu;
      const indicator = defineIndicator({ id: 'n', name: 'Chỉ số', unit: 'service' });
      const evaluations = Array.from({ length: 2000 }, (_, i) =>
        evaluate({ indicator: 'n', period: String(1000 + i), actual: String(i), target: '1000' }, indicator),
      );
      const element = document.createElement('ct-scorecard') as HTMLElement & {
        evaluations: unknown;
        updateComplete: Promise<unknown>;
      };
      element.setAttribute('height', '300');
      element.evaluations = evaluations;
      document.body.append(element);
      await element.updateComplete;
      await new Promise((r) => setTimeout(r, 100));
      await element.updateComplete;
      const root = element.shadowRoot as ShadowRoot;
      const drawn = () => root.querySelectorAll('tbody tr[data-row]').length;
      const first = () => root.querySelector('tbody tr[data-row]')?.getAttribute('aria-rowindex');
      const before = { drawn: drawn(), first: first(), more: root.querySelector('.ct-scorecard__more')?.textContent };
      const scroller = root.querySelector('.ct-scorecard__scroll') as HTMLElement;
      scroller.scrollTop = 36 * 1000;
      scroller.dispatchEvent(new Event('scroll'));
      await new Promise((r) => setTimeout(r, 200));
      await element.updateComplete;
      const after = { drawn: drawn(), first: first() };
      const rowcount = root.querySelector('table')?.getAttribute('aria-rowcount');
      element.remove();
      return { before, after, rowcount };
    });
    expect(result.rowcount).toBe('2002');
    expect(result.before.drawn).toBeGreaterThan(0);
    expect(result.before.drawn).toBeLessThan(60);
    expect(result.before.first).toBe('2');
    expect(result.before.more).toMatch(/^Còn [\d.]+ dòng bên dưới$/);
    expect(result.after.drawn).toBeLessThan(60);
    expect(Number(result.after.first)).toBeGreaterThan(900);
  });

  it('axe: no violation in the light page (dark and light providers inside)', async () => {
    expect(await axe(page)).toEqual([]);
  });
});
