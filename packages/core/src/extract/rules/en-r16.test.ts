import { describe, expect, it } from 'vitest';
import { one, read } from '../sentence/statements.test-util';

const value = (text: string) => {
  const v = one(text).value?.value;
  return `${v?.base ?? ''} ${v?.unitCode ?? ''}`.trim();
};

describe('en — a plural scale after a number still scales it', () => {
  it('reads `N billions/millions/trillions` as the scaled number', () => {
    expect(value('Vietnam shipped US$41 billions of electronics to China last year.')).toBe('41000000000 USD');
    expect(value('Coffee exports earned 2.6 millions USD in May.')).toBe('2600000 USD');
    expect(value('Public investment disbursed VND310 trillions by the end of October.')).toBe('310000000000000 VND');
  });
  it('reads nothing from a plural scale without a number before it', () => {
    const s = read('Billions of dollars flowed into real estate, up 5 percent.');
    expect(s.every((st) => st.value === undefined)).toBe(true);
  });
});

describe('en — a scale glued by a hyphen scales the number', () => {
  it('reads `US$N-billion` as N × 10⁹', () => {
    expect(value('Exports are set to pass the US$400-billion mark this year.')).toBe('400000000000 USD');
    expect(value('The province drew a $2.5-billion investment in 2024.')).toBe('2500000000 USD');
    expect(value('The city approved a VND50-trillion package for housing in 2024.')).toBe('50000000000000 VND');
  });
  it('leaves a hyphenated non-scale word alone', () => {
    // `5-year` is no scale: the number keeps its own value
    expect(read('The 5-year plan targets US$30 billion.').some((st) => st.value?.value.base === '5000000000')).toBe(
      false,
    );
  });
});

const conf = (text: string) =>
  read(text).map((st) => ({
    value: st.value ? `${st.value.value.base}:${st.value.confidence}` : undefined,
    completion: st.completion ? `${st.completion.value.percent.value}:${st.completion.confidence}` : undefined,
    changes: st.changes.map((c) => `${c.value.amount.value}:${c.confidence}`),
  }));

