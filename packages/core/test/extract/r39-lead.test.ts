import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';
import { tokenize } from '../../src/extract/tokenize';
import { statementLines } from './readings';

/**
 * Round 39: shapes of report prose from the released `test25` set (and the classes they stand for),
 * each with the near-misses that must keep their old reading. Sentences paraphrase the set with other
 * numbers and names.
 */

describe('digits grouped by spaces (official Vietnamese print, SI style)', () => {
  it('reads `346 000 ha` as one number, never a 346 and a 0', () => {
    expect(statementLines('Diện tích gieo cấy lúa vụ Đông xuân năm 2021 đạt 512 000 ha.', 'vi')).toEqual([
      '512000 ha [] k=actual p=2021',
    ]);
    expect(statementLines('Tổng vốn năm 2022 đạt 12 500 000 triệu đồng.', 'vi')[0]).toBe(
      '12500000000000 VND [] k=actual p=2022',
    );
    // (a no-break or thin space too, and a decimal part after the last group)
    expect(statementLines('Sản lượng năm 2020 đạt 3\u00a0250,5 tấn.', 'vi')[0]).toBe('3250.5 tonne [] k=actual p=2020');
    expect(statementLines('Output reached 4\u202f120 tonnes in 2020.', 'en')[0]).toBe('4120 tonne [] k=actual p=2020');
  });

  it('near-miss: a four-digit head, a group that is not three digits, two spaces or a glued word stay apart', () => {
    const numbers = (text: string): string[] =>
      tokenize(text)
        .filter((t) => t.kind === 'number')
        .map((t) => t.text);
    expect(numbers('năm 2020 100 ha')).toEqual(['2020', '100']);
    expect(numbers('lúa 346 35 ha')).toEqual(['346', '35']);
    expect(numbers('Lúa  346  350  98,9')).toEqual(['346', '350', '98,9']);
    expect(numbers('khoảng 346 000ha')).toEqual(['346', '000']);
    expect(numbers('346 0001')).toEqual(['346', '0001']);
    expect(numbers('1.200 000 tấn')).toEqual(['1.200', '000']);
  });
});

describe('a result and its plan each with its unit, set apart by a slash', () => {
  it('reads the first as the result with the completion that is their ratio, the second as the plan', () => {
    expect(
      statementLines(
        'Các tỉnh Nam Trung Bộ đã gieo cấy được khoảng 212 000 ha / 230 000 ha kế hoạch, đạt khoảng 92,2%.',
        'vi',
      ),
    ).toEqual(['212000 ha ~about [] c=92.2 k=actual', '230000 ha [] k=target']);
    // (a completion said to be about so much stands within two points of the ratio: 61,4 %)
    expect(
      statementLines('Các tỉnh miền núi gieo cấy được 135 000 ha / 220 000 ha kế hoạch, đạt khoảng 60%.', 'vi'),
    ).toEqual(['135000 ha [] c=60 k=actual', '220000 ha [] k=target']);
  });

  it('near-miss: a completion that is not their ratio is no completion of the pair; a unit per a round number stays one unit', () => {
    const lines = statementLines('Huyện trồng được 1.250 ha / 1.600 ha kế hoạch, đạt 90%.', 'vi');
    expect(lines[0]).toBe('1250 ha [] k=actual');
    expect(lines[1]).toBe('1600 ha [] k=target');
    expect(lines.join(' ')).not.toContain('c=90');
    const [doctors] = extractStatements('Năm 2022 đạt 9,8 bác sĩ/10.000 dân.', { locale: 'vi' });
    expect(doctors?.density?.value.per).toBe('10000');
    const [two] = extractStatements('Sản lượng đạt 1.250 tấn/1.600 ha.', { locale: 'vi' });
    expect(two?.value?.value.unit).toBe('tấn');
    // (no plan word: the second may be a whole of another kind, `có điều kiện thi hành`)
    expect(
      statementLines('Đã thi hành xong 352 tỷ đồng/518 tỷ đồng có điều kiện thi hành, đạt tỉ lệ 68%.', 'vi').join(' '),
    ).not.toContain('k=target');
  });
});

describe('`chưa đầy` before an amount', () => {
  it('is short of the figure, never the figure exact', () => {
    expect(statementLines('Doanh thu 6 tháng đầu năm 2022 của công ty chưa đầy 1.800 tỷ đồng.', 'vi')[0]).toBe(
      '1800000000000 VND ~under [] k=actual p=2022-H1',
    );
  });
});

