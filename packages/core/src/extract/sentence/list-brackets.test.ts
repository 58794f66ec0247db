import { describe, expect, it } from 'vitest';
import { extractStatements } from '../extract-statements';
import type { Statement } from '../types';

const read = (text: string, locale: 'vi' | 'en'): Statement[] => extractStatements(text, { locale });
const row = (s: Statement) => ({
  name: s.name?.value,
  rate: s.changes[0]?.value.form === 'rate' ? s.changes[0].value.amount.value : undefined,
  completion: s.completion?.value.percent.value,
  level: s.value?.value.base,
  certain: [s.value, s.completion, ...s.changes].every((f) => !f || f.confidence === 'certain'),
});

describe('bracketed lists: each `Name (figure)` is a statement, its role from the list head', () => {
  it.each([
    [
      'Sáu địa phương có mức tăng trưởng kinh tế cao nhất cả nước gồm: Bình Dương (9,4%), Đồng Nai (8,7%) và Long An (8,05%).',
      'vi',
      [
        ['Bình Dương', '9.4'],
        ['Đồng Nai', '8.7'],
        ['Long An', '8.05'],
      ],
    ],
    [
      'Strong rises were recorded in exports of rice (up 22.3 percent), coffee (17.1 percent), pepper (9 percent) and cashew nuts (4.6 percent).',
      'en',
      [
        ['rice', '22.3'],
        ['coffee', '17.1'],
        ['pepper', '9'],
        ['cashew nuts', '4.6'],
      ],
    ],
    [
      'Among the provinces with the fastest growth were Hai Phong (12.3 percent), Bac Giang (11.9 percent), and Quang Ninh (10.4 percent).',
      'en',
      [
        ['Hai Phong', '12.3'],
        ['Bac Giang', '11.9'],
        ['Quang Ninh', '10.4'],
      ],
    ],
  ])('a growth or change head makes each percentage a rate: %s', (text, locale, expected) => {
    const rows = read(text, locale as 'vi' | 'en').map(row);
    for (const [name, rate] of expected as string[][]) {
      const r = rows.find((x) => x.rate === rate);
      expect(r, rate).toBeDefined();
      expect(r?.name).toContain(name);
      expect(r?.certain).toBe(true);
    }
  });
  it('a falling head gives every entry its sign', () => {
    const rows = read(
      'Sharp declines were seen in shipments of crude oil (down 31.2 percent), coal (18 percent) and steel (7.5 percent).',
      'en',
    ).map(row);
    expect(rows.map((r) => r.rate)).toEqual(['-31.2', '-18', '-7.5']);
  });
  it.each([
    [
      'Ministries with high disbursement rates were the Ministry of Transport (61.2 percent), the Ministry of Health (48.7 percent) and the State Bank (40.1 percent).',
      'en',
      ['61.2', '48.7', '40.1'],
    ],
    [
      'Các địa phương có tỷ lệ giải ngân cao là Thái Bình (76,7%), Hà Nam (50,6%), Hưng Yên (43,2%).',
      'vi',
      ['76.7', '50.6', '43.2'],
    ],
  ])('a disbursement-rate head makes each percentage a completion of plan: %s', (text, locale, pcts) => {
    const rows = read(text, locale as 'vi' | 'en').map(row);
    expect(rows.filter((r) => r.completion).map((r) => r.completion)).toEqual(pcts);
    expect(rows.every((r) => r.certain)).toBe(true);
  });
  it('a list whose head names no role keeps bare, doubted percentages (negative)', () => {
    const all = read('The largest exporters were Samsung (18 percent), Intel (9 percent) and LG (5 percent).', 'en');
    const fields = all.flatMap((s) => [s.value, s.completion, ...s.changes].filter((f) => f !== undefined));
    expect(fields.length).toBeGreaterThan(0);
    for (const f of fields) expect(f?.confidence).toBe('uncertain');
    expect(all.every((s) => !s.completion && s.changes.length === 0)).toBe(true);
  });
  it('one bracket after a figure is no list (negative)', () => {
    const [s] = read('Sản lượng lúa giảm 0,58% (5.240 tấn) so với cùng kỳ.', 'vi');
    expect(s?.changes[0]?.value.amount.value).toBe('-0.58');
  });
});

