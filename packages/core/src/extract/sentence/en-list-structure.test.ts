import { describe, expect, it } from 'vitest';
import type { Statement } from '../types';
import { changes, read } from './statements.test-util';

/** Each value of the sentence with its certain changes: `13110000000 USD ~over [rate 27.7 -]`. */
const readings = (text: string): string[] =>
  read(text)
    .filter((s: Statement) => s.value)
    .map((s) => {
      const v = s.value?.value;
      const exact = s.value?.confidence === 'uncertain' ? '?' : '';
      const certainChanges = changes({ ...s, changes: s.changes.filter((c) => c.confidence !== 'uncertain') });
      return `${v?.base} ${v?.unitCode ?? ''}${v?.approximate ? ` ~${v.approximate}` : ''}${exact} [${certainChanges.join(', ')}]`;
    });

describe('en lists — values and changes paired by `respectively` whatever the names', () => {
  it('pairs the k-th value with the k-th change when the names hold inner `and`s', () => {
    expect(
      readings(
        'Exports of phones and components and exports of machinery and parts reached $21.4 billion and $9.7 billion, up 11.2% and 4.5%, respectively.',
      ),
    ).toEqual(['21400000000 USD [rate 11.2 -]', '9700000000 USD [rate 4.5 -]']);
    expect(
      readings(
        'Sales of oil and gas, of iron and steel, and of wood and wood products stood at US$3.1 billion, US$2.6 billion and US$1.8 billion, rising 7 percent, 3 percent and 12 percent year-on-year, respectively.',
      ),
    ).toEqual([
      '3100000000 USD [rate 7 same-period-last-year]',
      '2600000000 USD [rate 3 same-period-last-year]',
      '1800000000 USD [rate 12 same-period-last-year]',
    ]);
    expect(
      readings(
        'Shipments to the EU, to ASEAN, and to Japan and Korea hit 4.2 billion USD, 3.3 billion USD, and 2.9 billion USD, increasing by 9 per cent, 6 per cent, and 1 per cent respectively.',
      ),
    ).toEqual(['4200000000 USD [rate 9 -]', '3300000000 USD [rate 6 -]', '2900000000 USD [rate 1 -]']);
  });
  it('pairs nothing when the values and the changes differ in number', () => {
    // two values, three changes: no order pairs them; no change is certain on a value
    const r = readings(
      'Exports of rice and coffee reached $3.1 billion and $2.2 billion, up 7 percent, 3 percent and 12 percent, respectively.',
    );
    expect(r.every((x) => x.endsWith('[]'))).toBe(true);
  });
});

describe('en lists — a bound before the first value of a list bounds every value', () => {
  it('carries `exceeded`, `more than`, `nearly` through values joined by commas and `and`', () => {
    expect(
      readings(
        'Rice, coffee and pepper exports exceeded $3.1 billion, $2.2 billion and $1.4 billion, up 7%, 3% and 12%, respectively.',
      ),
    ).toEqual([
      '3100000000 USD ~over [rate 7 -]',
      '2200000000 USD ~over [rate 3 -]',
      '1400000000 USD ~over [rate 12 -]',
    ]);
    expect(
      readings(
        'Cement and steel output reached more than 61 million tonnes and 28 million tonnes, up 4 percent and 6 percent, respectively.',
      ),
    ).toEqual(['61000000 tonne ~over [rate 4 -]', '28000000 tonne ~over [rate 6 -]']);
    expect(
      readings(
        'Imports from China and Korea were nearly US$5.6 billion and US$4.1 billion, down 2 per cent and 8 per cent, respectively.',
      ),
    ).toEqual(['5600000000 USD ~under [rate -2 -]', '4100000000 USD ~under [rate -8 -]']);
  });
  it('stops the bound at any word other than a joiner', () => {
    // `including` opens a part of the first value, not a second object of `more than`
    const r = read('The city served more than 90,600 tourists, including 10,000 foreigners, in May.');
    const second = r.find((s) => s.value?.value.base === '10000');
    expect(second?.value?.value.approximate).toBeUndefined();
    // a value of another unit is no item of the same list
    const m = read('Exports topped $3 billion and 2 million tonnes in volume.');
    expect(m.find((s) => s.value?.value.base === '2000000')?.value?.value.approximate).toBeUndefined();
  });
});

