import { evaluateDataset } from '@chitieu/core';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readWorkbook, writeTemplate, writeWorkbook } from '../src/index';
import { thanhHoa, unzipText } from './fixtures';

const dataset = thanhHoa();
const evaluations = evaluateDataset(dataset);

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  return wb;
}

/** Row number of the row whose column B says `name`. */
function rowOf(sheet: ExcelJS.Worksheet, name: string): number {
  let found = -1;
  sheet.eachRow((row, n) => {
    if (row.getCell(2).value === name) found = n;
  });
  return found;
}

describe('writeWorkbook, read back by exceljs', () => {
  it('figures are real numbers with number formats, estimates marked in the format', async () => {
    const sheet = (await load(await writeWorkbook(dataset, evaluations, { locale: 'vi' }))).getWorksheet('Báo cáo');
    if (!sheet) throw new Error('no sheet');
    const revenue = sheet.getRow(rowOf(sheet, 'Tổng doanh thu toàn ngành'));
    expect(revenue.getCell('F').value).toBe(3630);
    expect(revenue.getCell('F').numFmt).toBe('#,##0" (ước)"');
    expect(revenue.getCell('G').value).toBe(1.006); // stated 100,6 %
    expect(revenue.getCell('G').numFmt).toBe('0.0%');
    expect(revenue.getCell('I').value).toBe(3745);
    expect(revenue.getCell('C').value).toBe('tỷ đồng');
    const phones = sheet.getRow(rowOf(sheet, 'Thuê bao điện thoại trên toàn mạng'));
    expect(phones.getCell('F').value).toBe(2890000);
    expect(phones.getCell('F').numFmt).toBe('#,##0');
    expect(phones.getCell('G').numFmt).toBe('0.00%');
    const rate = sheet.getRow(rowOf(sheet, 'Tỷ lệ hồ sơ tiếp nhận, xử lý trực tuyến mức độ 3'));
    expect(rate.getCell('F').value).toBe(56.35);
    expect(rate.getCell('F').numFmt).toBe('#,##0.00');
    const dossiers = sheet.getRow(rowOf(sheet, 'Số hồ sơ tiếp nhận trực tuyến mức độ 3, mức độ 4'));
    expect(dossiers.getCell('H').value).toBe(51);
    expect(dossiers.getCell('H').numFmt).toBe('0" lần"');
  });

  it('two header rows with merged cells, frozen header, sector rows, indented "trong đó" rows, a summary row', async () => {
    const sheet = (await load(await writeWorkbook(dataset, evaluations, { locale: 'vi' }))).getWorksheet('Báo cáo');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getCell('E3').value).toBe('Năm 2020');
    expect(sheet.getCell('E3').isMerged && sheet.getCell('H3').isMerged).toBe(true);
    expect(sheet.getCell('D3').value).toBe('Năm 2019');
    expect(sheet.getCell('I3').value).toBe('Năm 2021');
    expect(['E4', 'F4', 'G4', 'H4'].map((a) => sheet.getCell(a).value)).toEqual([
      'Kế hoạch',
      'Thực hiện',
      '% KH',
      'So cùng kỳ',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(sheet.getColumn(2).width).toBeGreaterThan(30);
    const sector = sheet.getRow(rowOf(sheet, 'Bưu chính, viễn thông'));
    expect(sector.getCell(1).value).toBe('III');
    const child = sheet.getRow(rowOf(sheet, 'Trong đó số giờ tự sản xuất (bình quân)'));
    expect(child.outlineLevel).toBe(2);
    expect(child.getCell(2).alignment?.indent).toBe(4);
    const summary = sheet.getRow(rowOf(sheet, 'Tổng hợp'));
    expect(summary.getCell('J').value).toBe('14 chỉ tiêu; 0 có kế hoạch, 0 đạt hoặc vượt');
  });

  it('a second reader (the raw XML) sees numeric cells, not text, and the number formats', async () => {
    const files = unzipText(await writeWorkbook(dataset, evaluations, { locale: 'vi' }));
    const sheetXml = files['xl/worksheets/sheet1.xml'] ?? '';
    const styles = files['xl/styles.xml'] ?? '';
    // <c r="F7" s="…"><v>2890000</v></c>: no t="s" (shared string) on a figure.
    const cell = (ref: string) => sheetXml.match(new RegExp(`<c r="${ref}"[^>]*>(?:<f>[^<]*</f>)?<v>([^<]*)</v>`));
    const refs = [...sheetXml.matchAll(/<c r="(F\d+)"( s="\d+")?( t="\w+")?><v>2890000<\/v><\/c>/g)];
    expect(refs).toHaveLength(1);
    expect(refs[0]?.[3]).toBeUndefined();
    expect(cell(refs[0]?.[1] ?? '')?.[1]).toBe('2890000');
    expect(sheetXml).toContain(
      '<pane xSplit="2" ySplit="4" topLeftCell="C5" activePane="bottomRight" state="frozen"/>',
    );
    expect(sheetXml).toMatch(/<mergeCell ref="E3:H3"\/>/);
    expect(styles).toContain('formatCode="#,##0&quot; (ước)&quot;"');
    // 0.00% and #,##0 are built-in formats 10 and 3 of the file format.
    expect(styles).toMatch(/<xf numFmtId="10" /);
    expect(styles).toMatch(/<xf numFmtId="3" /);
    expect(files['xl/workbook.xml']).toMatch(/<sheet sheetId="\d+" name="chitieu-data" state="hidden"/);
  });

  it('derived percentages are formulas over the row, so they look derived', async () => {
    const withPlan = {
      ...dataset,
      observations: dataset.observations.map((o) =>
        o.indicator === 'state-budget'
          ? { ...o, target: '190' as typeof o.actual, previous: '180' as typeof o.actual }
          : o,
      ),
    };
    const bytes = await writeWorkbook(withPlan, evaluateDataset(withPlan), { locale: 'vi' });
    const sheet = (await load(bytes)).getWorksheet('Báo cáo');
    if (!sheet) throw new Error('no sheet');
    const r = rowOf(sheet, 'Nộp ngân sách Nhà nước');
    expect(sheet.getCell(`G${r}`).value).toMatchObject({ formula: `IF(E${r}>0,F${r}/E${r},"")` });
    expect(sheet.getCell(`H${r}`).value).toMatchObject({ formula: `IF(D${r}>0,F${r}/D${r},"")` });
    const back = await readWorkbook(bytes, { locale: 'vi' });
    expect(back.issues).toEqual([]);
    expect(back.dataset).toEqual(withPlan);
  });

  it('reads an edit made in the table (the cells win over the hidden sheet)', async () => {
    const wb = await load(await writeWorkbook(dataset, evaluations, { locale: 'vi' }));
    const sheet = wb.getWorksheet('Báo cáo');
    if (!sheet) throw new Error('no sheet');
    const r = rowOf(sheet, 'Nộp ngân sách Nhà nước');
    sheet.getCell(`E${r}`).value = 190;
    sheet.getCell(`F${r}`).value = '201,5';
    const { dataset: back, issues } = await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), { locale: 'vi' });
    expect(issues).toEqual([]);
    const o = back?.observations.find((x) => x.indicator === 'state-budget');
    expect(o).toMatchObject({ target: '190', actual: '201.5' });
  });
});