describe('en — round 16 doubts: no certain reading where the sentence leaves the role open', () => {
  it('never reads the second figure of a list whose first is bounded as exact (the bound carries, or it is doubted)', () => {
    for (const [text, second] of [
      [
        'Of this, coffee and rice revenues exceeded $4 billion and $3 billion, up 5.7 percent and 9.2 percent year-on-year, respectively.',
        '3000000000',
      ],
      [
        'Steel and cement output topped 20 million tonnes and 60 million tonnes, rising 4% and 2% year on year, respectively.',
        '60000000',
      ],
      ['Exports and imports each surpassed US$180 billion, and US$170 billion, respectively, in 2024.', '170000000000'],
    ] as const) {
      const st = read(text).find((s) => s.value?.value.base === second);
      expect(st?.value?.confidence === 'uncertain' || st?.value?.value.approximate === 'over', text).toBe(true);
    }
  });
  it('keeps the second figure of a list certain when no bound opens it', () => {
    const all = conf(
      'Of this, coffee and rice revenues reached $4 billion and $3 billion, up 5.7 percent and 9.2 percent year-on-year, respectively.',
    );
    expect(all.map((s) => s.value)).toContain('3000000000:certain');
  });

  // (round 17, en-list-order-pairs: N values then one list of N changes of one base pair by
  // order, as `respectively` would; before, both changes were doubted on the last value)
  it('pairs two changes of one form joined by `and` with the two values before them, by order', () => {
    for (const [text, first, second] of [
      [
        'Of the total, 12.5 billion USD came from the state sector and 40.2 billion USD from the private one, rising 8.1% and 11.4% against the same time last year.',
        '12500000000',
        '40200000000',
      ],
      [
        'Meanwhile the north earned 3.2 billion USD from tourism, and the south 5.9 billion USD, year-on-year increases of 12.2% and 17.6%.',
        '3200000000',
        '5900000000',
      ],
      [
        'Seafood sales hit 2.1 billion USD and fruit sales 1.4 billion USD, up 9 percent and 15 percent year on year.',
        '2100000000',
        '1400000000',
      ],
    ] as const) {
      const all = conf(text);
      const [a, b] = [first, second].map((v) => all.find((s) => s.value?.startsWith(`${v}:`)));
      expect(a?.changes, text).toHaveLength(1);
      expect(b?.changes, text).toHaveLength(1);
      expect(a?.changes[0], text).not.toBe(b?.changes[0]);
    }
  });
  it('keeps a change certain when the other change is of another form', () => {
    const changes = conf('Exports reached 5 billion USD, up 7% year-on-year and 2.5 times the 2015 level.').flatMap(
      (s) => s.changes,
    );
    expect(changes).toContain('7:certain');
  });

  it('doubts a number glued to an ordinal suffix', () => {
    for (const text of [
      'Investors disbursed US$5.1 billion from January to 25th June, up 6 percent from the previous year.',
      'The city collected VND20 trillion as of 31st March, up 4% year-on-year.',
      'Exports rose 8% in the period ending 15th May.',
    ])
      for (const s of conf(text))
        if (s.value?.startsWith('25:') || s.value?.startsWith('31:') || s.value?.startsWith('15:'))
          expect(s.value, text).toMatch(/:uncertain$/);
  });
  it('keeps a plain number after a month certain', () => {
    expect(conf('As of June, exports reached 25 billion USD.').map((s) => s.value)).toContain('25000000000:certain');
  });

  it('doubts a figure after an article and a plan participle', () => {
    for (const [text, v] of [
      ['Officials said disbursement had not reached the planned 40%, though it improved on last year.', '40'],
      ['The province missed the targeted US$2 billion in export earnings.', '2000000000'],
      ['Revenue fell short of the assigned VND12 trillion in 2024.', '12000000000000'],
    ] as const) {
      const s = conf(text).find((x) => x.value?.startsWith(`${v}:`));
      expect(s?.value ?? `${v}:uncertain`, text).toBe(`${v}:uncertain`);
    }
  });
  it('keeps an estimated figure certain (an estimate is no plan)', () => {
    expect(conf('Exports reached an estimated US$12 billion in May.').map((s) => s.value)).toContain(
      '12000000000:certain',
    );
  });

  it('doubts a ratio in a statement named by a growth word', () => {
    for (const text of [
      'The second-quarter GDP growth surprised analysts: 6.9% year-on-year.',
      'Industrial growth came in above forecasts: 9.1% year-on-year.',
      'The third-quarter GDP expansion beat expectations: 7.2% year-on-year.',
    ])
      for (const c of conf(text).flatMap((s) => s.changes)) expect(c, text).toMatch(/:uncertain$/);
  });

  it('doubts a multiple of an estimate that other words qualify', () => {
    for (const text of [
      'Flood losses are now put at US$1.2 billion, more than double early government estimates.',
      'The harvest reached 3 million tonnes, twice initial industry forecasts.',
      'Damage was assessed at VND8 trillion, triple the first official estimates.',
    ])
      for (const s of conf(text)) if (s.completion) expect(s.completion, text).toMatch(/:uncertain$/);
  });
  it('keeps `double the plan` a certain completion', () => {
    const c = conf('Exports doubled the plan in 2024.').find((s) => s.completion);
    if (c) expect(c.completion).toBe('200:certain');
  });
});

describe('en — a list item with its own comparison keeps it (list-tail-base)', () => {
  it('does not give the tail base to a change followed by its own comparison', () => {
    for (const [text, own] of [
      [
        'Of which, FDI revenue hit VND20 trillion, gaining 7 percent over the quotation, up 3 percent over the same period last year.',
        '7',
      ],
      [
        'Of which, customs revenue was put at VND84 trillion, gaining 21.5 percent over the quotation, accounting for 60 percent of the total and up 11 percent over the same period last year.',
        '21.5',
      ],
      [
        'Of which, land revenue was estimated to reach VND9 trillion, rising 30 percent against the scenario, making up 12 percent of the total and up 5 percent over the same period last year.',
        '30',
      ],
    ] as const) {
      const c = read(text)
        .flatMap((s) => s.changes)
        .find((x) => x.value.amount.value === own);
      expect(c === undefined || c.confidence === 'uncertain' || c.value.base === undefined, text).toBe(true);
      expect(c?.value.base, text).toBeUndefined();
    }
  });
  it('still gives the tail base to list items that name none', () => {
    const s = read(
      'Exports rose sharply, such as Binh Duong (15.6%), Quang Ninh (14.5%) and Khanh Hoa (9.7%) compared with the same period last year.',
    );
    expect(s.flatMap((x) => x.changes).every((c) => c.value.base?.kind === 'same-period-last-year')).toBe(true);
  });
});

