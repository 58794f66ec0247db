import { cross, type PhraseCase } from './harness';

/**
 * Round 29's classes (the silent wrong numbers of `test18` and the rest of `test17`, written out as
 * the language says them, never a corpus sentence), added to `doubted.ts`'s and `hostile.ts`'s books.
 * Each class beside its near-misses.
 */

/**
 * A bound or an approximation written as a sign or an article phrase before the figure: a tilde
 * (`~VND300bn`, `~$12 million`, `~52,000 tonnes`; Vietnamese `~300 tỷ đồng`) is `about`, `a maximum
 * of` an upper and `a minimum of` a lower bound (Vietnamese `tối đa`, `tối thiểu`): the figure was
 * read exact, certain. Near-misses: the same figures with no sign (exact), a tilde glued between two
 * numbers (`10~20%`: a range, no fact) and a maximum named after the figure (`…, a maximum for the
 * decade`: exact).
 */
export function enSignBounds(): PhraseCase[] {
  const subjects: readonly (readonly [string, string])[] = [
    ['The company spent', 'spent'],
    ['Local miners are expected to supply', 'supply'],
    ['The province disbursed', 'disbursed'],
  ];
  const amounts: readonly (readonly [string, string, string])[] = [
    ['VND450bn', '450000000000', 'VND'],
    ['$12 million', '12000000', 'USD'],
    ['52,000 tonnes', '52000', 'tonne'],
  ];
  const signs: readonly (readonly [string, 'about' | 'over' | 'under' | undefined])[] = [
    ['~', 'about'],
    ['a maximum of ', 'under'],
    ['a minimum of ', 'over'],
    ['', undefined],
  ];
  const out: PhraseCase[] = [];
  for (const [[subject, verb], [amount, v, u], [sign, a]] of cross(subjects, amounts, signs)) {
    const target = verb === 'supply';
    out.push({
      text: `${subject} ${sign}${amount} in 2023.`,
      facts: [{ v, u, ...(a ? { a } : {}), p: '2023', ...(target ? { k: 'target' as const } : {}) }],
    });
  }
  out.push(
    {
      text: 'Coal output reached 41.5 million tonnes in 2023, a maximum for the decade.',
      facts: [{ v: '41500000', u: 'tonne', p: '2023' }],
    },
    { text: 'Retail prices of cement rose 10~20% in the quarter.', facts: [] },
  );
  return out;
}

export function viSignBounds(): PhraseCase[] {
  const subjects = ['Năm 2023, doanh nghiệp đã chi', 'Năm 2023, tỉnh giải ngân được'];
  const amounts: readonly (readonly [string, string])[] = [
    ['300 tỷ đồng', '300000000000'],
    ['1.250 tỷ đồng', '1250000000000'],
  ];
  const signs: readonly (readonly [string, 'about' | undefined])[] = [
    ['~', 'about'],
    ['', undefined],
  ];
  return cross(subjects, amounts, signs).map(([subject, [amount, v], [sign, a]]) => ({
    text: `${subject} ${sign}${amount}.`,
    facts: [{ v, u: 'VND', ...(a ? { a } : {}), p: '2023' }],
  }));
}

/**
 * A percentage after a verb of the parts a whole is made of (`comprising 64% of the capitalisation`,
 * `constituting 18 percent of the total`, `which constitutes 9.5% of farm exports`): a share, no
 * indicator's level (doubted share). Near-misses: an amount after the same verbs is a part and a fact
 * (`The revenue comprises 3.4 billion USD from the domestic sector`).
 */