describe('en lists — a semicolon item that opens on a value is a statement of its own', () => {
  it('reads `X on/for/from A, up P%; Y on B, up Q%; and Z on C, up R%` item by item', () => {
    expect(
      readings(
        'Vietnam spent $19.8 billion on electronics, up 17.3 percent; $14.8 billion on machinery, up 14.9 percent; and $5.4 billion on cloth, down 5.8 percent.',
      ),
    ).toEqual(['19800000000 USD [rate 17.3 -]', '14800000000 USD [rate 14.9 -]', '5400000000 USD [rate -5.8 -]']);
    expect(
      readings(
        'The province paid VND 2.1 trillion for roads, a rise of 9%; and VND 1.3 trillion for schools, a rise of 4%.',
      ),
    ).toEqual(['2100000000000 VND [rate 9 -]', '1300000000000 VND [rate 4 -]']);
    expect(
      readings(
        'Hanoi collected 3.3 billion USD in taxes, up 12 per cent year-on-year; 1.2 billion USD in fees, up 3 per cent.',
      ),
    ).toEqual(['3300000000 USD [rate 12 same-period-last-year]', '1200000000 USD [rate 3 -]']);
  });
  it('keeps a figure after `;` with a name of its own in its own statement', () => {
    const r = read('Exports reached $5 billion, up 3 percent; imports were $4 billion, up 2 percent.');
    expect(r.map((s) => s.name?.value)).toEqual(['Exports', 'imports']);
  });
});

describe('en lists — a gapped verb: `A rose P% to X, B Q% to Y`', () => {
  it('reads each item after the first as a rate of the same direction and the level it reached', () => {
    expect(
      readings(
        'Revenues of seafood rose 8.2 percent to $4.1 billion, fruit 15 percent to $2.3 billion and timber 3.1 percent to $7.9 billion.',
      ),
    ).toEqual(['4100000000 USD [rate 8.2 -]', '2300000000 USD [rate 15 -]', '7900000000 USD [rate 3.1 -]']);
    expect(readings('Coal output fell 4% to 21 million tonnes, and crude oil 6.5% to 4.3 million tonnes.')).toEqual([
      '21000000 tonne [rate -4 -]',
      '4300000 tonne [rate -6.5 -]',
    ]);
    expect(
      readings(
        'The sector grew, with textiles climbing 11 per cent to US$19 billion, footwear 9 per cent to US$12 billion, and furniture 2 per cent to US$6 billion.',
      ),
    ).toEqual(['19000000000 USD [rate 11 -]', '12000000000 USD [rate 9 -]', '6000000000 USD [rate 2 -]']);
  });
  it('reads no rate where the percentage has a verb of its own or no level after `to`', () => {
    const r = read('Rice exports rose 27.7% to $13.11 billion, contributing 12.4% to total export value.');
    expect(
      r.flatMap((s) => s.changes.filter((c) => c.confidence !== 'uncertain').map((c) => c.value.amount.value)),
    ).toEqual(['27.7']);
  });
});

describe('en lists — N values, then one list of N changes: paired by order without `respectively`', () => {
  it('gives the k-th change to the k-th value', () => {
    expect(
      readings(
        'Of the total, 21.3 billion USD came from the private sector and 8.6 billion USD from the state one, rising 11.5% and 2.4% against the same time last year.',
      ),
    ).toEqual(['21300000000 USD [rate 11.5 same-period-last-year]', '8600000000 USD [rate 2.4 same-period-last-year]']);
    // (the second change's base is doubted by another rule; its pairing is what this step gives)
    const sectors = read(
      'Meanwhile, large firms paid $3.9 billion in taxes, and small ones $1.2 billion, year-on-year increases of 6 per cent and 14 per cent.',
    );
    expect(sectors.map((st) => `${st.value?.value.base} ${changes(st).join()}`)).toEqual([
      '3900000000 rate 6 same-period-last-year',
      '1200000000 rate 14 same-period-last-year',
    ]);
    expect(
      readings(
        'Exports to the US hit $9.1 billion, to China $4.5 billion and to Japan $2.2 billion, up 8 percent, 5 percent and 3 percent.',
      ),
    ).toEqual(['9100000000 USD [rate 8 -]', '4500000000 USD [rate 5 -]', '2200000000 USD [rate 3 -]']);
  });
  it('pairs nothing when the changes have different bases or name another measure', () => {
    // one value, two bases: both changes are the value's
    const one = read('Exports reached $30 billion, up 3% on-month and 12% year-on-year.');
    expect(one.filter((s) => s.value)).toHaveLength(1);
    // `… and … in volume and value`: the changes are the second value's measures, not a list to pair
    const r = readings('Rice earned $1.2 billion and coffee $2.3 billion, up 4% and 7% in volume and value.');
    expect(r[0]).toBe('1200000000 USD []');
  });
});

