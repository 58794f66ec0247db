/**
 * The A4 print layout as a PDF from Debian's Chromium (`page.pdf`), its text read back with
 * `pdftotext` (poppler-utils): every figure of the seed's data sections is in the PDF, character
 * for character, and the indicator table's header repeats on the pages it spans.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import { PrintReport } from '../src/planning/PrintReport';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = join(import.meta.dirname, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'chitieu-print-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every figure of the seed's data sections (2020 results, 2021 targets), as the report prints them. */
const SEED_FIGURES_VI = [
  '3.630 tỷ đồng',
  '100,6%',
  '200 tỷ đồng',
  '18 triệu tờ, cuốn',
  '2.890.000 thuê bao',
  '100,67%',
  '1.800.000 thuê bao',
  '49,8 thuê bao/100 dân',
  '105,88%',
  '14 giờ',
  '8 giờ',
  '7 giờ',
  '100%',
  '174 dịch vụ',
  '628 dịch vụ',
  '56,35%',
  '57,53%',
  '51 lần',
  '615 dịch vụ',
  'thứ 3',
  '2.916.000 thuê bao',
  '80,00 máy/100 dân',
  '1.830.000 thuê bao',
  '50,60 thuê bao/100 dân',
  '3.745 tỷ đồng',
];

async function pdfText(locale: 'vi' | 'en'): Promise<{ text: string; pages: string[] }> {
  const css = [
    readFileSync(join(ROOT, 'packages/react/src/styles.css'), 'utf8'),
    readFileSync(join(import.meta.dirname, '..', 'src/planning/print.css'), 'utf8'),
  ].join('\n');
  const body = renderToStaticMarkup(createElement(PrintReport, { locale }));
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><style>${css}</style></head><body>${body}</body></html>`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    const file = join(dir, `report-${locale}.pdf`);
    writeFileSync(file, pdf);
    if (process.env.CHITIEU_KEEP_PDF) writeFileSync(process.env.CHITIEU_KEEP_PDF.replace('{locale}', locale), pdf);
    // Without -layout: one text line per line of the page, words in reading order.
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    return { text, pages: text.split('\f').filter((p) => p.trim() !== '') };
  } finally {
    await browser.close();
  }
}

describe('print › the report on A4 as a PDF', () => {
  it('contains every figure of the seed (vi), and the table header on every page the table spans', async () => {
    const { text, pages } = await pdfText('vi');
    // A line break inside a figure is still the same figure: compare with whitespace collapsed.
    const flat = text.replace(/\s+/g, ' ');
    for (const figure of SEED_FIGURES_VI) expect(flat, figure).toContain(figure);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    // The table runs from the page of its section heading (III) to the page of the next one (IV).
    const flatPages = pages.map((p) => p.replace(/\s+/g, ' '));
    const first = flatPages.findIndex((p) => p.includes('III. BẢNG CHỈ TIÊU NĂM 2020'));
    const last = flatPages.findIndex((p) => p.includes('IV. MỤC TIÊU NĂM 2021'));
    const tablePages = flatPages.slice(first, last + 1);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(tablePages.length).toBeGreaterThanOrEqual(2);
    // Header cells may wrap ("Kế / hoạch"), so each label is looked for on its own.
    for (const p of tablePages) {
      const page = p.replace(/\s+/g, ' ');
      for (const label of ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện', '% KH', 'So cùng kỳ', 'Kế', 'hoạch'])
        expect(page).toContain(label);
    }
  });

  it('English numbers in English', async () => {
    const flat = (await pdfText('en')).text.replace(/\s+/g, ' ');
    for (const figure of ['3,630 billion VND', '100.6%', '2,890,000', '105.88%', '49.8', '3,745 billion VND'])
      expect(flat).toContain(figure);
  });
});
