import { describe, expect, it } from 'vitest';
import { extractStatements } from '../index';

const names = (text: string, locale: 'vi' | 'en'): (string | undefined)[] =>
  extractStatements(text, { locale })
    .filter((s) => s.value || s.changes.length > 0)
    .map((s) => s.name?.value);

describe('a verb of saying inside the words before a figure ends the source, not the name', () => {
  it('Vietnamese: `cho biết`, `cho hay` with the source and a lead before them', () => {
    expect(
      names('Tại kỳ họp thứ 7, HĐND tỉnh cho biết thu ngân sách 9 tháng năm 2024 đạt 12.500 tỷ đồng.', 'vi'),
    ).toEqual(['thu ngân sách']);
    expect(names('Sở Tài chính cho hay tổng thu nội địa năm 2023 đạt 8.200 tỷ đồng, tăng 5%.', 'vi')).toEqual([
      'tổng thu nội địa',
    ]);
    expect(names('Ông Nguyễn Văn A cho biết kim ngạch xuất khẩu 6 tháng đạt 2,1 tỷ USD.', 'vi')).toEqual([
      'kim ngạch xuất khẩu',
    ]);
  });

  it('English: `said`, `said that`', () => {
    expect(
      names('At a press conference, the GSO said exports in 9M24 reached US$299.6bn, up 15.4% y/y.', 'en'),
    ).toEqual(['exports']);
    expect(names('The ministry said that retail sales rose 8.1% year-on-year in October.', 'en')).toEqual([
      'retail sales',
    ]);
  });

  it('keeps names whose words only look like a source: `thông tin` of `công nghệ thông tin`, a trailing `said`', () => {
    expect(names('Doanh thu công nghệ thông tin và truyền thông đạt 1.200 tỷ đồng.', 'vi')).toEqual([
      'Doanh thu công nghệ thông tin và truyền thông',
    ]);
    expect(names('Exports reached US$30 billion, the ministry said.', 'en')).toEqual(['Exports']);
  });
});
