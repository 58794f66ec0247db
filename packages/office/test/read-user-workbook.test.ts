import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../src/index';

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A workbook as a district office keeps it: no diacritics in some headers, merged header cells, text numbers. */
async function vietnameseWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('Biểu 01');
  s.getCell('A1').value = 'BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2020';
  s.getRow(3).values = ['STT', 'Chi tieu', 'DVT', 'Năm 2020', null, null, 'So cung ky (%)', 'Ghi chú'];
  s.getRow(4).values = [null, null, null, 'Kế hoạch', 'Thực hiện', '% KH'];
  s.mergeCells('A3:A4');
  s.mergeCells('B3:B4');
  s.mergeCells('C3:C4');
  s.mergeCells('D3:F3');
  s.mergeCells('G3:G4');
  s.mergeCells('H3:H4');
  s.getRow(5).values = ['I', 'Bưu chính, viễn thông'];
  s.getRow(6).values = [1, 'Tổng doanh thu', 'tỷ đồng', '3.608', 3630, '100,6%', 105.3, 'ước đạt'];
  // row 7 is blank
  s.getRow(8).values = [2, 'Thuê bao internet băng thông rộng', 'thuê bao', 1700000, '1.800.000', 1.0588];
  s.getCell('F8').numFmt = '0.00%';
  s.getRow(9).values = [null, '- Trong đó: thuê bao cáp quang', 'thuê bao', null, 1500000];
  s.getRow(10).values = [null, 'II. Dịch vụ công trực tuyến'];
  s.getRow(11).values = [1, 'Tỷ lệ hồ sơ trực tuyến', '%', '-', '56,35'];
  s.getRow(12).values = [2, 'Hồ sơ tiếp nhận', 'hồ sơ', null, 'abc'];
  s.getRow(13).values = [3, 'Số ngày xử lý', 'ngày làm việc', null, new Date(Date.UTC(2020, 0, 5))];
  s.getRow(14).values = [4, 'Doanh thu quảng cáo', 'triệu đồng', null, { formula: 'E6/100', result: 36.3 }];
  return bytesOf(wb);
}