describe('en — a forecast word before the perfect infinitive is a result, not a goal', () => {
  it('reads `is likely to have widened`, `are expected to have reached` as results', () => {
    for (const text of [
      "Vietnam's trade surplus in May is likely to have widened to $2.1 billion from $1.4 billion in April.",
      'Exports are expected to have reached US$30 billion in May.',
      'Retail sales are projected to have grown 9% in the first half.',
    ])
      for (const s of read(text)) expect(s.kind.value, text).toBe('actual');
  });
  it('keeps `is expected to reach` a goal', () => {
    expect(read('Exports are expected to reach US$30 billion in May.')[0]?.kind.value).toBe('target');
  });
});

describe('en — a change of the count or the worth named after it (other measure)', () => {
  it('does not give `up N percent in the number of …` to the value statement as certain', () => {
    for (const text of [
      'The city licensed 420 projects with total capital of US$2.3 billion, up 6 percent in the number of projects, and 31 percent in the value of capital over the same period last year.',
      'The province saw 9,800 new firms with registered capital at VND120 trillion, down 3 percent in the number of firms compared with last year.',
      'Exports of rice hit 1.2 million tonnes worth US$700 million, up 12 percent in the quantity of rice shipped year-on-year.',
    ]) {
      for (const s of read(text))
        for (const c of s.changes)
          if (s.value?.value.unitCode === 'USD' || s.value?.value.unitCode === 'VND')
            expect(c.confidence, `${text} → ${c.value.amount.value}`).toBe('uncertain');
    }
  });
  it('keeps a change with no measure phrase after it certain', () => {
    const s = read('Registered capital reached VND120 trillion, up 3 percent compared with last year.');
    expect(s[0]?.changes[0]?.confidence).toBe('certain');
  });
});

describe('en — a figure after a verb of exceeding and an article is a threshold passed', () => {
  it('doubts `exceed the N mark` as exact', () => {
    for (const text of [
      'Trade is on track to exceed the US$800-billion mark this year.',
      'Exports surpassed the 1-million-tonne mark in May.',
      'Tourist arrivals topped the 10 million mark in 2024.',
    ])
      for (const s of read(text)) if (s.value) expect(s.value.confidence, text).toBe('uncertain');
  });
  it('doubts `reached the N mark` too: a threshold the level passed, not the level (round 58)', () => {
    expect(read('Exports reached the US$40 billion mark in May.')[0]?.value?.confidence).toBe('uncertain');
    // near-miss: the level reached without a milestone noun stays certain
    expect(read('Exports reached US$40 billion in May.')[0]?.value?.confidence).toBe('certain');
  });
});

describe('en — a percentage after `market share` is a share, not a level', () => {
  it('doubts `with a market share of N%`', () => {
    for (const [text, v] of [
      ['China stayed the top buyer with a market share of 31.2% in 2024.', '31.2'],
      ['The brand held a 12% market share last year.', '12'],
      ['Its market share rose to 18.5 percent in the first half.', '18.5'],
    ] as const) {
      const s = read(text).find((x) => x.value?.value.base === v);
      if (s) expect(s.value?.confidence, text).toBe('uncertain');
    }
    expect(read('China stayed the top buyer with a market share of 31.2% in 2024.')[0]?.value?.confidence).toBe(
      'uncertain',
    );
  });
  it('keeps a change after no share word certain', () => {
    expect(read('Exports rose 5% in 2024.')[0]?.changes[0]?.confidence).toBe('certain');
  });
});
