import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/extract';

/**
 * The brittleness the metamorphic run found, fixed in general (own paraphrases, never the corpus
 * sentence), each with a negative.
 */
const en = (text: string) => extractReport(text, { locale: 'en' }).statements;
const changes = (text: string) =>
  en(text).flatMap((s) => s.changes.map((c) => `${c.value.form} ${c.value.amount.value} ${c.confidence}`));

describe('`VNĐ` after the scale word in English (Việt Nam News style)', () => {
  it.each([
    ['Domestic revenue reached 194.1 trillion VNĐ, up 3 percent year-on-year.', '194100000000000'],
    ['The city aims to collect 520 trillion VNĐ in 2025.', '520000000000000'],
    ['Disbursement of public investment hit 12.5 billion VNĐ in May.', '12500000000'],
  ])('%s', (text, value) => {
    const v = en(text).find((s) => s.value)?.value?.value;
    expect(v?.base).toBe(value);
    expect(v?.unitCode).toBe('VND');
  });

  it('a `VNĐ` not after a number gives no amount in dong', () => {
    const values = en('The VNĐ weakened against the dollar last week.').filter(
      (s) => s.value?.value.unitCode === 'VND',
    );
    expect(values).toEqual([]);
  });
});

describe('change verbs in the simple present', () => {
  it.each([
    ['Export turnover jumps by 7.5% year on year.', 'rate 7.5 certain'],
    ['Retail sales climbs 5.2 percent to 3.1 trillion VND in 2023.', 'rate 5.2 certain'],
    ['The consumer price index dips 0.3 percent month-on-month.', 'rate -0.3 certain'],
    ['Registered FDI slides by 4% from a year earlier.', 'rate -4 certain'],
    ['Industrial production expands 9.1 percent in the first quarter.', 'rate 9.1 certain'],
  ])('%s', (text, change) => {
    expect(changes(text)).toContain(change);
  });

  it('a present verb never reads its figure as a level in percent', () => {
    const s = en('Retail sales climbs 5.2 percent to 3.1 trillion VND in 2023.');
    expect(s.some((x) => x.value?.value.unitCode === 'percent')).toBe(false);
    expect(s.find((x) => x.value)?.value?.value.base).toBe('3100000000000');
  });

  it('a plural change noun with `of` is still the noun of a list (`rises of 6% and 4%`)', () => {
    const s = en('Exports and imports posted year-on-year rises of 6.2 percent and 4.1 percent, respectively.');
    const read = s.flatMap((x) => x.changes.map((c) => `${c.value.form} ${c.value.amount.value}`));
    expect(read).toEqual(expect.arrayContaining(['rate 6.2', 'rate 4.1']));
  });
});

describe('a verbless percentage against a base after a comma is doubted (growth or level?)', () => {
  it.each([
    'Retail revenue reached 3.6 quadrillion VND, 11.6 percent year-on-year.',
    'Exports hit 5.4 billion USD, 8 per cent against the same period last year.',
    'Tourism revenue was 12 trillion VND (9.2% compared with the same period last year).',
  ])('%s', (text) => {
    const ch = en(text).flatMap((s) => s.changes);
    expect(ch.length).toBeGreaterThan(0);
    for (const c of ch) expect(c.confidence).toBe('uncertain');
  });

  it('a percentage `of` its base stays a certain ratio; a rate with its verb stays certain', () => {
    expect(changes('Revenue reached 3.6 quadrillion VND, 95 percent of the same period last year.')).toEqual([
      'ratio 95 certain',
    ]);
    expect(changes('Revenue reached 3.6 quadrillion VND, up 11.6 percent year-on-year.')).toEqual([
      'rate 11.6 certain',
    ]);
  });
});

