import { describe, expect, it } from 'vitest';
import { extractReport } from './extract-statements';
import type { Statement } from './types';

/**
 * Shapes of sentence whose figure a reader took as certain and read wrong on the ninth set
 * (round 18, silent wrong). Paraphrases of our own (never the corpus sentence), each with a near
 * sentence that must keep its reading.
 */

/** `form amount base@confidence` of every change of every statement. */
function changes(text: string, locale: 'vi' | 'en' = 'en'): string[] {
  const { statements } = extractReport(text, { locale });
  return (statements as readonly Statement[]).flatMap((s) =>
    s.changes.map((c) => `${c.value.form} ${c.value.amount.value} ${c.value.base?.kind ?? '-'}@${c.confidence}`),
  );
}

describe('a percentage before a shorthand base (`y/y`, `(m/m)`, `YoY`) is a rate, never a ratio', () => {
  it('reads the rate after a level verb, a preposition or a from', () => {
    expect(changes('Headline inflation reached 2.9 percent (y/y) in March.')).toContain(
      'rate 2.9 same-period-last-year@certain',
    );
    expect(changes('Core CPI stood at 3.1% y/y in June.')).toContain('rate 3.1 same-period-last-year@certain');
    expect(changes('Producer price inflation reached 0.4 percent (m/m) in May.')).toContain(
      'rate 0.4 previous-period@certain',
    );
    expect(changes('Food inflation eased from 5.2 percent y/y in July to 4.6 percent y/y in August.')).toContain(
      'rate 5.2 same-period-last-year@certain',
    );
    for (const text of [
      'Headline inflation reached 2.9 percent (y/y) in March.',
      'Core CPI stood at 3.1% y/y in June.',
      'Food inflation eased from 5.2 percent y/y in July to 4.6 percent y/y in August.',
    ])
      expect(
        changes(text).some((x) => x.startsWith('ratio')),
        text,
      ).toBe(false);
  });

  it('leaves a verbless percentage joined by `and` to the change before it, with that change’s sign', () => {
    const read = changes('Exports and imports fell 12.5% YoY and 8.2% YoY to USD30bn and USD28bn, respectively.');
    expect(read).toContain('rate -8.2 same-period-last-year@certain');
    expect(read.some((x) => x.startsWith('rate 8.2'))).toBe(false);
    expect(
      changes('Rice and coffee exports declined 4.1% y/y and 6.3% y/y in June.').some((x) => x.startsWith('rate 6.3')),
    ).toBe(false);
  });

  it('keeps a ratio stated with a ratio verb or a full base word', () => {
    expect(changes('Exports were equal to 108 percent (y/y).')).toContain('ratio 108 same-period-last-year@certain');
    expect(changes('Rice exports reached 105 percent year-on-year.')[0]).toMatch(/^ratio 105 same-period-last-year/u);
    // from 50 on, a shorthand base keeps the ratio a level verb gives (last year's level nearly met)
    expect(changes('Coffee exports reached 96 percent (y/y).')[0]).toMatch(/^ratio 96 same-period-last-year/u);
  });
});

/** `period@confidence` of every statement (`-` for none) and its certain changes. */
function dated(text: string, locale: 'vi' | 'en' = 'en'): string[] {
  const { statements } = extractReport(text, { locale });
  return (statements as readonly Statement[]).map(
    (s) =>
      `${s.period ? `${s.period.value}@${s.period.confidence}` : '-'} ${s.changes
        .filter((c) => c.confidence === 'certain')
        .map((c) => c.value.amount.value)
        .join(',')}`,
  );
}

describe("a period inside a bracket after the statement's figure is the bracket's, not the statement's", () => {
  it('gives this year’s figure no period from last year’s bracket', () => {
    // (the bracket's own figure may be read as a statement of its own, dated by the bracket)
    for (const [text, first] of [
      ['Industrial output grew 7.5% YoY in May (May 2023: +3.1% YoY).', '- 7.5'],
      ['Exports rose 12.0% YoY in March (March 2024: +4.5% YoY), led by electronics.', '- 12'],
      ['Tourist arrivals jumped 21% year-on-year in July (July 2023: +9% year-on-year).', '- 21'],
    ] as const) {
      const read = dated(text);
      expect(read[0], text).toBe(first);
      expect(
        read.slice(1).every((x) => x === '-' || x.startsWith('- ') || /^\d{4}-\d{2}@certain \d/u.test(x)),
        text,
      ).toBe(true);
    }
  });

  it('keeps a period in a bracket right after the name, before any figure', () => {
    expect(dated('Retail sales (10M 2024) rose 8% YoY.')).toEqual(['2024-YTD-10@certain 8']);
  });
});

