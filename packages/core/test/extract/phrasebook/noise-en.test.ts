import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/extract';
import type { Statement } from '../../../src/extract/types';
import { scorePhrasebook, silentWrongCases, wholeShare } from './harness';
import { NOISE_EN, NOISE_EN_META } from './noise-en';

/** Whole-fact share the area reached (rounded down to a whole percent); it may only go up. */
const FLOOR = 0.96;

const read = (text: string): Statement[] => extractStatements(text, { locale: 'en' });

/** Each statement with a figure as `value unit ~bound c=completion [changes] @period`, `?` after a doubted field. */
const readings = (text: string): string[] =>
  read(text)
    .filter((s) => s.value || s.changes.length > 0 || s.completion)
    .map((s) => {
      const v = s.value?.value;
      const value = v
        ? `${v.base}${v.unitCode ? ` ${v.unitCode}` : ''}${v.approximate ? ` ~${v.approximate}` : ''}${s.value?.confidence === 'uncertain' ? '?' : ''}`
        : '-';
      const c = s.completion ? ` c=${s.completion.value.percent.value}` : '';
      const ch = s.changes.map((x) => {
        const b = x.value.base;
        const doubt = x.confidence === 'uncertain' ? '?' : '';
        return `${x.value.amount.value} ${b ? (b.kind === 'period' ? b.period : b.kind) : '-'}${doubt}`;
      });
      const p = s.period ? ` @${s.period.value}` : '';
      return `${value}${c} [${ch.join(', ')}]${p}`;
    });