describe('en lists — a change verb with no figure, then a list of names with bare percentages', () => {
  const rates = (text: string) =>
    read(text).flatMap((s) =>
      s.changes.map(
        (c) =>
          `${s.name?.value ?? ''}: ${c.value.form} ${c.value.amount.value}${c.confidence === 'uncertain' ? '?' : ''}`,
      ),
    );
  it('gives every percentage of the list the verb’s direction', () => {
    expect(rates('Costs rose in three groups: housing 1.2%, transport 0.8% and education 0.3%.')).toEqual([
      'housing: rate 1.2',
      'transport: rate 0.8',
      'education: rate 0.3',
    ]);
    expect(
      rates('Output dropped in four provinces – Thai Binh 3%, Nam Dinh 2.5%, Ha Nam 1.1% and Ninh Binh 0.4%.').map(
        (x) => x.replace(/^[^:]*: /, ''),
      ),
    ).toEqual(['rate -3', 'rate -2.5', 'rate -1.1', 'rate -0.4']);
    expect(
      rates('Exports to several markets fell, namely Brazil 8.1%, Chile 4.4% and Peru 2.9%.').map((x) =>
        x.replace(/^[^:]*: /, ''),
      ),
    ).toEqual(['rate -8.1', 'rate -4.4', 'rate -2.9']);
  });
  it('reads a direction word after the percentage in brackets (`Hong Kong (111.3% up)`)', () => {
    expect(
      rates('Visitor numbers grew, led by Macau (42.5% up), Taiwan (18.2% up) and Laos (3.4% down).').map((x) =>
        x.replace(/^[^:]*: /, ''),
      ),
    ).toEqual(['rate 42.5', 'rate 18.2', 'rate -3.4']);
  });
  it('leaves shares and percentages of something as they were', () => {
    expect(rates('Prices rose in two groups: food accounted for 35% of the basket.')).toEqual([]);
    expect(rates('Sales increased in the quarter: the north made up 40 percent and the south 60 percent.')).toEqual([]);
  });
});

describe('en lists — a gapped change noun: `an P% growth in A; Q% in B; R% in C`', () => {
  const all = (text: string) =>
    read(text).flatMap((s) =>
      s.changes.map((c) => {
        const b = c.value.base;
        return `${c.value.amount.value} ${b ? (b.kind === 'period' ? b.period : b.kind) : '-'}`;
      }),
    );
  it('reads each later `Q% in B` as a rate of the same change, each its own statement', () => {
    const text = 'Services improved, including a 9.4% growth in tourism; 7.7% in retail; and 5.2% in transport.';
    expect(all(text)).toEqual(['9.4 -', '7.7 -', '5.2 -']);
    expect(read(text).filter((s) => s.changes.length > 0)).toHaveLength(3);
    expect(
      all(
        'Industry recovered, with an 8 percent year-on-year rise in mining, 6 percent in power and 3 percent in water supply.',
      ),
    ).toEqual(['8 same-period-last-year', '6 same-period-last-year', '3 same-period-last-year']);
    expect(
      all('Prices fell, with a decline of 2.1 per cent in rents, 1.4 per cent in fuel and 0.9 per cent in clothing.'),
    ).toEqual(['-2.1 -', '-1.4 -', '-0.9 -']);
  });
  it('keeps the gapped change on the value it measures (`in the number of …, and Q% in capital`)', () => {
    const r = read(
      'The city had 2,400 new firms with registered capital of $1.9 billion, up 6 percent in the number of firms, and 31 percent in registered capital.',
    );
    const capital = r.find((s) => s.value?.value.base === '1900000000');
    expect(changes(capital)).toEqual(['rate 31 -']);
  });
  it('leaves a percentage `in` something that follows no change phrase with `in`', () => {
    // `up 5%` is followed by no `in`: `30% in Hanoi` is not its gapped item
    const r = read('Retail sales were up 5%; 30% in Hanoi came from online shops.');
    expect(r.flatMap((s) => s.changes.map((c) => c.value.amount.value))).not.toContain('30');
  });
});

