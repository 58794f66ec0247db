import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';
import { figured, mark, markedChangeText, valueText } from './readings';

/**
 * Round 23, English recall: the families of the released `test12` (commodity exports, steel,
 * cement, cars, capital markets), written as paraphrases of our own in other sectors and numbers,
 * each with its near-misses; never a corpus sentence.
 */

/** Each statement with a figure as `value unit~bound? [changes] k=kind`; `?` marks an uncertain field. */
const readings = (text: string): string[] =>
  figured(text, 'en').map((s) => {
    const v = s.value?.value;
    const bound = v?.approximate ? `~${v.approximate}` : '';
    const doubt = mark(s.value);
    const ch = s.changes.map(markedChangeText);
    return `${valueText(s)}${bound}${doubt} [${ch.join(', ')}] k=${s.kind.value}`;
  });

/** The value fields read certain, with their unit (what an audit would check). */
const certainValues = (text: string): string[] =>
  extractStatements(text, { locale: 'en' })
    .filter((s) => s.value && s.value.confidence !== 'uncertain')
    .map((s) => valueText(s));

describe('SI symbols of tonnage with their scale (`2.2Mt`, `72.8 Mt`, `850 kt`)', () => {
  it('reads megatonnes and kilotonnes as tonnes, glued to the number or not', () => {
    expect(readings('Clinker shipments climbed 12 per cent year-on-year to 3.4Mt in May.')).toEqual([
      '3400000 tonne [rate 12 same-period-last-year] k=actual',
    ]);
    expect(readings('Domestic coal consumption came in at 61.25 Mt.')).toEqual(['61250000 tonne [] k=actual']);
    expect(readings('Crude steel output reached 850 kt in the first quarter of 2024.')).toEqual([
      '850000 tonne [] k=actual',
    ]);
    expect(readings('Fertiliser imports totalled 1.07Mt, down 4 percent year on year.')).toEqual([
      '1070000 tonne [rate -4 same-period-last-year] k=actual',
    ]);
  });

  it('near-misses: `MT`/`mt` stay metric tons (no scale), `KT` and `Mt` before a name are no tonnage', () => {
    // (round 69: four digits are doubted — `1,080 MT` of Indian coal is million tonnes; five stay certain)
    expect(certainValues('Rice exports reached 35,000 MT in the week.')).toEqual(['35000 tonne']);
    expect(certainValues('The port handled 420,000 mt of coal.')).toEqual(['420000 tonne']);
    expect(readings('The plant stored 120 KT of ammonia.').join()).not.toMatch(/tonne/u);
    expect(readings('The Mt Fansipan cable car carried 12,000 visitors.').join()).not.toMatch(/tonne/u);
  });
});

describe('every noun of a rise or a fall (`an advance of 11 per cent`, `a 59% plunge`, `a 14% rebound`)', () => {
  it('reads the nouns before `of` as changes', () => {
    expect(readings('Joint venture mills delivered 1.2 million tonnes, an advance of 11.5 per cent.')).toEqual([
      '1200000 tonne [rate 11.5 -] k=actual',
    ]);
    expect(readings('Pepper exports earned US$910 million, a rebound of 14 percent on-year.')).toEqual([
      '910000000 USD [rate 14 same-period-last-year] k=actual',
    ]);
    expect(readings('Furniture orders posted a downturn of 6.3% compared with the previous quarter.')).toEqual([
      '- [rate -6.3 previous-period] k=actual',
    ]);
  });

  it('reads the nouns after the amount as changes, with the level the measure reached', () => {
    expect(readings('The distributor reported a 41% plunge in truck sales to 3,210 units in March.')).toEqual([
      '3210 (units) [rate -41 -] k=actual',
    ]);
    expect(readings('Cashew shipments saw a 17 per cent rebound to 58,000 tonnes.')).toEqual([
      '58000 tonne [rate 17 -] k=actual',
    ]);
    expect(readings('Hotel bookings logged a 9% dip in June.')).toEqual(['- [rate -9 -] k=actual']);
  });

  it('near-misses: an advance or a boost of money is a payment, not a change', () => {
    expect(readings('Contractors received an advance of VND 200 billion for the bridge.')).toEqual([
      '200000000000 VND [] k=actual',
    ]);
    expect(readings('The start-up received a boost of US$50 million from new investors.')).toEqual([
      '50000000 USD [] k=actual',
    ]);
    // a percentage of something else stays doubted
    const share = extractStatements('The ministry approved an advance of 30 percent of the contract value.', {
      locale: 'en',
    });
    for (const s of share) for (const c of s.changes) expect(c.confidence).toBe('uncertain');
  });
});