describe('phrasebook noise-en — the noise real English report prose wraps around a figure sentence', () => {
  const score = scorePhrasebook(NOISE_EN);

  it('gives no silent wrong number over the whole area', () => {
    expect(silentWrongCases(score)).toEqual([]);
  });

  it(`reads at least ${FLOOR * 100} % of the area's facts whole`, () => {
    expect(wholeShare(score.tally)).toBeGreaterThanOrEqual(FLOOR);
  });

  it('crosses every transform with every English base area, a fifth or more of the cases near-misses', () => {
    expect(NOISE_EN.cases.length).toBeLessThanOrEqual(3000);
    const cells = new Set(NOISE_EN_META.map((m) => `${m.transform}/${m.base}`));
    const transforms = new Set(NOISE_EN_META.map((m) => m.transform));
    const bases = new Set(NOISE_EN_META.map((m) => m.base));
    expect(transforms.size).toBe(10);
    expect(bases.size).toBe(4);
    // (the comparison bracket needs one dated fact; en-structure's lists have none such)
    expect(cells.size).toBeGreaterThanOrEqual(39);
    expect(NOISE_EN_META.filter((m) => m.nearMiss).length / NOISE_EN.cases.length).toBeGreaterThanOrEqual(0.2);
  });

  it('reads a year after a title (`Outlook (ADO) 2024 that several services …`) as no count of services', () => {
    for (const text of [
      'The Asian Development Bank (ADB) noted in its Asian Development Outlook (ADO) 2024 that several services sectors improved, including growth of 11.22% in logistics.',
      'The bank said in its Taking Stock 2025 report that many enterprises expanded, with exports up 8.4%.',
      'Under Vision 2030, which some projects already follow, investment rose 6.1%.',
    ]) {
      const values = read(text).flatMap((s) => (s.value ? [s.value.value.base] : []));
      expect(values).not.toContain('2024');
      expect(values).not.toContain('2025');
      expect(values).not.toContain('2030');
    }
    // near-misses: a count after one or two real modifiers is still a count
    expect(readings('The province licensed 578 new projects in 2024.')).toEqual(['578 project [] @2024']);
    expect(readings('The city offered 2,024 new public services in 2023.')).toEqual(['2024 service [] @2023']);
  });

  it('keeps the subject across an aside between commas (`Core inflation, a key gauge of demand, was 3.6%`)', () => {
    expect(readings('Core inflation, a key gauge of domestic demand, was 3.6% in 10M 2024.')).toEqual([
      '- [3.6 -] @2024-YTD-10',
    ]);
    expect(readings('Headline CPI, which the GSO tracks every month, rose 3.2% y/y in October 2024.')).toEqual([
      '- [3.2 same-period-last-year] @2024-10',
    ]);
    expect(readings('Meanwhile, FDI, long a pillar of the economy, rose 4% to US$20 billion in 2024.')).toEqual([
      '20000000000 USD [4 -] @2024',
    ]);
    expect(read('Retail sales, widely seen as a gauge of consumption, grew 9.1% in 2024.')[0]?.name?.value).toBe(
      'Retail sales',
    );
  });

  it('reads the clause after a relative clause with figures as the subject’s own statement', () => {
    expect(
      readings(
        'Export turnover, which accounted for 20 percent of total exports, grew 12.3% on-year to US$35.6 billion in the first nine months of 2024.',
      ),
      // (the share takes the later clause's period, doubted: r29-period later-period)
    ).toEqual(['20 percent? [] @2024-YTD-09', '35600000000 USD [12.3 same-period-last-year] @2024-YTD-09']);
    expect(
      readings('Rice exports, which made up 15 percent of farm exports, rose 8% to US$5 billion in 2024.'),
    ).toEqual(['15 percent? [] @2024', '5000000000 USD [8 -] @2024']);
    const target = read(
      'FDI, which accounted for 20 percent of investment, is expected to reach US$30 billion in 2025.',
    ).find((s) => s.value?.value.base === '30000000000');
    expect(target?.kind.value).toBe('target');
    expect(target?.name?.value).toBe('FDI');
    // near-misses: what follows a relative clause without a finite verb goes on with its figure
    expect(
      readings(
        'One bright spot was disbursed capital, which topped 17 billion USD in the first ten months of the year, over 15% higher than the same period last year.',
      ),
    ).toEqual(['17000000000 USD ~over [15 same-period-last-year]']);
    expect(readings('The trade surplus was US$3 billion, which was 20 percent higher than last year.')).toHaveLength(1);
  });

  it('ends a sentence at a news agency’s closing `./.`', () => {
    expect(readings('Imports came in at US$31.87bn (-12.3% YoY) in October 2024./.')).toEqual([
      '31870000000 USD [-12.3 same-period-last-year] @2024-10',
    ]);
    expect(readings('Exports rose 5% in 2024./. Imports fell 3% in 2023./.')).toEqual([
      '- [5 -] @2024',
      '- [-3 -] @2023',
    ]);
    expect(readings('Seafood exports reached US$9.2 billion in 2024, up 7.3%./.')).toEqual([
      '9200000000 USD [7.3 -] @2024',
    ]);
  });

  it('takes a brief’s lead-in before a colon as a headline, not the sentence’s period', () => {
    expect(readings('Growth momentum slowed in 2023: In 2024, FDI disbursement came in at USD 16.71bn.')).toEqual([
      '16710000000 USD [] @2024',
    ]);
    expect(
      readings(
        'Budget revenue beat expectations in October: In 2023, state budget revenue achieved 48.75 per cent of the full-year plan.',
      ),
    ).toEqual(['- c=48.75 [] @2023']);
    expect(
      readings('Growth momentum slowed in 2023: FDI disbursement came in at USD 16.71bn (+8.9% y/y) in FY2024.'),
    ).toEqual(['16710000000 USD [8.9 same-period-last-year] @2024']);
    // near-misses: a headline's period with no period of the sentence's own still dates it; a
    // Vietnamese heading is no English brief's lead-in
    expect(readings('Budget revenue in 9M24: State budget revenue reached VND1,250 trillion, up 5% y/y.')).toEqual([
      '1250000000000000 VND [5 same-period-last-year] @2024-YTD-09',
    ]);
    expect(
      extractStatements('Năm 2024: Tổng sản phẩm trên địa bàn tăng 7,2% so với năm trước.', { locale: 'vi' })[0]?.period
        ?.value,
    ).toBe('2024');
  });

  it('reads a possessive printed with a stray space (`the National Assembly ‘s estimate`)', () => {
    expect(
      readings(
        'Export turnover totalled 785 trillion VND in 2023, fulfilling 31.4% of the National Assembly ‘s estimate.',
      ),
    ).toEqual(['785000000000000 VND c=31.4 [] @2023']);
    expect(readings("Net profit reached VND 1,234 billion in 2024, achieving 92% of the year 's plan.")).toEqual([
      '1234000000000 VND c=92 [] @2024',
    ]);
    expect(readings('Domestic revenue stood at $3.2 billion in 2024, hitting 87% of the city ’s projection.')).toEqual([
      '3200000000 USD c=87 [] @2024',
    ]);
  });

  it('reads a labelled bracket of another period after a completion or a value as that period’s figure', () => {
    // (the compared completion keeps the `bracketed` doubt: shown, never audited)
    const completions = (text: string): string[] =>
      read(text).flatMap((s) => (s.completion ? [`${s.completion.value.percent.value} @${s.period?.value}`] : []));
    expect(
      completions('Disbursement of public investment reached 48.8% of the annual plan in 9M 2024 (9M 2023: 41.2%).'),
    ).toEqual(['48.8 @2024-YTD-09', '41.2 @2023-YTD-09']);
    expect(
      completions(
        'Public investment reached VND128.5tn in 4M 2025, fulfilling 16.3% of the annual target (4M24: 17.1%).',
      ),
    ).toEqual(['16.3 @2025-YTD-04', '17.1 @2024-YTD-04']);
    expect(completions('Budget collection was 104.6% of the assigned target in 2023 (2022: 99.3%).')).toEqual([
      '104.6 @2023',
      '99.3 @2022',
    ]);
    const values = (text: string): string[] =>
      read(text).flatMap((s) => (s.value ? [`${s.value.value.base} @${s.period?.value}`] : []));
    expect(values('The trade surplus narrowed to $20.1 bn in 9M24 (9M23: $11.2 billion).')).toEqual([
      '20100000000 @2024-YTD-09',
      '11200000000 @2023-YTD-09',
    ]);
    expect(values('Revenue reached VND86.4 trillion in 2023 (2022: VND79.1 trillion).')).toEqual([
      '86400000000000 @2023',
      '79100000000000 @2022',
    ]);
    // a rate after a year alone: the English twin of the bracket-period rate reads it
    expect(readings('Exports grew 12.5% y/y in 2025 (2024: +14.9%).')).toEqual([
      '- [12.5 same-period-last-year] @2025',
      '- [14.9 same-period-last-year] @2024',
    ]);
    // near-misses: a percentage labelled after a value, a label of the statement's own period and a
    // currency restatement give no certain figure of their own
    for (const text of [
      'Exports reached US$35 billion in 9M 2024 (9M 2023: 5.2%).',
      'Exports reached US$35 billion in 9M 2024 (9M 2024: US$31 billion).',
      'Budget revenue reached VND145.3 trillion (US$5.7 billion) in 2024.',
    ])
      expect(read(text).map((s) => s.value?.value.base)).toEqual([read(text)[0]?.value?.value.base]);
  });

  it('reads `N percent over the target` as 100 + N when a bracket follows the plan', () => {
    for (const text of [
      'State budget revenue stood at 17.4 billion USD in the first nine months of 2024, 21.9 percent over the target (9M 2023: 3.4%).',
      'State budget revenue stood at 17.4 billion USD in 2024, 21.9 percent over the target (up 5% y/y).',
    ])
      expect(read(text)[0]?.completion?.value.percent.value).toBe('121.9');
    // near-miss: a bracket that states the plan's own figure still belongs to the plan
    expect(read('Revenue rose 5 percent over the plan (VND 10 trillion).').map((s) => s.kind.value)).toContain(
      'target',
    );
  });

  it('reads a comment with no comma after the figures as no goal and no end of their period', () => {
    expect(
      readings(
        'Registered FDI climbed 5.2% mom in October 2024 reflecting the government’s effort to support the economy.',
      ),
    ).toEqual(['- [5.2 previous-period] @2024-10']);
    expect(read('Exports rose 7.1% y/y in May 2024 reflecting efforts to diversify markets.')[0]?.kind.value).toBe(
      'actual',
    );
    expect(
      readings('FDI disbursement came in at US$16.71 billion (+14.07% qoq) in Q3 2024 driven by transport costs.'),
    ).toEqual(['16710000000 USD [14.07 previous-period] @2024-Q3']);
    expect(readings('Imports came in at US$31.87bn (-12.3% YoY) in October 2024 mainly due to weaker demand.')).toEqual(
      ['31870000000 USD [-12.3 same-period-last-year] @2024-10'],
    );
    // near-misses: an effort or a wish before its figure, and a passive after it, still frame a goal
    expect(
      read('The city is taking all-out efforts to achieve a growth rate of 9.6 percent in 2025.')[0]?.kind.value,
    ).toBe('target');
    expect(read('Growth of 6.5% is targeted for 2025.')[0]?.kind.value).toBe('target');
  });

  it('reads the day something was said (`on January 6, 2025`) as no base of the change', () => {
    expect(
      readings(
        'According to the GSO’s report released on January 6, 2025, exports rose 5.2% to US$35 billion in 2024.',
      ),
    ).toEqual(['35000000000 USD [5.2 -] @2024']);
    expect(readings('On October 6, the GSO said exports rose 5.2% in the first nine months of 2024.')).toEqual([
      '- [5.2 -] @2024-YTD-09',
    ]);
    expect(
      readings('Speaking at a press conference on 29 September 2024, the minister said FDI rose 7.1% in 2024.'),
    ).toEqual(['- [7.1 -] @2024']);
    // near-misses: a month, a month of a year, or a period word after `on` is still a base
    expect(readings('Retail sales rose 3.2% on the previous month.')).toEqual(['- [3.2 previous-period]']);
    expect(readings('Exports rose 5.2% on December 2024.')).toEqual(['- [5.2 2024-12]']);
  });

  it('pairs values and changes by order when a comment follows the changes', () => {
    const pairs = ['13110000000 USD [27.7 same-period-last-year]', '6580000000 USD [12.4 same-period-last-year]'];
    for (const tail of [
      ', mainly due to lower oil prices',
      ', driven by electronics',
      ', the GSO said',
      ', suggesting resilient demand',
    ])
      expect(
        readings(
          `The domestic sector earned US$13.11 billion and the foreign-invested sector earned US$6.58 billion, rising 27.7% and 12.4% year-on-year${tail}.`,
        ),
      ).toEqual(pairs);
    // near-miss: names written after the changes are what they pair with — nothing is paired
    const volume = readings('Rice and coffee earned US$2 billion and US$3 billion, up 5% and 7%, in volume terms.');
    expect(volume.join(' ')).toContain('5 -?');
  });
});