export function enPartShares(): PhraseCase[] {
  const wholes = [
    'Watch the blue-chip basket,',
    'Germany is the largest buyer of Vietnamese pepper,',
    'Seafood exports reached $2.1 billion in 2023, which',
  ];
  const verbs = ['comprising', 'constituting', 'comprises', 'constitutes'];
  const shares = ['64% of the total', '18 percent of the total'];
  const out: PhraseCase[] = [];
  for (const [whole, verb, share] of cross(wholes, verbs, shares)) {
    const relative = whole.endsWith('which');
    if (relative === verb.endsWith('ing')) continue;
    out.push({
      text: `${whole} ${verb} ${share}.`,
      facts: relative ? [{ v: '2100000000', u: 'USD', p: '2023' }] : [],
    });
  }
  const parts: readonly (readonly [string, string, string])[] = [
    ['3.4 billion USD', '3400000000', 'USD'],
    ['52,000 tonnes', '52000', 'tonne'],
  ];
  for (const [verb, [amount, v, u]] of cross(['comprises', 'comprised'], parts))
    out.push({ text: `In 2023, the total ${verb} ${amount} from the domestic sector.`, facts: [{ v, u, p: '2023' }] });
  return out;
}

/**
 * An addition the text has told before, restated as a subject after a definite article (`The
 * additional $600 million will lift …`, `the extra 500 MW`, `these additional 1,200 tonnes`), and an
 * amount right before a change noun (`…, a $12 billion increase`, `a $2 billion year-on-year rise`):
 * the size of a change, no level (doubted difference). Near-misses: a new addition (`an additional
 * 35,000 by 2030`, `another $2.5 billion`) and an amount before another noun (`a $2 billion trade
 * surplus`) keep their reading.
 */
export function enRestatedAmounts(): PhraseCase[] {
  const out: PhraseCase[] = [];
  const restated = ['The additional', 'The extra', 'These additional'];
  const additions: readonly (readonly [string, string])[] = [
    ['$600 million will lift the plant’s total investment to', 'USD'],
    ['500 MW will lift the park’s capacity to', 'MW'],
  ];
  for (const [lead, [addition, u]] of cross(restated, additions)) {
    const [level, v] = u === 'USD' ? ['$2.2 billion', '2200000000'] : ['1,700 MW', '1700'];
    out.push({
      text: `${lead} ${addition} ${level} in 2026.`,
      facts: [{ v, ...(u === 'USD' ? { u } : {}), p: '2026', k: 'target' }],
    });
  }
  const wholes: readonly (readonly [string, string, string])[] = [
    ['Exports reached $12 billion in 2023', '12000000000', 'USD'],
    ['Coffee output reached 1.9 million tonnes in 2023', '1900000', 'tonne'],
  ];
  const changes = ['a $2 billion increase', 'a $2 billion year-on-year rise', 'a 300,000-tonne drop'];
  for (const [[whole, v, u], change] of cross(wholes, changes))
    out.push({ text: `${whole}, ${change}.`, facts: [{ v, u, p: '2023' }] });
  out.push(
    {
      text: 'The country posted a $2 billion trade surplus in 2023.',
      facts: [{ v: '2000000000', u: 'USD', p: '2023' }],
    },
    {
      text: 'The city aims to build 20,000 units by 2025 and an additional 35,000 by 2030.',
      facts: [
        { v: '20000', p: '2025', k: 'target' },
        { v: '35000', p: '2030', k: 'target' },
      ],
    },
    {
      text: 'The group plans to invest another $2.5 billion in 2025.',
      facts: [{ v: '2500000000', u: 'USD', p: '2025', k: 'target' }],
    },
  );
  return out;
}

/**
 * A change verb, a manner adverb or none, then `at a/the rate of` (or `at`) and the rate (`e-commerce
 * continued to grow strongly at the rate of 25%`): the rate of the change, not a level of 25 % (it was
 * a certain value). Near-misses: an adverb before a time (`rose sharply at the end of 2023`) and a
 * policy's rate (`pay a cash dividend at the rate of 6 percent`) give no change.
 */
