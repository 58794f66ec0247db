/**
 * The A4 print layout as a PDF from Debian's Chromium (`page.pdf`), its text read back with
 * `pdftotext` (poppler-utils): every figure of the seed's data sections is in the PDF, character
 * for character, and the indicator table's header repeats on the pages it spans.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dataset } from '@chitieu/core';
import { chromium } from 'playwright-core';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import { PrintReport } from '../src/planning/PrintReport';
import { thanhHoa2020 } from '../src/thanh-hoa/data';

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

async function pdfText(locale: 'vi' | 'en', dataset?: Dataset): Promise<{ text: string; pages: string[] }> {
  const css = [
    readFileSync(join(ROOT, 'packages/react/src/styles.css'), 'utf8'),
    readFileSync(join(import.meta.dirname, '..', 'src/planning/print.css'), 'utf8'),
  ].join('\n');
  const body = renderToStaticMarkup(createElement(PrintReport, { locale, dataset }));
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
    let text: string;
    try {
      text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    } catch (error) {
      throw new Error(
        `pdftotext failed (${(error as Error).message}); it comes with poppler-utils: scripts/ensure-chromium.sh installs it as root (apt-get install poppler-utils)`,
      );
    }
    return { text, pages: text.split('\f').filter((p) => p.trim() !== '') };
  } finally {
    await browser.close();
  }
}

// (each test launches Chromium and prints a PDF: a second on an idle machine, past Vitest's 5 s default
// when the clean-clone CI runs two projects at once — a hung print still fails, at one minute)
describe('print › the report on A4 as a PDF', { timeout: 60_000 }, () => {
  it('contains every figure of the seed (vi), character for character', async () => {
    const { text } = await pdfText('vi');
    // A line break inside a figure is still the same figure: compare with whitespace collapsed.
    const flat = text.replace(/\s+/g, ' ');
    for (const figure of SEED_FIGURES_VI) expect(flat, figure).toContain(figure);
    for (const heading of [
      'I. CHỈ TIÊU CHÍNH',
      'II. KẾT QUẢ THỰC HIỆN NĂM 2020',
      'III. BẢNG CHỈ TIÊU NĂM 2020',
      'IV. MỤC TIÊU NĂM 2021',
    ])
      expect(flat).toContain(heading);
  });

  it('a table longer than a page repeats its header on every page it spans', async () => {
    // The seed's indicators five times over (distinct ids): the table cannot fit one A4 page.
    const copies = [1, 2, 3, 4, 5];
    const long: Dataset = {
      ...thanhHoa2020,
      indicators: copies.flatMap((n) =>
        thanhHoa2020.indicators.map((i) => ({
          ...i,
          id: `${i.id}-${n}`,
          ...(i.parent ? { parent: `${i.parent}-${n}` } : {}),
          name: { vi: `${typeof i.name === 'string' ? i.name : i.name.vi} (bản ${n})` },
          group: { vi: `Nhóm ${n}` },
        })),
      ),
      observations: copies.flatMap((n) =>
        thanhHoa2020.observations.map((o) => ({ ...o, indicator: `${o.indicator}-${n}` })),
      ),
    };
    const { pages } = await pdfText('vi', long);
    const flatPages = pages.map((p) => p.replace(/\s+/g, ' '));
    // Pages that show a table row: a row name with its copy number.
    const tablePages = flatPages.filter(
      (p, i) =>
        i >= flatPages.findIndex((q) => q.includes('III. BẢNG')) && /\(bản \d\) /.test(p) && !p.includes('II. KẾT QUẢ'),
    );
    expect(tablePages.length).toBeGreaterThanOrEqual(2);
    // Header cells may wrap ("Kế / hoạch"), so each label is looked for on its own.
    for (const page of tablePages) {
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