describe('a source opener (`According to …,`) names nothing: the passive figure after it keeps its period', () => {
  it.each([
    [
      'According to the General Statistics Office, an estimated 210.5 trillion VND (about 8.6 billion USD) was collected for the state budget in the first three months of 2024.',
      '210500000000000',
      '2024-YTD-03',
    ],
    [
      'According to the finance ministry, some 41.2 trillion VND (nearly 1.7 billion USD) was disbursed for public investment in the first quarter of 2022.',
      '41200000000000',
      '2022-Q1',
    ],
    [
      'According to the tourism department, 3.4 million USD (around 80 billion VND) was spent on promotion in the first half of 2023.',
      '3400000',
      '2023-H1',
    ],
  ])('%s', (text, value, period) => {
    const s = en(text).find((x) => x.value?.value.base === value);
    expect(s?.period?.value).toBe(period);
    expect(s?.name?.value ?? '').not.toMatch(/^According/u);
  });

  it('negative: a clause of words that is no source still names the figure after it', () => {
    const s = en('Revenue from tourism, 5.2 trillion VND, was recorded in 2023.');
    expect(s.find((x) => x.value)?.name?.value ?? '').toMatch(/tourism/u);
  });
});

describe('phrasal change verbs with `by` (picking up by, inched up by, ticked down by)', () => {
  it.each([
    [
      'Retail sales totaled VND6,200 trillion in 2023, picking up by 9.6 percent over the previous year.',
      'rate 9.6 certain',
    ],
    ['Exports inched up by 0.2% year-on-year to 145.8 billion USD.', 'rate 0.2 certain'],
    ['The consumer price index ticked down by 0.1 percent month-on-month.', 'rate -0.1 certain'],
  ])('%s', (text, change) => {
    expect(changes(text)).toContain(change);
  });

  it('negative: `made up` before a share is no rise', () => {
    const s = en('Services made up 43.3 percent of the economy in 2023.');
    expect(s.flatMap((x) => x.changes).filter((c) => c.confidence === 'certain')).toEqual([]);
  });
});

describe('a plan comparison after a short lead clause still opens the sentence (fronted-plan)', () => {
  const vi = (text: string) => extractReport(text, { locale: 'vi' }).statements;
  it.each([
    'Bên cạnh đó, so với kế hoạch được giao thì tỷ lệ giải ngân đạt 42,5%, tăng 2,1%.',
    'Theo Sở Tài chính, so với kế hoạch vốn được giao thì tỷ lệ giải ngân đạt 61,3%, tăng 5,2%.',
    'Cụ thể, so với kế hoạch vốn giao thì tỷ lệ giải ngân đạt 38,9%, tăng 4,2%.',
  ])('%s', (text) => {
    const figures = vi(text).flatMap((s) => [
      ...(s.value?.value.unitCode === 'percent' ? [s.value] : []),
      ...s.changes.filter((c) => !c.value.base),
    ]);
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) expect(f.confidence).toBe('uncertain');
  });

  it('negative: a lead clause with a figure of its own, or a plan after the figure, is no fronted plan', () => {
    const s = vi('Bên cạnh đó, tỷ lệ giải ngân đạt 42,5% so với kế hoạch, tăng 2,1% so với cùng kỳ.');
    expect(s.find((x) => x.completion)?.completion?.confidence).toBe('certain');
  });
});

describe('decomposed (NFD) Vietnamese reads as composed (NFC) text', () => {
  const vi = (text: string) =>
    extractReport(text, { locale: 'vi' }).statements.map(
      (s) => `${s.kind.value} ${s.value?.value.base ?? ''} ${s.changes.map((c) => c.value.amount.value).join(',')}`,
    );
  it.each([
    'Theo Cục Thống kê TP Cần Thơ, tổng mức bán lẻ hàng hóa tháng 3-2024 ước đạt 10.512,3 tỉ đồng, tăng 2,1% so với tháng trước.',
    'Doanh thu du lịch của Cần Thơ 6 tháng đầu năm đạt 3.150 tỷ đồng, tăng 12,4% so với cùng kỳ.',
    'Các tháng cuối năm cần thu thêm 3.000 tỷ đồng để hoàn thành dự toán.',
  ])('%s', (text) => {
    expect(vi(text.normalize('NFD'))).toEqual(vi(text.normalize('NFC')));
  });

  it('negative: the NFC reading itself is unchanged (`Cần Thơ` is a name, `cần thu` a goal)', () => {
    expect(vi('Theo Cục Thống kê TP Cần Thơ, doanh thu đạt 5 tỷ đồng.')[0]).toMatch(/^actual/u);
    expect(vi('Các tháng cuối năm cần thu thêm 3.000 tỷ đồng.')[0]).toMatch(/^target/u);
  });
});