describe('the gap between a result amount and its plan (`thấp hơn kế hoạch đề ra khoảng 7%`)', () => {
  it('is the completion 100 ∓ the gap; beside a rate of growth it is doubted', () => {
    expect(statementLines('Năm 2022, sản lượng chè đạt 18.400 tấn, thấp hơn kế hoạch đề ra khoảng 8%.', 'vi')).toEqual([
      '18400 tonne [] c=92 k=actual p=2022',
    ]);
    expect(statementLines('Năm 2022, doanh thu đạt 640 tỷ đồng, cao hơn kế hoạch 6%.', 'vi')).toEqual([
      '640000000000 VND [] c=106 k=actual p=2022',
    ]);
    expect(
      statementLines(
        'Năm 2022, sản lượng chè đạt 18.400 tấn, tăng 3% so với năm trước, nhưng thấp hơn kế hoạch đề ra khoảng 8%.',
        'vi',
      ),
    ).toEqual(['18400 tonne [rate 3 same-period-last-year] c=92? k=actual p=2022']);
  });

  it("near-miss: after a percentage result, or with `là` before it, the percentage is the plan's own figure", () => {
    const rate = statementLines('Tăng trưởng GRDP năm 2022 đạt 6,1%, thấp hơn mục tiêu đề ra là 7%.', 'vi');
    expect(rate.join(' ')).not.toContain('c=');
    const level = statementLines('Năm 2022, doanh thu đạt 640 tỷ đồng, thấp hơn kế hoạch là 700 tỷ đồng.', 'vi');
    expect(level[1]).toContain('k=target');
    expect(level.join(' ')).not.toContain('c=');
  });
});

describe('the subject before a period that closes its clause (`Revenues for the nine months ended …, 2023, reached`)', () => {
  it('names the figure after the comma, unless a list of periods goes on after it', () => {
    expect(
      extractStatements('Net sales for the six months ended June 30, 2024, reached IDR 42,150 billion.', {
        locale: 'en',
      })[0]?.name?.value,
    ).toBe('Net sales');
    // (`for 2019, 2020 and 2021 was …`: the comma is inside the list of years)
    expect(
      statementLines(
        'The broadband penetration rate for 2019, 2020 and 2021 was 61.3%, 68.7% and 70.3%, respectively.',
        'en',
      )
        .map((l) => l.replace(/\?/gu, ''))
        .map((l) => l.slice(l.indexOf('p='))),
    ).toEqual(['p=2019', 'p=2020', 'p=2021']);
  });

  it('near-miss: a frame before the period, a period with no year, or a figure named of its own keep their readings', () => {
    const [frame] = extractStatements('Meanwhile in 2023, revenue reached IDR 111 billion.', { locale: 'en' });
    expect(frame?.name?.value).toBe('revenue');
    const [june] = extractStatements('Credit growth in June, the main driver of investment, stood at 6.1%.', {
      locale: 'en',
    });
    expect(june?.name).toBeUndefined();
    const [own] = extractStatements('Exports in 2023, a record year, reached USD 5 billion.', { locale: 'en' });
    expect(own?.period?.value).toBe('2023');
  });
});

describe('an earlier level dated `in the same period of 2022`', () => {
  it('is that part of 2022, the base of the change; the statement keeps its own period', () => {
    expect(
      statementLines(
        'Revenues for the nine months ended September 30, 2023, reached IDR 98 billion, an increase of 3.1% compared to IDR 95 billion in the same period of 2022.',
        'en',
      ),
    ).toEqual([
      '98000000000 (IDR) [rate 3.1 2022-YTD-09] k=actual p=2023-YTD-09',
      '95000000000 (IDR)? [] k=actual p=2022-YTD-09?',
    ]);
    // (a year other than the year before: the base is that year's part, never `last year`)
    expect(
      statementLines(
        'Revenue reached IDR 111 billion in the first quarter of 2023, up 2.5% from IDR 108 billion in the same period of 2019.',
        'en',
      )[0],
    ).toBe('111000000000 (IDR) [rate 2.5 2019-Q1] k=actual p=2023-Q1');
  });

  it('near-miss: `in the same period last year` keeps its relative base', () => {
    expect(
      statementLines(
        'In the first nine months of 2023, revenues reached IDR 111 billion, up 2.5% from IDR 108 billion in the same period last year.',
        'en',
      )[0],
    ).toBe('111000000000 (IDR) [rate 2.5 same-period-last-year] k=actual p=2023-YTD-09');
  });
});