describe('a list of change noun phrases, each naming its measure and the level it reached', () => {
  it('gives each change to the level after it, never to the statement before', () => {
    expect(
      readings(
        'Sales included a 62% drop in sedan sales to 2,075 units; a 49% fall in SUV sales to 1,679 units; and an 81% plunge in van sales to 220 units.',
      ),
    ).toEqual([
      '2075 (units) [rate -62 -] k=actual',
      '1679 (units) [rate -49 -] k=actual',
      '220 (units) [rate -81 -] k=actual',
    ]);
    expect(
      readings(
        'The group posted a 12% rise in tile output to 41 million square metres, a 7% drop in sanitary ware output to 310,000 pieces.',
      ).map((r) => r.replace(/^\S+ /u, '')),
    ).toEqual(['[rate 12 -] k=actual', '[rate -7 -] k=actual']);
    expect(
      readings(
        'Exports showed a 15 percent jump in coffee shipments to 160,000 tonnes; a 4 percent slide in rice shipments to 610,000 tonnes.',
      ),
    ).toEqual(['160000 tonne [rate 15 -] k=actual', '610000 tonne [rate -4 -] k=actual']);
  });

  it('near-misses: a change with no level of its own stays with the statement before', () => {
    expect(readings('Sedan sales fell to 2,075 units; a 49% fall in the segment overall.')).toEqual([
      '2075 (units) [rate -49 -] k=actual',
    ]);
    expect(readings('Rice exports reached 610,000 tonnes, a 4 percent slide from the previous month.')).toEqual([
      '610000 tonne [rate -4 previous-period] k=actual',
    ]);
  });
});

describe('every way to say the same period a year before (`the same quarter of the previous year`)', () => {
  it('reads each period noun with each way of saying the year before as the same period last year', () => {
    for (const base of [
      'compared to the same quarter of the previous year',
      'on the same month in the prior year',
      'against the corresponding period of the preceding year',
      'from the same half one year earlier',
      'compared with same quarter the year before',
    ])
      expect(readings(`Pepper exports reached 61,000 tonnes, up 3.4 percent ${base}.`), base).toEqual([
        '61000 tonne [rate 3.4 same-period-last-year] k=actual',
      ]);
  });

  it('near-misses: the previous quarter stays the period before; the previous year alone is the same period a year before (round 33)', () => {
    expect(readings('Pepper exports reached 61,000 tonnes, up 3.4 percent compared to the previous quarter.')).toEqual([
      '61000 tonne [rate 3.4 previous-period] k=actual',
    ]);
    expect(readings('Pepper exports reached 61,000 tonnes, up 3.4 percent compared to the previous year.')).toEqual([
      '61000 tonne [rate 3.4 same-period-last-year] k=actual',
    ]);
  });
});