export function enAtRates(): PhraseCase[] {
  const subjects = ['Online retail', 'Garment exports'];
  const verbs = ['grew', 'continued to grow', 'grew strongly', 'rose steadily'];
  const speeds = ['at the rate of', 'at a rate of', 'at'];
  const out: PhraseCase[] = cross(subjects, verbs, speeds).map(([subject, verb, speed]) => ({
    text: `${subject} ${verb} ${speed} 18% in 2023.`,
    facts: [{ ch: ['rate 18 *'], p: '2023' }],
  }));
  out.push(
    { text: 'Exports rose sharply at the end of 2023.', facts: [] },
    { text: 'The firm will pay a cash dividend at the rate of 6 percent.', facts: [] },
  );
  return out;
}

/**
 * A bound written after the figure (`$8,000 per square metre or more`, `VND100 million or above`, `3
 * stars or higher`; Vietnamese `100 triệu đồng trở lên`, `5 tuổi trở xuống`): a bound or a threshold
 * of a definition — doubted (unread-bound) until the reader takes it in. Near-misses: a bound that
 * opens the next figure (`$31 billion and over $48 billion`) and the same figures with no tail.
 */
export function enTrailingBounds(): PhraseCase[] {
  const leads: readonly (readonly [string, string, string | undefined])[] = [
    ['Exports reached $12 billion', '12000000000', 'USD'],
    ['Coffee output reached 1.9 million tonnes', '1900000', 'tonne'],
  ];
  const tails = ['or more', 'or above', 'and above', 'or higher', 'or less', ''];
  const out: PhraseCase[] = cross(leads, tails).map(([[lead, v, u], tail]) => ({
    text: `${lead}${tail ? ` ${tail}` : ''} in 2023.`,
    facts: tail ? [] : [{ v, ...(u ? { u } : {}), p: '2023' }],
  }));
  out.push(
    { text: 'Luxury flats are those with a primary price of $8,000 per square metre or more.', facts: [] },
    {
      text: 'In 2023, exports and imports reached $31 billion and over $48 billion, respectively.',
      facts: [
        { v: '31000000000', u: 'USD', p: '2023' },
        { v: '48000000000', u: 'USD', a: 'over', p: '2023' },
      ],
    },
  );
  return out;
}

export function viTrailingBounds(): PhraseCase[] {
  const leads: readonly (readonly [string, string])[] = [
    ['Năm 2023, toàn tỉnh có 1.200 hộ đạt thu nhập 100 triệu đồng', '1200'],
    ['Năm 2023, toàn tỉnh có 350 doanh nghiệp đạt doanh thu 10 tỷ đồng', '350'],
  ];
  return cross(leads, ['trở lên', 'trở xuống']).map(([[lead, v], tail]) => ({
    text: `${lead} ${tail}.`,
    facts: [{ v, p: '2023' }],
  }));
}

/**
 * A percentage level at a Vietnamese month-end cut-off (`Tính đến cuối tháng 6-2024, tỷ lệ hồ sơ trực
 * tuyến toàn trình đạt 52,3%`): the month's stock or the year's to it — the corpus writes it either
 * way, so the period is doubted (month-end). Near-miss: a flow's total to a month's end (`vốn đầu tư
 * công đã giải ngân đạt 3.950 tỷ đồng`) stays the year to date, certain.
 */
export function viMonthEndRates(): PhraseCase[] {
  const cutOffs: readonly (readonly [string, string])[] = [
    ['Tính đến cuối tháng 6-2024', '2024-06'],
    ['Tính đến hết tháng 9/2024', '2024-09'],
  ];
  const out: PhraseCase[] = [];
  for (const [cut, p] of cutOffs) {
    out.push({ text: `${cut}, tỷ lệ hồ sơ trực tuyến toàn trình đạt 52,3%.`, facts: [{ v: '52.3', u: 'percent', p }] });
    out.push({
      text: `${cut}, vốn đầu tư công đã giải ngân đạt 3.950 tỷ đồng.`,
      facts: [{ v: '3950000000000', u: 'VND', p: `2024-YTD-${p.slice(5)}` }],
    });
  }
  return out;
}