describe('the multiple of a fall (`a six-fold drop`, `fell six-fold`)', () => {
  it('is unread, never a rise by that multiple', () => {
    for (const text of [
      'Rice exports to the three markets reached only 210,000 tons, compared to 1.3 million tons a year earlier, a six-fold drop.',
      'Rice exports to the three markets fell six-fold in 2023.',
    ]) {
      const changes = extractStatements(text, { locale: 'en' }).flatMap((s) => s.changes);
      expect(
        changes.some((c) => c.value.form === 'times'),
        text,
      ).toBe(false);
    }
  });

  it('near-miss: a rise by a multiple keeps its reading', () => {
    expect(statementLines('Rice exports rose six-fold in 2023.', 'en')[0]).toBe('- [times 6 -] k=actual p=2023');
    expect(
      statementLines('Its first quarter net profit quadrupled as it set aside less money for bad loans.', 'en')[0],
    ).toMatch(/^- \[times 4 -\??\] k=actual/u);
  });
});

describe('the brokers’ shorthand `(+7% y-y)`, `(-3% q-q)`', () => {
  it('is a signed rate against the same period last year or the period before', () => {
    expect(statementLines('Headline 9M24 profit reached IDR150tn (+6% y-y).', 'en')[0]).toBe(
      '150000000000000 (IDR) [rate 6 same-period-last-year] k=actual p=2024-YTD-09',
    );
    expect(statementLines('Net interest income reached IDR40tn (-3% q-q) in 3Q24.', 'en')[0]).toBe(
      '40000000000000 (IDR) [rate -3 previous-period] k=actual p=2024-Q3',
    );
  });
});

describe('a rate after the earlier level, in a clause of its own (`…, compared to X, representing an increase of 11.3%`)', () => {
  it('is the change of the statement before; the earlier level is dated by the base', () => {
    expect(
      statementLines(
        'Operating profit in 2023 was IDR 41 billion, up from IDR 37 billion, reflecting a growth of 10.8% year-over-year.',
        'en',
      ),
    ).toEqual([
      '41000000000 (IDR) [rate 10.8 same-period-last-year] k=actual p=2023',
      '37000000000 (IDR)? [] k=actual p=2022',
    ]);
    const [profit] = statementLines(
      'Net profit in 2023 was IDR 25 billion, compared to IDR 23 billion in 2022, representing an increase of about 8.7%.',
      'en',
    );
    expect(profit).toMatch(/^25000000000 \(IDR\) \[rate 8\.7 2022\??\] k=actual p=2023$/u);
  });

  it('near-miss: a rate with another figure between, or with no comma before it, stays where it was read', () => {
    const lines = statementLines(
      'Net profit in 2023 was IDR 25 billion, compared to IDR 23 billion in 2022 and 12 new branches, an increase of 8.7%.',
      'en',
    );
    expect(lines[0]).toBe('25000000000 (IDR) [] k=actual p=2023');
  });
});

describe('a list of rates after a name of growth (`their respective annual growth rates were A, B and C`)', () => {
  it('reads each as a rate of the same measure, dated by the one period or by the years in order', () => {
    expect(statementLines('Growth rates in 2022 were 4.5%, 6.25% and 7%.', 'en')).toEqual([
      '- [rate 4.5 -] k=actual p=2022',
      '- [rate 6.25 -] k=actual p=2022',
      '- [rate 7 -] k=actual p=2022',
    ]);
    expect(statementLines('Export growth rates were 5% (in 2020), 6% (in 2021) and 7% (in 2022).', 'en')).toEqual([
      '- [rate 5 -] k=actual p=2020',
      '- [rate 6 -] k=actual p=2021',
      '- [rate 7 -] k=actual p=2022',
    ]);
  });

  it('near-miss: a list of levels after a name of no growth stays a list of levels', () => {
    expect(
      statementLines('The unemployment rates in 2022 were 2.5%, 2.25% and 2%.', 'en').map((l) => l.replace(/\?/gu, '')),
    ).toEqual(['2.5 percent [] k=actual p=2022', '2.25 percent [] k=actual p=2022', '2 percent [] k=actual p=2022']);
  });
});

describe('`Vietnamese dongs` after an amount', () => {
  it('is the dong', () => {
    expect(statementLines('The per capita GRDP in 2023 reached 71.2 million Vietnamese dongs.', 'en')[0]).toBe(
      '71200000 VND [] k=actual p=2023',
    );
  });
});