describe('a list of the same indicator over periods, one item per period', () => {
  it.each([
    [
      'Năm 2024, GDP quý I tăng 5,66%, quý II ước tăng 6,93%, 6 tháng ước tăng 6,42%.',
      [
        ['2024-Q1', '5.66', undefined],
        ['2024-Q2', '6.93', 'estimate'],
        ['2024-YTD-06', '6.42', 'estimate'],
      ],
    ],
    [
      'Năm 2023, doanh thu quý I đạt 120 tỷ đồng; quý II ước đạt 150 tỷ đồng.',
      [
        ['2023-Q1', undefined, undefined],
        ['2023-Q2', undefined, 'estimate'],
      ],
    ],
  ])('vi › %s', (text, expected) => {
    const all = read(text, 'vi');
    expect(all.map((s) => [s.period?.value, s.changes[0]?.value.amount.value, s.stage?.value])).toEqual(expected);
    expect(new Set(all.map((s) => s.name?.value)).size).toBe(1);
  });
  it('en › In 2023, GDP grew 5.2 percent in the first quarter, in the second quarter 6.1 percent.', () => {
    const all = read('In 2023, GDP grew 5.2 percent in the first quarter, in the second quarter 6.1 percent.', 'en');
    expect(all.map((s) => [s.name?.value, s.period?.value, s.changes[0]?.value.amount.value])).toEqual([
      ['GDP', '2023-Q1', '5.2'],
      ['GDP', '2023-Q2', '6.1'],
    ]);
  });
  it('a clause with its own name after the period is its own indicator (negative)', () => {
    const all = read('Năm 2023, GDP quý I tăng 5,2%, quý II xuất khẩu tăng 7%.', 'vi');
    expect(all.map((s) => s.name?.value)).toContain('xuất khẩu');
  });
});

describe('GDP and GRDP state their growth with a bare percentage', () => {
  it.each([
    ['Ước tính, GDP quý III đạt khoảng 6,8%.', 'vi', '6.8'],
    ['GRDP của tỉnh năm 2023 ước đạt 8,1%.', 'vi', '8.1'],
    ["Da Nang's gross regional domestic product (GRDP) has been estimated at 7.2 percent in 2023.", 'en', '7.2'],
    ["Hanoi's GDP was estimated at 6.3 percent in 2023.", 'en', '6.3'],
  ])('%s', (text, locale, rate) => {
    const [s] = read(text, locale as 'vi' | 'en');
    expect(s?.value).toBeUndefined();
    expect(s?.changes[0]?.value).toMatchObject({ form: 'rate', amount: { value: rate } });
  });
  it.each([
    ['Tỷ trọng công nghiệp trong GDP đạt 38,2%.', 'vi'],
    ['The debt-to-GDP ratio stood at 37 percent.', 'en'],
    ["Agriculture's share of GDP was 11.9 percent.", 'en'],
  ])('a share or ratio of GDP is no growth (negative): %s', (text, locale) => {
    const [s] = read(text, locale as 'vi' | 'en');
    expect(s?.changes.some((c) => c.value.form === 'rate')).toBe(false);
  });
});

describe('a change verb and adverbs of degree before a bare percentage make it a rate', () => {
  it.each([
    ['Ngành thủy sản tăng cao thứ hai, đạt 18,4%.', 'vi', 'Ngành thủy sản', '18.4'],
    ['Ngành vận tải tăng thấp nhất với 3,2%.', 'vi', 'Ngành vận tải', '3.2'],
    ['Xuất khẩu dệt may giảm mạnh nhất với 9,5%.', 'vi', 'Xuất khẩu dệt may', '-9.5'],
    ['Exports to Japan grew the fastest, at 21 percent.', 'en', 'Exports to Japan', '21'],
    ['Imports from Korea declined the most sharply, at 7.7 percent.', 'en', 'Imports from Korea', '-7.7'],
  ])('%s', (text, locale, name, rate) => {
    const [s] = read(text, locale as 'vi' | 'en');
    expect(s?.name?.value).toBe(name);
    expect(s?.value).toBeUndefined();
    expect(s?.changes[0]?.value).toMatchObject({ form: 'rate', amount: { value: rate } });
  });
  it.each([
    ['Nông nghiệp tăng mạnh, chiếm 30%.', 'vi'],
    ['Xuất khẩu giảm mạnh, chỉ đạt 12%.', 'vi'],
    ['Doanh thu cao nhất đạt 45%.', 'vi'],
  ])('a share, or a percentage with no change verb before its adverbs, is no rate (negative): %s', (text, locale) => {
    const all = read(text, locale as 'vi' | 'en');
    expect(all.flatMap((s) => s.changes)).toEqual([]);
  });
});