describe('writeTemplate', () => {
  it('writes the header layout and an instructions sheet; a filled-in template reads back', async () => {
    const wb = await load(await writeTemplate({ locale: 'vi', year: '2021', indicators: dataset }));
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Mẫu nhập', 'Hướng dẫn', 'chitieu-data']);
    const sheet = wb.getWorksheet('Mẫu nhập');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getCell('E3').value).toBe('Năm 2021');
    const r = rowOf(sheet, 'Tổng doanh thu toàn ngành');
    expect(sheet.getCell(`F${r}`).value).toBeNull();
    sheet.getCell(`E${r}`).value = 3745;
    sheet.getCell(`F${r}`).value = '3.800';
    const { dataset: back, issues } = await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), { locale: 'vi' });
    expect(issues).toEqual([]);
    expect(back?.indicators).toEqual(dataset.indicators);
    expect(back?.observations).toEqual([
      { indicator: 'revenue', period: '2021', target: '3745', actual: '3800', estimated: false, stage: 'official' },
    ]);
  });
});

describe('the report table alone (the hidden sheet removed) still gives every figure', () => {
  it('reads actual, stated % of plan, stated change, next target, groups and "trong đó" parents from the cells', async () => {
    const wb = await load(await writeWorkbook(dataset, evaluations, { locale: 'vi' }));
    wb.removeWorksheet((wb.getWorksheet('chitieu-data') as ExcelJS.Worksheet).id);
    const { dataset: back, issues } = await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), { locale: 'vi' });
    expect(issues).toEqual([]);
    if (!back) throw new Error('no dataset');
    // Ids come from the Mã column, so they match the original.
    const figures = (d: typeof dataset) =>
      d.observations.map((o) => ({
        id: o.indicator,
        period: o.period,
        actual: o.actual ?? null,
        completion: o.stated?.completion,
        change: o.stated?.change?.value,
        form: o.stated?.change?.form,
        next: o.nextTarget?.value,
        estimated: o.estimated,
      }));
    expect(figures(back)).toEqual(figures(dataset).filter((f) => f.actual !== null || f.change !== undefined));
    const parentOf = (d: typeof dataset) => Object.fromEntries(d.indicators.map((i) => [i.id, i.parent ?? null]));
    expect(parentOf(back)).toEqual(parentOf(dataset));
    const indicator = (id: string) => back.indicators.find((i) => i.id === id);
    expect(indicator('revenue')).toMatchObject({
      unit: { code: 'VND' },
      scale: 9,
      group: 'Toàn ngành',
      percentDecimals: 1,
    });
    expect(indicator('press-copies')).toMatchObject({ unit: { code: 'copy' }, scale: 6 });
    expect(indicator('online-dossier-rate-level-3')).toMatchObject({ unit: { code: 'percent' }, decimals: 2 });
  });
});