describe('a change to a level, then the level it came from dated by a base (`from 31,623 units a year earlier`)', () => {
  it("gives the earlier level's base to the change", () => {
    expect(readings('Motorbike sales fell 12% to 190,400 units in May from 216,300 units a year earlier.')[0]).toBe(
      '190400 (units) [rate -12 same-period-last-year] k=actual',
    );
    expect(
      readings(
        'Coal imports rose 9 percent to 4.1 million tonnes in June, compared with 3.76 million tonnes a year ago.',
      )[0],
    ).toBe('4100000 tonne [rate 9 same-period-last-year] k=actual');
    expect(
      readings(
        'Tile sales fell 8% to 98.2 million square metres in the first nine months of 2024 from 106.7 million in the same period of last year.',
      )[0],
    ).toMatch(/\[rate -8 same-period-last-year\]/u);
    expect(readings('Cement sales fell 5% to 6.2 million tonnes from 6.53 million tonnes last month.')[0]).toBe(
      '6200000 tonne [rate -5 previous-period] k=actual',
    );
  });

  it('near-misses: a level dated by a month two back or by nothing lends no base', () => {
    // (round 49: a month with no year right before the statement's own month, `in May … in April`, is
    // the period before — `round-49` tests; a month further back still lends none)
    expect(readings('Truck sales rose 14% to 5,120 units in May from 4,491 units in March.')[0]).toBe(
      '5120 (units) [rate 14 -] k=actual',
    );
    expect(readings('Truck sales rose 14% to 5,120 units in May from 4,491 units in April.')[0]).toBe(
      '5120 (units) [rate 14 previous-period] k=actual',
    );
    expect(readings('Truck sales rose 14 percent to 5,120 units from 4,491 units.')[0]).toBe(
      '5120 (units) [rate 14 -] k=actual',
    );
  });
});

describe('a second change after `and` with only an auxiliary or `by` (`… and were up by 4.1 percent year on year to …`)', () => {
  it('keeps both changes and the level in one statement, the second with its own sign', () => {
    expect(
      readings(
        'Steel pipe sales increased by 6.2 percent compared to the previous month and were up by 3.5 percent year on year to 310,000 tonnes.',
      ).map((r) => r.replace('?', '')),
    ).toEqual(['310000 tonne [rate 6.2 previous-period, rate 3.5 same-period-last-year] k=actual']);
    expect(
      readings('Fertiliser output rose 3 percent month on month and was up 6 percent year on year at 410,000 tonnes.'),
    ).toEqual(['410000 tonne [rate 3 previous-period, rate 6 same-period-last-year] k=actual']);
    expect(
      readings(
        'Imports of coated steel decreased by 11.4 percent compared to the previous month and by 6.2 percent year on year to 512,000 tonnes.',
      ).map((r) => r.replace('?', '')),
    ).toEqual(['512000 tonne [rate -11.4 previous-period, rate -6.2 same-period-last-year] k=actual']);
  });

  it('near-misses: a subject of its own after `and` opens its own statement', () => {
    expect(
      readings('Steel sales increased by 6.2 percent year on year and imports were up by 3.5 percent year on year.'),
    ).toEqual(['- [rate 6.2 same-period-last-year] k=actual', '- [rate 3.5 same-period-last-year] k=actual']);
    expect(readings('Exports rose 4 percent year on year and 2 percent month on month.')).toEqual([
      '- [rate 4 same-period-last-year, rate 2 previous-period] k=actual',
    ]);
  });
});

describe('cardinals written in words before a percent or scale word (`eight percent`, `five million tonnes`)', () => {
  it('reads them as numbers', () => {
    expect(readings('Retail sales fell by eight percent year on year to VND 41 trillion.')).toEqual([
      '41000000000000 VND [rate -8 same-period-last-year] k=actual',
    ]);
    expect(readings('Clinker use showed a MoM fall of nine per cent.')).toEqual([
      '- [rate -9 previous-period] k=actual',
    ]);
    expect(readings('Rubber exports reached two million tonnes.')).toEqual(['2000000 tonne [] k=actual']);
    expect(readings('Prices rose twenty-five percent year-on-year.')).toEqual([
      '- [rate 25 same-period-last-year] k=actual',
    ]);
  });

  it('near-misses: a count in words, `one of` and `the one billion USD club` stay words', () => {
    expect(readings('There were two new enterprises in October.')).toEqual([]);
    expect(readings('The firm aims to enter the one billion USD club.')).toEqual([]);
    expect(readings('One of the two largest exporters sold 1.2 million tonnes.')).toEqual([
      '1200000 tonne [] k=actual',
    ]);
  });
});