describe('Vietnamese change verbs of the press (sụt giảm, giảm sút, suy giảm, tăng vọt, nhích)', () => {
  const vi = (text: string) =>
    extractReport(text, { locale: 'vi' }).statements.flatMap((s) =>
      s.changes.map((c) => `${c.value.form} ${c.value.amount.value}`),
    );
  it.each([
    ['Kim ngạch nhập khẩu ước đạt 3,1 tỷ USD, sụt giảm 4,1% so với tháng trước.', 'rate -4.1'],
    ['Diện tích gieo trồng lúa ước 12.500 ha, giảm sút 1,6% so cùng kỳ.', 'rate -1.6'],
    ['Sản lượng thủy sản suy giảm 0,8% so với cùng kỳ năm trước.', 'rate -0.8'],
    ['Lượng khách quốc tế tăng vọt 35,2% so với cùng kỳ năm trước.', 'rate 35.2'],
    ['Chỉ số giá tiêu dùng tháng 5 nhích 0,2% so với tháng trước.', 'rate 0.2'],
  ])('%s', (text, change) => {
    expect(vi(text)).toContain(change);
  });

  it('negative: `tăng lên` / `giảm xuống còn` still reach a level, not a change', () => {
    expect(vi('Tỷ lệ hộ nghèo giảm xuống còn 2,1%.')).not.toContain('rate -2.1');
  });
});

describe('a verb of recording right after the comma that closes its subject’s clause', () => {
  it.each([
    'Domestic revenue, estimated at 368.1 trillion VND, saw a 14.5 percent increase from the same period last year.',
    'Tourism revenue reached 12.3 trillion VND in 2023, posted a rise of 18 percent year-on-year.',
    'Retail sales, at 5.2 quadrillion VND, recorded an increase of 9.6 percent over the previous year.',
  ])('%s', (text) => {
    const s = en(text);
    expect(s).toHaveLength(1);
    expect(s[0]?.value).toBeDefined();
    expect(s[0]?.changes).toHaveLength(1);
  });

  it('negative: a verb of recording after a subject of its own opens a statement of its own', () => {
    const s = en('Exports reached 5 billion USD, imports saw a 3 percent rise.');
    expect(s).toHaveLength(2);
    expect(s[0]?.changes).toHaveLength(0);
  });
});

describe('an adverb between the subject and its verb names nothing (`… (US$2.3 billion) was still a 1.6% decrease`)', () => {
  it.each([
    ['The July figure of VND57.6 trillion (US$2.3 billion) was still a 1.6% decrease versus July 2023.', 'rate -1.6'],
    [
      'Tourism revenue of VND12.5 trillion (US$510 million) was even 8.2 percent higher than a year earlier.',
      'rate 8.2',
    ],
    ['Budget spending of VND98.4 trillion (US$4 billion) was already a 3.5 percent increase year-on-year.', 'rate 3.5'],
  ])('%s', (text, change) => {
    const s = en(text);
    const withValue = s.find((x) => x.value);
    expect(withValue?.changes.map((c) => `${c.value.form} ${c.value.amount.value}`)).toContain(change);
  });

  it('negative: the adverb leaves the rest of a name whole', () => {
    const s = en('Exports of rice still rose 5 percent in 2023.');
    expect(s[0]?.name?.value).toBe('Exports of rice');
  });
});

describe('`đô la` is the US dollar in Vietnamese press; another country’s dollar is named and has no unit', () => {
  const unit = (text: string) => extractReport(text, { locale: 'vi' }).statements.find((s) => s.value)?.value?.value;
  it.each([
    ['Tổng kim ngạch xuất nhập khẩu đạt 435,23 tỷ đô la.', '435230000000'],
    ['Cán cân thương mại xuất siêu 20,19 tỷ đôla.', '20190000000'],
    ['Kim ngạch xuất khẩu thủy sản ước đạt 850 triệu đô la, tăng 3,2%.', '850000000'],
  ])('%s', (text, value) => {
    const v = unit(text);
    expect(v?.base).toBe(value);
    expect(v?.unitCode).toBe('USD');
  });

  it('negative: `đô la Singapore` is no US dollar, `đô thị` no dollar at all', () => {
    expect(unit('Vốn đầu tư đạt 2,1 tỷ đô la Singapore.')?.unitCode).toBeUndefined();
    expect(unit('Thành phố có 3 đô thị loại I.')?.unitCode).not.toBe('USD');
  });
});