describe('round trips beyond the seed', () => {
  it('other periods, a band target, a lower-is-better indicator and a previous value survive', async () => {
    const extra = {
      ...dataset,
      indicators: [
        ...dataset.indicators,
        {
          ...(dataset.indicators[0] as (typeof dataset.indicators)[number]),
          id: 'inflation',
          name: { vi: 'Chỉ số giá tiêu dùng tăng', en: 'Consumer price growth' },
          unit: { code: 'percent', kind: 'percent' as const, words: { vi: '%', en: '%' } },
          scale: 0,
          decimals: 1,
          percentDecimals: 1,
          direction: 'neither' as const,
          targetKind: 'band' as const,
          aggregation: 'none' as const,
        },
        {
          ...(dataset.indicators[0] as (typeof dataset.indicators)[number]),
          id: 'poverty',
          name: { vi: 'Tỷ lệ hộ nghèo', en: 'Poverty rate' },
          unit: { code: 'percent', kind: 'percent' as const, words: { vi: '%', en: '%' } },
          scale: 0,
          decimals: 2,
          percentDecimals: 1,
          direction: 'lower-is-better' as const,
          targetKind: 'at-most' as const,
          aggregation: 'ratio' as const,
        },
      ],
      observations: [
        ...dataset.observations,
        { indicator: 'revenue', period: '2019', actual: '3400', estimated: false, stage: 'official' as const },
        {
          indicator: 'inflation',
          period: '2020',
          actual: '3.2',
          target: { min: '3', max: '4' },
          estimated: false,
          stage: 'official' as const,
        },
        {
          indicator: 'poverty',
          period: '2020',
          actual: '2.15',
          target: '2.5',
          previous: '2.9',
          estimated: false,
          stage: 'preliminary' as const,
        },
      ],
    } as typeof dataset;
    const bytes = await writeWorkbook(extra, evaluateDataset(extra), { locale: 'vi' });
    const sheet = (await load(bytes)).getWorksheet('Báo cáo');
    if (!sheet) throw new Error('no sheet');
    const r = rowOf(sheet, 'Tỷ lệ hộ nghèo');
    // Lower is better, inverse policy: plan ÷ actual.
    expect(sheet.getCell(`G${r}`).value).toMatchObject({ formula: `IF(F${r}>0,E${r}/F${r},"")` });
    expect(sheet.getCell(`E${rowOf(sheet, 'Chỉ số giá tiêu dùng tăng')}`).value).toBe('3 – 4');
    const back = await readWorkbook(bytes, { locale: 'vi' });
    expect(back.issues).toEqual([]);
    expect(back.dataset).toEqual(extra);
  });

  it('a damaged hidden sheet is an issue with its cell, and the table is still read', async () => {
    const wb = await load(await writeWorkbook(dataset, evaluations, { locale: 'en' }));
    const data = wb.getWorksheet('chitieu-data');
    if (!data) throw new Error('no data sheet');
    data.getCell('C5').value = '{not json';
    const { dataset: back, issues } = await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), { locale: 'en' });
    expect(issues[0]).toMatchObject({ code: 'DATA_SHEET', sheet: 'chitieu-data', cell: 'C5' });
    expect(back?.observations.find((o) => o.indicator === 'revenue')?.actual).toBe('3630');
  });
});

describe('figures beyond what a spreadsheet number holds', () => {
  it.each(['vi', 'en'])(
    'more than 15 significant digits are written as text in the %s style and read back exactly',
    async (locale) => {
      const big = {
        ...dataset,
        observations: dataset.observations.map((o) =>
          o.indicator === 'revenue'
            ? {
                ...o,
                actual: '1234567890123456789.25' as typeof o.actual,
                stated: { completion: '100.12345678901234567' as NonNullable<typeof o.actual> },
              }
            : o,
        ),
      } as typeof dataset;
      const bytes = await writeWorkbook(big, undefined, { locale });
      const sheet = (await load(bytes)).getWorksheet(locale === 'vi' ? 'Báo cáo' : 'Report');
      if (!sheet) throw new Error('no sheet');
      const r = rowOf(sheet, locale === 'vi' ? 'Tổng doanh thu toàn ngành' : 'Total sector revenue');
      expect(sheet.getCell(`F${r}`).value).toBe(
        locale === 'vi' ? '1.234.567.890.123.456.789,25' : '1,234,567,890,123,456,789.25',
      );
      const back = await readWorkbook(bytes, { locale });
      expect(back.issues).toEqual([]);
      expect(back.dataset).toEqual(big);
    },
  );
});