describe('a sign printed on a number is that number’s alone', () => {
  it('gives no minus to a percentage joined after a printed negative', () => {
    for (const text of [
      'Credit growth stayed weak, registering -0.3 percent (m/m) and 8.7 percent (y/y) in May 2024.',
      'Deposits came in at -1.2% m/m and 6.5% y/y in March.',
      'Industrial output printed -0.4% (m/m) and 5.1% (y/y) in August 2023.',
    ])
      expect(
        changes(text).some((x) => /^rate -(8\.7|6\.5|5\.1) .*@certain$/u.test(x)),
        text,
      ).toBe(false);
  });

  it('still carries a verb’s sign to the next percentage of its list', () => {
    expect(changes('Retail sales fell 1.2% m/m and 3.4% y/y in May.')).toContain(
      'rate -3.4 same-period-last-year@certain',
    );
  });
});

describe('a statement naming a span of its own does not take the period of the statement before', () => {
  it('doubts the inherited quarter or month on a 9-month, six-month or year-to-date figure', () => {
    for (const text of [
      'Exports rose 11.2% yoy in 2Q24, taking the six-month export growth to 9.1% yoy.',
      'GDP grew 7.1% yoy in 4Q23, bringing the 12-month growth rate to 5.0% yoy.',
      'Retail sales rose 8.0% yoy in May 2024, lifting year-to-date retail growth to 8.6% yoy.',
    ] as const) {
      const read = dated(text);
      expect(read.length, text).toBeGreaterThanOrEqual(2);
      expect(read[0], text).toMatch(/@certain /u);
      expect(
        read.slice(1).some((x) => x.includes('@certain')),
        text,
      ).toBe(false);
    }
  });

  it('keeps the inherited period of a statement that names no span', () => {
    const read = dated('Exports rose 11.2% yoy in 2Q24, while imports climbed 9.1% yoy.');
    expect(read).toEqual(['2024-Q2@certain 11.2', '2024-Q2@certain 9.1']);
  });
});

describe('an item of a bracketed breakdown does not certainly own the completion after the bracket', () => {
  /** `value@confidence completion` of every statement with a value. */
  function values(text: string): string[] {
    const { statements } = extractReport(text, { locale: 'vi' });
    return (statements as readonly Statement[]).flatMap((s) =>
      s.value ? [`${s.value.value.base}@${s.value.confidence} ${s.completion?.value.percent.value ?? '-'}`] : [],
    );
  }

  it('never gives the last item the completion of the total (it goes back to the total: sentence/bracket-return.ts)', () => {
    for (const [text, total, item, c] of [
      [
        'Trồng rừng mới 52.300 ha (12.100 ha rừng phòng hộ và 40.200 ha rừng sản xuất), đạt 91,2% kế hoạch năm.',
        '52300',
        '40200',
        '91.2',
      ],
      [
        'Khai thác gỗ 3,2 triệu m3 (1,1 triệu m3 gỗ rừng tự nhiên và 2,1 triệu m3 gỗ rừng trồng), đạt 78% kế hoạch.',
        '3200000',
        '2100000',
        '78',
      ],
      [
        'Xuất khẩu 1.250 tấn (450 tấn cà phê, 800 tấn hồ tiêu), đạt 104,5% kế hoạch năm, tăng 6% so với cùng kỳ.',
        '1250',
        '800',
        '104.5',
      ],
    ] as const) {
      const read = values(text);
      expect(
        read.some((x) => x.startsWith(`${item}@certain ${c}`)),
        `${text} → ${read.join(' | ')}`,
      ).toBe(false);
      expect(read[0], `${text} → ${read.join(' | ')}`).toBe(`${total}@certain ${c}`);
    }
  });

  it('keeps a bracketed item certain when no figure outside the bracket joined its statement', () => {
    const read = values('Trồng rừng mới 52.300 ha (12.100 ha rừng phòng hộ và 40.200 ha rừng sản xuất).');
    expect(
      read.some((x) => x.startsWith('40200@certain')),
      read.join(' | '),
    ).toBe(true);
  });
});

describe('a bare percentage of GDP or inflation is no certain level, whatever rate noun its name holds', () => {
  /** `value@confidence` of every statement with a value. */
  function levels(text: string): string[] {
    const { statements } = extractReport(text, { locale: 'en' });
    return (statements as readonly Statement[]).flatMap((s) =>
      s.value ? [`${s.value.value.base}@${s.value.confidence}`] : [],
    );
  }

  it('doubts the percentage on a name with inflation or GDP and a rate noun', () => {
    for (const [text, n] of [
      [
        "Though the dollar may weaken after the Fed's rate cuts, a weak dong will add upside risks to inflation that is already near the central bank's 4% target.",
        '4',
      ],
      ["After two rate cuts, inflation in the province remained close to the government's 4% target.", '4'],
      ['Following the policy rate increase, GDP growth stayed close to the planned 6.5% goal.', '6.5'],
    ] as const) {
      expect(levels(text), text).not.toContain(`${n}@certain`);
    }
  });

  it('keeps the level of a rate that is no growth indicator certain', () => {
    expect(levels('The unemployment rate was 2.3% in the second quarter.')).toContain('2.3@certain');
  });
});