describe('readWorkbook › a workbook as a Vietnamese office keeps it', () => {
  it('reads headers with and without diacritics, merged headers, sectors, trong đó rows, text and percent numbers', async () => {
    const { dataset, issues } = await readWorkbook(await vietnameseWorkbook(), { locale: 'vi' });
    expect(dataset?.title).toBe('BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2020');
    const byId = new Map(dataset?.indicators.map((i) => [i.id, i]));
    expect(byId.get('tong-doanh-thu')).toMatchObject({
      name: 'Tổng doanh thu',
      unit: { code: 'VND' },
      scale: 9,
      group: 'Bưu chính, viễn thông',
      percentDecimals: 1,
    });
    expect(byId.get('thue-bao-internet-bang-thong-rong')).toMatchObject({
      unit: { code: 'subscriber' },
      percentDecimals: 2,
    });
    expect(byId.get('thue-bao-cap-quang')).toMatchObject({ parent: 'thue-bao-internet-bang-thong-rong' });
    expect(byId.get('ty-le-ho-so-truc-tuyen')).toMatchObject({
      unit: { code: 'percent' },
      decimals: 2,
      group: 'Dịch vụ công trực tuyến',
    });
    // A unit the reader does not know is kept as written, not guessed.
    expect(byId.get('so-ngay-xu-ly')?.unit).toEqual({
      code: 'ngay-lam-viec',
      kind: 'other',
      words: { vi: 'ngày làm việc', en: 'ngày làm việc' },
    });
    const obs = new Map(dataset?.observations.map((o) => [o.indicator, o]));
    expect(obs.get('tong-doanh-thu')).toMatchObject({
      period: '2020',
      target: '3608',
      actual: '3630',
      stated: { completion: '100.6', change: { form: 'ratio', value: '105.3' } },
      note: 'ước đạt',
    });
    expect(obs.get('thue-bao-internet-bang-thong-rong')).toMatchObject({
      target: '1700000',
      actual: '1800000',
      stated: { completion: '105.88' },
    });
    expect(obs.get('thue-bao-cap-quang')?.actual).toBe('1500000');
    expect(obs.get('ty-le-ho-so-truc-tuyen')).toMatchObject({ actual: '56.35' });
    expect(obs.get('ty-le-ho-so-truc-tuyen')?.target).toBeUndefined();
    // A formula's computed result is the figure.
    expect(obs.get('doanh-thu-quang-cao')).toMatchObject({ actual: '36.3' });
    expect(byId.get('doanh-thu-quang-cao')).toMatchObject({ unit: { code: 'VND' }, scale: 6 });
    // Every unreadable cell is an issue with sheet, row and column; nothing else is.
    expect(issues.map((i) => [i.code, i.sheet, i.cell, i.row, i.column])).toEqual([
      ['UNREADABLE_NUMBER', 'Biểu 01', 'E12', 12, 'E'],
      ['UNREADABLE_NUMBER', 'Biểu 01', 'E13', 13, 'E'],
    ]);
    // Vietnamese only: the core's English parse detail is left out of a Vietnamese message.
    expect(issues[0]?.message).toBe('"abc" không phải là số');
    expect(issues[1]?.message).toBe('Ô chứa ngày tháng, không phải số');
    expect(obs.has('ho-so-tiep-nhan')).toBe(false);
  });

  it('an English workbook with English numbers', async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet('Results');
    s.getRow(1).values = ['Indicator', 'Unit', 'Plan 2021', 'Actual 2021', '% of plan', 'Plan 2022'];
    s.getRow(2).values = ['Revenue', 'billion VND', '3,745', '3,800.5', null, 3900];
    const { dataset, issues } = await readWorkbook(await bytesOf(wb), { locale: 'en' });
    expect(issues).toEqual([]);
    expect(dataset?.observations).toEqual([
      {
        indicator: 'revenue',
        period: '2021',
        target: '3745',
        actual: '3800.5',
        nextTarget: { period: '2022', value: '3900' },
        estimated: false,
        stage: 'official',
      },
    ]);
    expect(dataset?.indicators[0]).toMatchObject({ unit: { code: 'VND' }, scale: 9, decimals: 1 });
  });

  it('an ambiguous or unreadable text number is an issue, never a guess', async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet('Sheet1');
    s.getRow(1).values = ['Chỉ tiêu', 'ĐVT', 'Thực hiện năm 2020'];
    s.getRow(2).values = ['Doanh thu', 'tỷ đồng', '3,630.5'];
    const { issues } = await readWorkbook(await bytesOf(wb), { locale: 'vi' });
    expect(issues.map((i) => i.cell)).toEqual(['C2']);
  });

  it('says why it cannot read: not a workbook, no table, no period, a missing sheet', async () => {
    expect((await readWorkbook(new Uint8Array([1, 2, 3]), { locale: 'vi' })).issues[0]?.code).toBe('UNREADABLE_FILE');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Trống').getCell('A1').value = 'không có bảng';
    expect((await readWorkbook(await bytesOf(wb), { locale: 'en' })).issues[0]).toMatchObject({
      code: 'NO_TABLE',
      message: 'No table found: a header row needs an "Indicator" (Chỉ tiêu) column',
    });
    expect((await readWorkbook(await bytesOf(wb), { locale: 'vi', sheet: 'Khác' })).issues[0]?.code).toBe('NO_TABLE');
    const noYear = new ExcelJS.Workbook();
    const s = noYear.addWorksheet('S');
    s.getRow(1).values = ['Chỉ tiêu', 'ĐVT', 'Thực hiện'];
    s.getRow(2).values = ['Doanh thu', 'tỷ đồng', 1];
    const bytes = await bytesOf(noYear);
    expect((await readWorkbook(bytes, { locale: 'vi' })).issues[0]).toMatchObject({ code: 'NO_PERIOD', cell: 'A1' });
    const withPeriod = await readWorkbook(bytes, { locale: 'vi', period: '2020-Q1' });
    expect(withPeriod.dataset?.observations[0]).toMatchObject({ period: '2020-Q1', actual: '1' });
  });
});

describe('readWorkbook › bounds', () => {
  it('a sheet with more rows than a report reads the first 20 000 and says so', async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet('Lớn');
    s.getRow(1).values = ['Chỉ tiêu', 'ĐVT', 'Thực hiện 2020'];
    s.getRow(20_003).values = ['Cuối', 'hồ sơ', 1];
    s.getRow(2).values = ['Đầu', 'hồ sơ', 2];
    const { dataset, issues } = await readWorkbook(await bytesOf(wb), { locale: 'en' });
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'TOO_LARGE',
        cell: 'A20002',
        message: 'The table is too large: only its first 20000 rows are read',
      }),
    ]);
    expect(dataset?.observations.map((o) => o.indicator)).toEqual(['dau']);
  });
});