describe('an amount described after its article (`by a staggering 56 per cent`) and a rebound with `by`', () => {
  it('reads the percentage as the change and the level after it', () => {
    expect(readings('Bus sales plummeted by a staggering 48 per cent to just over 1,900 units.')).toEqual([
      '1900 (units)~over [rate -48 -] k=actual',
    ]);
    expect(readings('Tile exports fell by a sharp 21 percent year on year.')).toEqual([
      '- [rate -21 same-period-last-year] k=actual',
    ]);
    expect(readings('Hotel revenue rose a modest 3.2% on-year to VND 2.1 trillion.')).toEqual([
      '2100000000000 VND [rate 3.2 same-period-last-year] k=actual',
    ]);
    expect(readings('Motorbike sales rebounded by 17 per cent from the previous month to 260,000 units.')).toEqual([
      '260000 (units) [rate 17 previous-period] k=actual',
    ]);
  });

  it('near-misses: a stage or bound word after the article stays one, a count after the article is no rate', () => {
    const estimated = extractStatements('GRDP expanded by an estimated 7.35 percent in 2024.', { locale: 'en' })[0];
    expect(estimated?.stage?.value).toBe('estimate');
    expect(estimated?.changes[0]?.value.amount.value).toBe('7.35');
    expect(readings('The fleet grew by a further 20 vessels.').join()).not.toMatch(/rate/u);
    expect(readings('Output rebounded 125% year-on-year.').join()).not.toMatch(/rate 125/u);
  });
});

describe('a change then the level it came from, dated (`an increase of 3.6 per cent versus VND36 trillion in the same period last year`)', () => {
  it('gives the earlier level’s base to the change', () => {
    expect(
      readings(
        'Net revenue reached VND21.4 trillion in the first half, an increase of 6.1 per cent versus VND20.17 trillion ($850 million) in the same period last year.',
      )[0],
    ).toBe('21400000000000 VND [rate 6.1 same-period-last-year] k=actual');
    expect(
      readings(
        'Coffee exports reached 1.2 million tonnes in 2023, up 4 percent from 1.15 million tonnes a year earlier.',
      )[0],
    ).toBe('1200000 tonne [rate 4 same-period-last-year] k=actual');
    expect(readings("The firm's revenue was VND 12 trillion, up 5 percent against VND 11.4 trillion in 2022.")[0]).toBe(
      '12000000000000 VND [rate 5 2022] k=actual',
    );
  });

  it('near-misses: a level dated by a month with no year, or not dated, lends no base', () => {
    // (round 49: `in May … in April` is the period before; a month two back lends none)
    expect(readings('Revenue was VND 12 trillion in May, up 5 percent from VND 11.4 trillion in March.')[0]).toMatch(
      /^12000000000000 VND \[rate 5 -\??\] k=actual$/u,
    );
    expect(readings('Revenue was VND 12 trillion, up 5 percent from VND 11.4 trillion.')[0]).toMatch(
      /^12000000000000 VND \[rate 5 -\??\] k=actual$/u,
    );
  });
});

describe('a year right after the compare word is the base, never an earlier level', () => {
  it('keeps `from 2023` as the base of a change dated `in 2024`', () => {
    expect(readings('Rice exports rose 12.3% to 6.2 million tonnes from 2023 in 2024.')).toEqual([
      '6200000 tonne [rate 12.3 2023] k=actual',
    ]);
    expect(readings('Pepper exports fell 4 percent to 250,000 tonnes from 2022 in 2023.')).toEqual([
      '250000 tonne [rate -4 2022] k=actual',
    ]);
  });
});

