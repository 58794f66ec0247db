import { evaluateDataset } from '@chitieu/core';
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../src/index';
import { SEED_FIGURES_VI, thanhHoa, unzipText } from './fixtures';

/** The text of each paragraph of word/document.xml (runs joined, XML entities decoded). */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) => t[1] ?? '')
      .join('')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

describe('writeDocx', () => {
  const dataset = thanhHoa();
  const evaluations = evaluateDataset(dataset);

  it('contains every figure of the seed, character for character (vi)', async () => {
    const files = unzipText(await writeDocx(dataset, evaluations, { locale: 'vi', year: '2020' }));
    const text = paragraphs(files['word/document.xml'] ?? '').join('\n');
    for (const figure of SEED_FIGURES_VI) expect(text, figure).toContain(figure);
    // Sentences from the report's prose, as the core narrates them.
    expect(text).toContain('Tổng doanh thu toàn ngành ước đạt 3.630 tỷ đồng, đạt 100,6% kế hoạch');
  });

  it('is an A4 administrative document: Times New Roman 14 pt, numbered sections, table headers repeat', async () => {
    const files = unzipText(await writeDocx(dataset, evaluations, { locale: 'vi', year: '2020' }));
    const xml = files['word/document.xml'] ?? '';
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).toContain('<w:sz w:val="28"/>');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('<w:cantSplit/>');
    const text = paragraphs(xml);
    for (const h of [
      'I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2020',
      'II. BẢNG CHỈ TIÊU NĂM 2020',
      'III. MỤC TIÊU NĂM 2021',
    ])
      expect(text).toContain(h);
    expect(text).toContain('1. Toàn ngành');
    // The indicator table: its header cells, and a row's figures in their columns.
    for (const h of ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện', '% KH', 'So cùng kỳ'])
      expect(text).toContain(h);
    const row = text.indexOf('Thuê bao internet băng thông rộng');
    expect(text.slice(row, row + 6)).toEqual([
      'Thuê bao internet băng thông rộng',
      'thuê bao',
      '—',
      '1.800.000',
      '105,88%',
      '—',
    ]);
  });

  it('writes English with English numbers', async () => {
    const files = unzipText(await writeDocx(dataset, evaluations, { locale: 'en', year: '2020' }));
    const text = paragraphs(files['word/document.xml'] ?? '').join('\n');
    for (const figure of ['3,630 billion VND', '100.6%', '2,890,000', '105.88%', '49.8', '80.00', '50.60', '3,745'])
      expect(text).toContain(figure);
    expect(text).toContain('I. RESULTS FOR 2020');
    expect(text).not.toContain('3.630 tỷ');
  });
});