describe('part of a month (`15 ngày đầu tháng 6/2018`, `nửa đầu tháng 6/2018`)', () => {
  it('is the month, doubted `part-of-month`; the count of days is no figure and the first half of a month never the year’s', () => {
    for (const text of [
      'Xuất khẩu gạo trong 15 ngày đầu tháng 7/2019 đạt 212,4 nghìn tấn.',
      'Xuất khẩu gạo trong nửa đầu tháng 7/2019 đạt 212,4 nghìn tấn.',
    ]) {
      const lines = statementLines(text, 'vi');
      expect(lines, text).toEqual(['212400 tonne [] k=actual p=2019-07?']);
      expect(extractStatements(text, { locale: 'vi' })[0]?.period?.doubt?.reason, text).toBe('part-of-month');
    }
  });

  it('near-miss: the first half of a year stays the year’s half', () => {
    expect(statementLines('Xuất khẩu gạo nửa đầu năm 2019 đạt 3,3 triệu tấn.', 'vi')).toEqual([
      '3300000 tonne [] k=actual p=2019-H1',
    ]);
  });
});

describe('the plan’s value in a bracket after its year (`so với kế hoạch năm 2018 (12.600 tỷ đồng)`)', () => {
  it('is a target of its own', () => {
    const lines = statementLines(
      'Lũy kế đến nay là 2.100 tỷ đồng, đạt 31,2% so với kế hoạch năm 2019 (6.730 tỷ đồng).',
      'vi',
    );
    expect(lines.some((l) => l.startsWith('6730000000000 VND') && l.includes('k=target'))).toBe(true);
  });
});

describe('a list of goals the sentence frames, with its base in a bracket at the end', () => {
  it('keeps every item a goal, the last joined by `và` too, and gives each the bracketed base', () => {
    const lines = statementLines(
      'Năm 2012, Sở sẽ tập trung thực hiện các chỉ tiêu chủ yếu, trong đó, giá trị sản xuất công nghiệp tăng trên 18%, tổng mức bán lẻ tăng trên 15% và kim ngạch xuất khẩu tăng trên 11% (so năm 2011).',
      'vi',
    ).map((l) => l.replace(/\?/gu, ''));
    expect(lines).toEqual([
      '- [rate 18 2011] k=target p=2012',
      '- [rate 15 2011] k=target p=2012',
      '- [rate 11 2011] k=target p=2012',
    ]);
  });

  it('near-miss: results in a bracket after a goal frame stay results; a list of results keeps its kind', () => {
    const lines = statementLines(
      'Giá trị sản xuất tăng 18%, tổng mức bán lẻ tăng 15% và kim ngạch xuất khẩu tăng 11% (so năm 2011).',
      'vi',
    );
    expect(lines.every((l) => l.includes('k=actual') && l.includes('2011]'))).toBe(true);
  });
});

describe('a percentage of the measure named again before `so với` the plan', () => {
  it('is the completion (`đã đạt 53,9% sản lượng sản xuất so với mục tiêu đề ra`)', () => {
    expect(
      statementLines(
        'Tính đến tháng 8/2013, công ty đã đạt 61,2% sản lượng sản xuất so với mục tiêu đề ra trong năm 2013.',
        'vi',
      ),
    ).toEqual(['- [] c=61.2 k=actual p=2013-YTD-08']);
  });

  it('near-miss: the measure before a period base stays a ratio to that period; a plan’s own figure keeps the plan’s year', () => {
    expect(
      statementLines(
        'In November, the company asked shareholders to cut its profit target in 2022 from VND2,900 billion to VND400 billion.',
        'en',
      ).map((l) => l.slice(l.indexOf('p='))),
    ).not.toContain('p=2022-11');
    const [s] = extractStatements('Sản lượng thu mua bằng 100,3% lượng thu mua cùng kỳ năm 2013.', { locale: 'vi' });
    expect(s?.completion).toBeUndefined();
    expect(s?.changes[0]?.value.form).toBe('ratio');
  });
});

