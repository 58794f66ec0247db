import { parseDataset } from '@chitieu/core';
import { describe, expect, it } from 'vitest';
import { csvToDataset, foldHeader } from '../src/data-editor/csv-layout';
import { errorText, issueMessage, issuePath } from '../src/data-editor/issue-text';
import { readDataset } from '../src/data-editor/read-dataset';

const VI_CSV = `chỉ tiêu;kỳ;thực hiện;kế hoạch;đơn vị tính
Tổng doanh thu toàn ngành;2020;3.630;3.608;tỷ đồng
Thuê bao điện thoại;2020;2.890.000;2.870.766;thuê bao
Tỷ lệ hồ sơ trực tuyến mức độ 3;2020;56,35;50;%
`;

describe('a CSV as a Vietnamese user writes it', () => {
  it('reads the headers chỉ tiêu;kỳ;thực hiện;kế hoạch;đơn vị tính and the units tỷ đồng, thuê bao, %', () => {
    const csv = csvToDataset(VI_CSV, { numbers: 'vi' });
    expect(csv.issues).toEqual([]);
    const parsed = parseDataset(csv.input);
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
    if (!parsed.ok) return;
    const [revenue, phones, share] = parsed.dataset.indicators;
    expect(revenue).toMatchObject({ id: 'tong-doanh-thu-toan-nganh', unit: { code: 'VND' }, scale: 9 });
    expect(revenue?.name).toEqual({ vi: 'Tổng doanh thu toàn ngành' });
    expect(phones).toMatchObject({ unit: { code: 'subscriber' }, scale: 0 });
    expect(share).toMatchObject({ unit: { code: 'percent' } });
    expect(parsed.dataset.observations[0]).toMatchObject({ period: '2020', actual: '3630', target: '3608' });
  });

  it('headers without diacritics, in capitals or with underscores mean the same', () => {
    const csv = csvToDataset('CHI TIEU,Ky,Thuc_hien,Ke hoach,DVT\nDoanh thu,2020,3630,3608,tỷ đồng\n');
    expect(csv.issues).toEqual([]);
    expect(csv.input?.['observations']).toEqual([
      { indicator: 'doanh-thu', period: '2020', actual: '3630', target: '3608' },
    ]);
    expect(foldHeader('  Đơn vị   tính ')).toBe('don vi tinh');
  });

  it('a unit nobody knows stays for the core to refuse, with its row', () => {
    const result = readDataset('chỉ tiêu;kỳ;thực hiện;đơn vị tính\nA;2020;1;quả bóng\n', {
      format: 'csv',
      numbers: 'vi',
      validate: parseDataset,
    });
    expect(result.ok).toBe(false);
    const unit = result.issues.find((i) => i.code === 'UNKNOWN_UNIT');
    expect(unit?.path).toMatch(/^row 2 › unit/);
    expect(issueMessage(unit ?? { path: '', message: '' }, 'vi')).toMatch(/^Đơn vị tính không có trong danh sách/);
  });
});

describe('problems in the user’s language', () => {
  it('the editor’s own issues are said in Vietnamese, paths included', () => {
    const result = readDataset('indicator,period,actaul\na,2020,1\n', { format: 'csv', validate: parseDataset });
    const unknown = result.issues.find((i) => i.code === 'CSV_UNKNOWN_COLUMN');
    expect(issueMessage(unknown ?? { path: '', message: '' }, 'vi')).toBe(
      'Cột "actaul" không có trong bố cục; trang Hướng dẫn / Định dạng dữ liệu liệt kê mọi cột',
    );
    expect(issueMessage(unknown ?? { path: '', message: '' }, 'en')).toMatch(/^Unknown column "actaul"/);
    expect(issuePath('row 4 › actual', 'vi')).toBe('dòng 4 › actual');
    expect(issuePath('json › line 3, column 18', 'vi')).toBe('json › dòng 3, cột 18');
    expect(issuePath('header', 'vi')).toBe('dòng tiêu đề');
  });

  it('the core’s issues are translated by code, quoting the value, never the English text or the code', () => {
    const text = issueMessage(
      {
        path: '$.observations[0].actual',
        message:
          'Expected a decimal such as "1234.5", got "3.630,5" (locale-formatted text needs parseNumber(text, locale))',
        code: 'INVALID_DECIMAL',
      },
      'vi',
    );
    expect(text).toMatch(/^Không phải số hợp lệ \("3\.630,5"\)/);
    expect(text).not.toMatch(/INVALID_DECIMAL|parseNumber|Expected|needs/);
  });

  it('a crash inside a component is never shown as an English developer message', () => {
    expect(errorText(new TypeError("Cannot read properties of undefined (reading 'x')"), 'vi')).not.toMatch(
      /Cannot|undefined/,
    );
    expect(
      errorText(Object.assign(new Error('Band target has min 5 above max 4'), { code: 'INVALID_BAND' }), 'vi'),
    ).toBe('Khoảng kế hoạch có cận dưới lớn hơn cận trên');
    expect(errorText(new Error('boom'), 'en')).toBe('boom');
  });
});
