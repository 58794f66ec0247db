/**
 * The built Storybook (`storybook-static`), as a reader opens it: the MDX guides render their
 * Markdown tables, docs pages follow the theme and locale toolbar, the sidebar is in the
 * configured order, and the props tables document the components' props. Runs after
 * `build-storybook` (turbo task `test:docs`), in Debian's Chromium.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', 'storybook-static');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

let server: Server;
let browser: Browser;
/** One context for every page: its HTTP cache keeps the Storybook bundles between pages. */
let context: BrowserContext;
let base = '';

beforeAll(async () => {
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root} is missing: run build-storybook first`);
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      // hashed bundles: cacheable, so each docs page does not download Storybook again
      'cache-control': file.endsWith('.html') || file.endsWith('.json') ? 'no-cache' : 'max-age=3600',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
}, 60_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** A docs page alone (the preview iframe), with toolbar globals, once its content has rendered. */
async function docs(id: string, globals = ''): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${base}/iframe.html?id=${id}&viewMode=docs${globals ? `&globals=${globals}` : ''}`);
  await page.waitForSelector('#storybook-docs h1', { timeout: 30_000 });
  expect(errors).toEqual([]);
  return page;
}

/** Relative luminance of a computed `rgb(…)` colour. */
function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
  const lin = (c: number): number => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

describe('the MDX guides', () => {
  it.each([
    ['introduction--docs', 'Introduction'],
    ['guides-choosing-a-component--docs', 'Choosing a component'],
  ])('%s renders its Markdown table as a table (remark-gfm), not as `| --- |` text', async (id) => {
    for (const locale of ['vi', 'en']) {
      const page = await docs(id, `locale:${locale}`);
      const tables = await page.locator('#storybook-docs table').count();
      expect(tables, locale).toBeGreaterThan(0);
      expect(await page.locator('#storybook-docs table tr').count(), locale).toBeGreaterThan(5);
      expect(await page.locator('#storybook-docs').textContent(), locale).not.toMatch(/\|\s*---\s*\|/);
      await page.close();
    }
  });

  it('follow the locale toolbar: Vietnamese by default, English with locale:en', async () => {
    const vi = await docs('introduction--docs');
    expect(await vi.locator('#storybook-docs h1').textContent()).toBe('Chỉ tiêu — sân thử');
    expect(await vi.locator('#storybook-docs').textContent()).not.toContain('Using the playground');
    await vi.close();
    const en = await docs('introduction--docs', 'locale:en');
    expect(await en.locator('#storybook-docs h1').textContent()).toBe('Chỉ tiêu — playground');
    expect(await en.locator('#storybook-docs').textContent()).not.toContain('Cách dùng sân thử');
    await en.close();
    for (const id of [
      'guides-numbers--docs',
      'guides-phrasing--docs',
      'guides-data-format--docs',
      'guides-design-tokens--docs',
      'guides-component-notes--docs',
    ]) {
      const page = await docs(id, 'locale:en');
      const english = await page.locator('#storybook-docs h1').first().textContent();
      await page.close();
      const viPage = await docs(id, 'locale:vi');
      const vietnamese = await viPage.locator('#storybook-docs h1').first().textContent();
      await viPage.close();
      expect(vietnamese, id).not.toBe(english);
    }
    // (twelve docs pages, 5–13 s each on a busy 2-core machine: its own bound)
  }, 240_000);

  it('follow the theme toolbar: a dark docs page is dark, never white', async () => {
    for (const [theme, dark] of [
      ['light', false],
      ['dark', true],
    ] as const) {
      const page = await docs('guides-choosing-a-component--docs', `theme:${theme}`);
      const colors = await page.evaluate(() => {
        const wrapper = document.querySelector('.sbdocs-wrapper') ?? document.body;
        const text = document.querySelector('#storybook-docs p') ?? document.body;
        return { bg: getComputedStyle(wrapper).backgroundColor, fg: getComputedStyle(text).color };
      });
      await page.close();
      if (dark) {
        expect(luminance(colors.bg), `${theme} background ${colors.bg}`).toBeLessThan(0.05);
        expect(luminance(colors.fg), `${theme} text ${colors.fg}`).toBeGreaterThan(0.5);
      } else {
        expect(luminance(colors.bg), `${theme} background ${colors.bg}`).toBeGreaterThan(0.9);
      }
    }
  });
});

describe('the props tables', () => {
  it.each(['components-indicatorcard', 'components-completionbar', 'components-deltabadge'])(
    '%s documents the component’s own props: readable unions and defaults, not the story’s inputs',
    async (component) => {
      const page = await docs(`${component}--docs`, 'locale:en');
      // the second args table of the page: the first is the example's controls
      const props = page.locator('#storybook-docs table.docblock-argstable').nth(1);
      await props.waitFor({ timeout: 15_000 });
      const text = await props.textContent();
      await page.close();
      expect(text).toContain('locale');
      expect(text).toContain('className');
      expect(text).not.toMatch(/\bunion\b/);
      // a flat story input (the controls of the example) is not a prop of the component
      expect(text).not.toMatch(/\btargetMin\b/);
      if (component === 'components-deltabadge') {
        // the union's members, then the default from the component's own destructuring
        expect(text).toMatch(/display[\s\S]*"phrase"\s*"signed"\s*"phrase"/);
      }
    },
  );
});

describe('the sidebar', () => {
  it('lists the sections in the configured order (storySort)', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/index.html`);
    await page.waitForSelector('#storybook-explorer-tree [data-item-id]', { timeout: 30_000 });
    const ids = await page.$$eval('#storybook-explorer-tree [data-item-id]', (items) =>
      items.map((item) => item.getAttribute('data-item-id') ?? ''),
    );
    await page.close();
    const order = ['introduction', 'guides', 'thanh-h', 'data-editor', 'report-reader', 'components'];
    const positions = order.map((id) => ids.findIndex((item) => item.startsWith(id)));
    expect(
      positions.every((p) => p >= 0),
      `sidebar: ${ids.slice(0, 20).join(', ')}`,
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});