describe('a list under a head that compares with the plan (`so với kế hoạch đề ra như: A 106%; B 89%`)', () => {
  it('reads each bare percentage as that plan’s completion', () => {
    expect(
      statementLines(
        'Một số xã có tỷ lệ tiêm phòng đạt khá so với kế hoạch đề ra như: Tân Lập 104%; Đồng Tâm trên 97%; Hòa Bình 88%.',
        'vi',
      ),
    ).toEqual(['- [] c=104 k=actual', '- [] c=97 k=actual', '- [] c=88 k=actual']);
  });

  it('near-miss: a head with no compare word before the plan noun, or a bare `of`, leaves levels', () => {
    const lines = statementLines(
      'The ministry’s estimate with figures including public debt of more than 43%, government debt of nearly 40%.',
      'en',
    );
    expect(lines.some((l) => l.includes('c='))).toBe(false);
    const shares = statementLines('Một số xã có tỷ lệ hộ nghèo cao như: Tân Lập 14%; Đồng Tâm 9%.', 'vi');
    expect(shares.some((l) => l.includes('c='))).toBe(false);
  });
});

describe('a part of a year written with no year after a statement dated by a month', () => {
  it('is that part of the statement before’s year (`in May 2022 …, in the first 5 months …`)', () => {
    const lines = statementLines(
      'Power output in May 2022 was 2,410 million kWh, reaching 90.2% of the plan, and output in the first 5 months was 12.1 billion kWh, reaching 40.3% of the year plan.',
      'en',
    );
    // (doubted: the year is lent by the statement before, `lent-year`)
    expect(lines[1]).toMatch(/p=2022-YTD-05\?$/u);
  });

  it('near-miss: a month the sentence’s lead lent is no part of the statement’s own words', () => {
    const lines = statementLines(
      'Dự kiến trong tháng 5, có 45 doanh nghiệp thành lập mới, lũy kế 5 tháng đầu năm 2020, có 137 doanh nghiệp thành lập mới.',
      'vi',
    );
    expect(lines.find((l) => l.startsWith('137'))).toMatch(/p=2020-YTD-05/u);
  });
});

describe('a labelled bracket of another period after an amount in a sign with no unit code (`RM41 million (3Q2020: RM28 million)`)', () => {
  it('is that period’s figure of the same measure; its period dates neither the amount before nor the next statement', () => {
    expect(
      statementLines(
        'Profit at the Grains segment was RM26 million (3Q2021: RM51 million), while losses at the Film segment were RM43 million (3Q2021: RM30 million).',
        'en',
      ),
    ).toEqual([
      '26000000 (RM) [] k=actual',
      '51000000 (RM)? [] k=actual p=2021-Q3',
      '43000000 (RM) [] k=actual',
      '30000000 (RM)? [] k=actual p=2021-Q3',
    ]);
  });

  it('near-miss: a period clause after the figures with no colon still dates them', () => {
    expect(statementLines('Profit rose 5% to RM26 million, in 3Q2021.', 'en')[0]).toMatch(/p=2021-Q3$/u);
  });
});

describe('an earlier level named by its own words after `from` (`from a loss of P621.6 million`)', () => {
  it('is the earlier level, doubted, under its own name — never a certain figure of the statement’s period', () => {
    const [, earlier] = extractStatements(
      'The company trimmed its net loss to P512.4 million from a loss of P705.1 million in the same period a year earlier.',
      { locale: 'en' },
    );
    expect(earlier?.value?.value.base).toBe('705100000');
    expect(earlier?.value?.confidence).toBe('uncertain');
    expect(earlier?.name?.value).toBe('loss');
    const [, loss] = extractStatements(
      'The group swung back into the black with a net profit of RM12.4 million, from a net loss of RM98.3 million in the preceding quarter.',
      { locale: 'en' },
    );
    expect(loss?.name?.value).toBe('net loss');
  });

  it('near-miss: a level right after `from` keeps the statement’s name', () => {
    const [, earlier] = extractStatements('Net loss narrowed to P512.4 million from P705.1 million a year earlier.', {
      locale: 'en',
    });
    expect(earlier?.name?.value).toBe('Net loss narrowed');
  });
});