describe('`, to <a level reached> of N` after changes (`…, to the lowest level ever of under 3,700 units`)', () => {
  it('gives the level to the statement of the changes', () => {
    expect(
      readings(
        'New supply was down 12 per cent quarter-on-quarter and 9 per cent year-on-year, to the lowest level ever of 2,100 units.',
      ),
    ).toEqual(['2100 (units) [rate -12 previous-period, rate -9 same-period-last-year] k=actual']);
    expect(
      readings('Coffee shipments rose 8 percent year on year, to a five-year high of 1.9 million tonnes.'),
    ).toEqual(['1900000 tonne [rate 8 same-period-last-year] k=actual']);
    expect(readings('Condo launches fell 30 percent on-year, to a record low of 1,800 units.')).toEqual([
      '1800 (units) [rate -30 same-period-last-year] k=actual',
    ]);
  });

  it('near-misses: `to` without a level noun, or after a statement that has its value, names its own statement', () => {
    expect(readings('Exports rose 5 percent, to the relief of the 2,000 firms in the sector.')[0]).toBe(
      '- [rate 5 -] k=actual',
    );
    expect(
      readings('Exports reached US$3 billion, up 5 percent, to the highest level of 2,000 firms ever recorded.')[0],
    ).toBe('3000000000 USD [rate 5 -] k=actual');
  });
});

describe('the same month or quarter as a base (`compared with the same quarter`)', () => {
  it('reads the bare same-period nouns as the same period last year', () => {
    expect(
      readings('Coal imports reached 3.9 million tonnes in the second quarter, up 7% compared with the same quarter.'),
    ).toEqual(['3900000 tonne [rate 7 same-period-last-year] k=actual']);
    expect(
      readings('Coal imports reached 3.9 million tonnes in May 2019, up 7% compared with the same month of 2018.'),
    ).toEqual(['3900000 tonne [rate 7 same-period-last-year] k=actual']);
  });
});

/** Each statement's value and period as `value p=period`. */
const periods = (text: string): string[] =>
  figured(text, 'en').map((s) => `${valueText(s)} p=${s.period?.value ?? '-'}`);

describe('a year right after the word of a whole (`for the entire 2019`, `in the whole 2023`)', () => {
  it('dates the statement by that year', () => {
    expect(periods('Total cashew exports for the entire 2019 are estimated at 455,000 tonnes.')).toEqual([
      '455000 tonne p=2019',
    ]);
    expect(periods('Coal output in the whole 2023 reached 48 million tonnes.')).toEqual(['48000000 tonne p=2023']);
    expect(periods('Exports for the full 2022 came to US$371 billion.')).toEqual(['371000000000 USD p=2022']);
  });

  it('near-misses: the whole of a year and a whole year keep their readings, a count after `entire` is no year', () => {
    expect(periods('Exports for the whole of 2019 reached 1.57 million tonnes.')).toEqual(['1570000 tonne p=2019']);
    expect(periods('The entire 2,500 workers of the plant received bonuses of VND 3 billion.').join()).not.toMatch(
      /p=2500/u,
    );
  });
});

describe('a base after `both`/`all` that closes the sentence (`…, decreasing by 3.7 percent, both year on year`)', () => {
  it('is the base of every rate before it that names none', () => {
    expect(
      readings(
        'Cement output totaled 5.1 million tonnes, up by 2.3 percent, while cement sales were 4.9 million tonnes, rising by 1.7 percent, both year on year.',
      ),
    ).toEqual([
      '5100000 tonne [rate 2.3 same-period-last-year] k=actual',
      '4900000 tonne [rate 1.7 same-period-last-year] k=actual',
    ]);
    expect(
      readings('Tea exports fell 3 percent and cashew exports rose 11 percent, both compared with the previous month.'),
    ).toEqual(['- [rate -3 previous-period] k=actual', '- [rate 11 previous-period] k=actual']);
  });

  it('near-misses: a base without `both` stays its own change’s, `both` before three rates gives nothing', () => {
    expect(readings('Rice exports rose 4 percent, while coffee exports fell 2 percent year on year.')).toEqual([
      '- [rate 4 -] k=actual',
      '- [rate -2 same-period-last-year] k=actual',
    ]);
    expect(
      readings(
        'Rice exports rose 4 percent, coffee exports rose 6 percent and pepper fell 2 percent, both year on year.',
      )
        .slice(0, 2)
        .join(),
    ).not.toMatch(/same-period-last-year/u);
  });
});