describe('en lists — N changes, then `to` and N values: the k-th change reached the k-th value', () => {
  it('pairs them whether `respectively` comes before `to` or after the values', () => {
    expect(
      readings('Sales of tea and pepper fell 4.1% and 9.8%, respectively, to $210 million and $640 million.'),
    ).toEqual(['210000000 USD [rate -4.1 -]', '640000000 USD [rate -9.8 -]']);
    expect(
      readings(
        'Imports of coal, gas and crude oil climbed 14 percent, 22 percent and 6 percent to US$5.2 billion, US$2.7 billion and US$8.9 billion, respectively.',
      ),
    ).toEqual(['5200000000 USD [rate 14 -]', '2700000000 USD [rate 22 -]', '8900000000 USD [rate 6 -]']);
    expect(
      readings(
        'Revenues from hotels and tours rose 11 per cent and 7 per cent to US$4.5 billion and US$2.2 billion respectively.',
      ),
    ).toEqual(['4500000000 USD [rate 11 -]', '2200000000 USD [rate 7 -]']);
  });
  it('pairs nothing when the counts differ', () => {
    const r = readings('Sales of tea and pepper fell 4.1% and 9.8% to $210 million, $640 million and $90 million.');
    expect(r.some((x) => x.includes('rate -9.8') && x.startsWith('640000000'))).toBe(false);
  });
});

describe('en lists — a spaced hyphen or a list word opens the list after a figureless change verb', () => {
  it('reads `VERB in N groups - A P% and B Q%` and `…, including A (P per cent up)`', () => {
    const rates = (text: string) => read(text).flatMap((s) => s.changes.map((c) => c.value.amount.value));
    expect(rates('Prices fell in two groups - fuel 3.15% and rents 0.42%.')).toEqual(['-3.15', '-0.42']);
    expect(
      rates('Most source markets grew, including Cambodia (31.5 per cent up) and India (9.8 per cent up).'),
    ).toEqual(['31.5', '9.8']);
  });
});

describe('en lists — a bare count after a name is the next item of a list of counts with changes', () => {
  it('reads `NAME COUNT, up P%` after an item `NAME with COUNT …, up P%`', () => {
    const flat = (text: string) => readings(text).map((x) => x.replace(/\s+/g, ' '));
    expect(
      flat('Top markets were Korea with 310,500 visitors, up 12%; Japan 88,400, up 7%; and India 51,200, up 45%.'),
    ).toEqual(['310500 person [rate 12 -]', '88400 [rate 7 -]', '51200 [rate 45 -]']);
    expect(
      flat(
        'Thailand led with 95,300 arrivals, up 18.2 percent, Laos 41,700, down 3.1 percent, and Malaysia 39,900, up 9 percent.',
      ),
    ).toEqual(['95300 [rate 18.2 -]', '41700 [rate -3.1 -]', '39900 [rate 9 -]']);
    expect(
      flat(
        'Europe sent 120,000 tourists, up 21 per cent; Russia 61,000, up 30 per cent; France 22,000, up 4 per cent.',
      ),
    ).toEqual(['120000 person [rate 21 -]', '61000 [rate 30 -]', '22000 [rate 4 -]']);
  });
  it('reads no count where the list before holds no count with a change, or the number is a year', () => {
    const none = read('The report named Korea 2023, up 12 percent in its ranking.');
    expect(none.some((s) => s.value?.value.base === '2023')).toBe(false);
    const noList = read('Exports rose 5 percent; Japan 88,400, up 7 percent.');
    expect(noList.some((s) => s.value?.value.base === '88400' && s.value.confidence !== 'uncertain')).toBe(false);
  });
});