describe('tables pasted as text', () => {
  it('a table’s unit declaration (`Đơn vị tính: 1.000.000 đồng`) is no figure', () => {
    for (const [text, locale] of [
      ['Đơn vị tính: 1.000.000 đồng', 'vi'],
      ['(ĐVT: 1.000 tấn)', 'vi'],
      ['Unit: 1,000 VND', 'en'],
    ] as const)
      expect(
        extractStatements(text, { locale }).filter((s) => s.value),
        text,
      ).toEqual([]);
  });

  it('a row of numbers keeps its columns apart (no space grouping inside a run of numbers)', () => {
    const numbers = (text: string): string[] =>
      tokenize(text)
        .filter((t) => t.kind === 'number')
        .map((t) => t.text);
    expect(numbers('Thu nhập khác 271 88 62 132 130')).toEqual(['271', '88', '62', '132', '130']);
    expect(numbers('Chi phí khác 3,468 1,820 1,836 4,015 4,061')).toEqual([
      '3,468',
      '1,820',
      '1,836',
      '4,015',
      '4,061',
    ]);
  });

  it('near-miss: a label inside a clause is a figure’s name; a space-grouped amount alone stays one number', () => {
    expect(extractStatements('Mỗi đơn vị: 5 tỷ đồng.', { locale: 'vi' })[0]?.value?.value.base).toBe('5000000000');
    expect(
      tokenize('tổng 12 500 000 đồng')
        .filter((t) => t.kind === 'number')
        .map((t) => t.text),
    ).toEqual(['12 500 000']);
  });
});

describe('a second subject whose change verb is left out (`… would increase by 9.46% and import value by 10.5%`)', () => {
  it('shares the first one’s forecast or goal', () => {
    const lines = extractStatements(
      'The ministry forecast that export value would increase by 8.2% and import value by 9.7% year on year.',
      { locale: 'en' },
    ).map((s) => `${s.kind.value} ${s.name?.value}`);
    expect(lines).toEqual(['target ministry forecast that export value would', 'target import value']);
  });

  it('near-miss: a second subject with its own verb, or after a result, keeps its own kind', () => {
    expect(
      extractStatements('Exports are expected to increase by 8.2% and imports rose by 9.7% year on year.', {
        locale: 'en',
      })[1]?.kind.value,
    ).toBe('actual');
    expect(
      extractStatements('Exports rose by 8.2% and imports by 9.7% year on year.', { locale: 'en' })[1]?.kind.value,
    ).toBe('actual');
  });
});

describe('Vietnamese company results: three certain wrong readings found on new press text', () => {
  it('a word of consequence (`giúp cho`, `khiến`) opens the statement of the measure named after it', () => {
    expect(
      extractStatements(
        'Giá vốn hàng bán giảm tới 38% giúp cho công ty lãi gộp 162 tỷ đồng, tăng 41% so với quý 2/2023.',
        {
          locale: 'vi',
        },
      ).map((s) => `${s.name?.value} ${s.value?.value.base ?? '-'}`),
    ).toEqual(['Giá vốn hàng bán -', 'công ty lãi gộp 162000000000']);
  });

  it('the period written after the level compared with is that level’s, the change’s base', () => {
    const lines = statementLines(
      'Quý 2/2024, công ty báo lãi 91,3 tỷ đồng, tăng 112% so với con số 43,1 tỷ đồng ghi nhận trong quý 2/2023.',
      'vi',
    );
    expect(lines[0]).toBe('91300000000 VND [rate 112 2023-Q2] k=actual p=2024-Q2');
    expect(lines[1]).toMatch(/^43100000000 VND\? \[\] k=actual p=2023-Q2/u);
  });

  it('a share after a joiner is no rate of the growth word before it', () => {
    const [, second] = extractStatements(
      'Chỉ có khoảng 29% doanh nghiệp ghi nhận lợi nhuận ròng tăng trưởng và khoảng 36% đơn vị có doanh thu thuần tăng so với cùng kỳ.',
      { locale: 'vi' },
    );
    expect(second?.changes).toEqual([]);
  });

  it('near-miss: a growth named after a joiner stays a growth rate', () => {
    expect(statementLines('Tốc độ tăng trưởng GDP và tăng trưởng tín dụng đạt 8%.', 'vi')[0]).toBe(
      '- [rate 8 -] k=actual',
    );
  });
});

describe('a contrasting subject after `while` with no comma (`… in volume while rubber fell 12.1 percent …`)', () => {
  it('opens its own statement, with the level after its change', () => {
    const names = extractStatements(
      'Coffee exports fell 2.8 percent in value to USD 2.6 billion, though they rose 13.1 percent in volume while rubber fell 11.4 percent in value to USD 1.3 billion.',
      { locale: 'en' },
    ).map((s) => `${s.name?.value} ${s.value?.value.base ?? '-'}`);
    expect(names).toContain('rubber 1300000000');
    expect(names).not.toContain('though they 1300000000');
  });

  it('near-miss: a verb after `while` is the same subject’s (no new statement)', () => {
    expect(
      extractStatements('Exports rose 5 percent in value while falling 3 percent in volume.', { locale: 'en' }),
    ).toHaveLength(1);
  });
});