describe('a value, its source after `from`, then one change (`15,500 rooms from 111 projects, increasing 8%`)', () => {
  it('gives the change to the value, not its source', () => {
    expect(readings('Hotel supply reached 9,800 rooms from 74 projects, increasing 6% year-on-year.')[0]).toMatch(
      /^9800\?? \[rate 6 same-period-last-year\] k=actual$/u,
    );
    expect(readings('The province collected VND 5 trillion from 1,200 firms, up 12 percent year on year.')[0]).toBe(
      '5000000000000 VND [rate 12 same-period-last-year] k=actual',
    );
    expect(
      readings('Durian exports earned $410 million from 52,000 tonnes, a 35% increase from the prior year.')[0],
    ).toMatch(/^410000000 USD\?? \[rate 35 same-period-last-year\] k=actual$/u);
  });

  it('near-misses: a change named by its measure stays with the measure; a value with its own change keeps it', () => {
    expect(
      readings('Pepper exports earned US$1.1 billion from 210,000 tonnes, up 35.7% in value and 21.7% in volume.')[0],
    ).toMatch(/^1100000000 USD \[rate 35\.7 -\] k=actual$/u);
    expect(readings('Rice exports reached 1.2 million tonnes, up 5 percent, from 3 ports, up 2 percent.')[0]).toMatch(
      /^1200000 tonne \[rate 5 -/u,
    );
  });
});

describe('a half or quarter glued to its year (`H12023`, `Q32024`)', () => {
  it('dates the statement by that half or quarter', () => {
    expect(periods('Net revenue reached VND9.4 trillion in H12023, up 3 per cent on-year.')).toEqual([
      '9400000000000 VND p=2023-H1',
    ]);
    expect(periods('Net profit was VND 2.1 trillion in Q32024, up 9 percent year-on-year.')).toEqual([
      '2100000000000 VND p=2024-Q3',
    ]);
    expect(periods('Deliveries reached 12,400 units in H22022.')).toEqual(['12400 (units) p=2022-H2']);
  });

  it('near-misses: a virus name, a fifth quarter and a half past 2 are no period', () => {
    expect(periods('The H5N1 outbreak cost 2,000 birds in 2024.').join()).not.toMatch(/H5/u);
    expect(periods('Revenue in Q52023 was VND 3 trillion.')).toEqual(['3000000000000 VND p=-']);
    expect(periods('Revenue in H32023 was VND 3 trillion.')).toEqual(['3000000000000 VND p=-']);
  });
});

describe('the score of a ranking or an index (`scored 75.1 points`, `…, scoring 89.2 points, …`)', () => {
  it('reads the score as the value (doubted: bare points are no unit)', () => {
    expect(readings('Quang Ninh scored 75.1 points in the competitiveness index.')).toEqual(['75.1? [] k=actual']);
    expect(readings('Da Nang, scoring 72.4 points, ranked second this year.')).toEqual(['72.4? [] k=actual']);
    expect(readings('The province scores 68.9 points in 2024.')).toEqual(['68.9? [] k=actual']);
  });

  it('near-misses: a change in points stays a change, a score of a rise is its change', () => {
    expect(readings('The VN-Index rose 15 points to 1,250 points.')[0]).toMatch(/\[points 15 -\?\]/u);
    expect(readings('Exports scored a 12 percent rise year on year.')).toEqual([
      '- [rate 12 same-period-last-year] k=actual',
    ]);
  });
});
