import { cross, type PhraseCase } from './harness';

/**
 * Round 28's hostile classes (the silent wrong numbers of `test17`, written out as the language says
 * them, never a corpus sentence), added to `hostile.ts`'s books. Each class beside its near-misses.
 */

/**
 * A length of time that is a rule's limit, a deadline or the notice a rule asks (`nếu mất kết nối
 * ngoài 6 giờ`, `phải thông báo trước 2 giờ`, `trong thời hạn 24 giờ`, `must notify the port 2 hours
 * before departure`), and an hour of the clock before its day (`tính đến 17 giờ ngày 15-11`): no
 * indicator's level (`facts: []`), or no fact beside the real one. Near-misses: a length of time that
 * IS the measure (`Thời gian thông quan giảm còn 2 giờ`, `số giờ nắng`, `the transit time … is only
 * 14 hours`) stays a certain fact.
 */
export function viDurations(): PhraseCase[] {
  const rules = [
    'Theo quy định, tàu cá phải thông báo cho cảng trước',
    'Theo quy định mới, nếu mất kết nối ngoài',
    'Chủ tàu phải nộp nhật ký khai thác trong thời hạn',
    'Doanh nghiệp phải khai báo với cơ quan hải quan chậm nhất',
    'Hồ sơ được giải quyết trong thời gian không quá',
    'Người lao động được nghỉ tối đa',
  ];
  const spans = ['2 giờ', '6 giờ', '24 giờ', '30 phút', '3 ngày', '2 tuần'];
  const out: PhraseCase[] = cross(rules, spans).map(([lead, span]) => ({ text: `${lead} ${span}.`, facts: [] }));
  const clocks = ['17 giờ ngày 15-11', '10 giờ sáng nay', '8 giờ hôm qua', '22 giờ đêm 3/9'];
  const damages: readonly (readonly [string, string])[] = [
    ['mưa lũ đã làm ngập 1.250 ngôi nhà', '1250'],
    ['bão đã làm 18 người bị thương', '18'],
  ];
  for (const [clock, [clause, v]] of cross(clocks, damages))
    out.push({ text: `Tính đến ${clock}, ${clause}.`, facts: [{ v }] });
  out.push(
    { text: 'Thời gian thông quan trung bình giảm còn 2 giờ.', facts: [{ v: '2', u: 'hour' }] },
    { text: 'Thời gian xử lý hồ sơ năm 2023 là 3 ngày.', facts: [{ v: '3', p: '2023' }] },
    { text: 'Số giờ nắng trong tháng 6/2024 đạt 210 giờ.', facts: [{ v: '210', u: 'hour', p: '2024-06' }] },
    { text: 'Thời lượng phát sóng của đài năm 2023 đạt 18 giờ.', facts: [{ v: '18', u: 'hour', p: '2023' }] },
  );
  return out;
}

export function enDurations(): PhraseCase[] {
  const rules = [
    'Under the new rules, fishing vessels must notify the port',
    'Captains must submit their logbooks no later than',
    'Vessels that lose their signal for longer than',
    'Importers must file the declaration at least',
  ];
  const tails = ['before departure', 'after unloading'];
  const spans = ['2 hours', '6 hours', '24 hours', '30 minutes', '3 days', '2 weeks'];
  const out: PhraseCase[] = cross(rules, spans, tails).map(([lead, span, tail]) => ({
    text: `${lead} ${span} ${tail}.`,
    facts: [],
  }));
  out.push(
    { text: 'The average customs clearance time fell to 2 hours in 2023.', facts: [{ v: '2', u: 'hour', p: '2023' }] },
    {
      text: 'Currently, the fastest transit time for freight trains from Lao Cai, a border city, to Hai Phong is only 9 hours.',
      facts: [{ v: '9', u: 'hour' }],
    },
    { text: 'Sunshine hours in June 2024 reached 210 hours.', facts: [{ v: '210', u: 'hour', p: '2024-06' }] },
  );
  return out;
}

/**
 * A figure between an article (`a`, `an`, `the`) and the thing it describes, past a unit the reader
 * may not know (`MW`, `GW`, `Mt/year`), a compound modifier (`gas-fired`, `coal-fired`) or the
 * thing's capitalised name (`Dau Tieng Solar Power`): the thing's size, not an indicator's level —
 * doubted (attributive). Near-misses: a measure after the figure (`a $2 billion trade surplus`) and
 * a capacity that is the subject's own level (`installed capacity reached 1,200 MW`) stay facts.
 */
export function enAttributes(): PhraseCase[] {
  const leads = [
    'The group began operations at',
    'The largest wind project in the region is',
    'The consortium will study the feasibility of building',
  ];
  const things = [
    'the 600 MW Dau Tieng Solar Power Complex',
    'a 1.5 GW gas-fired power plant',
    'the 1 Mt/year Thi Vai terminal',
    'a 3 Mtpa LNG import terminal',
    'an 800 MW coal-fired plant',
    'the 250 MW Bac Lieu Wind Farm',
  ];
  const out: PhraseCase[] = cross(leads, things).map(([lead, thing]) => ({ text: `${lead} ${thing}.`, facts: [] }));
  out.push(
    { text: 'The country had a $2 billion trade surplus in 2023.', facts: [{ v: '2000000000', u: 'USD', p: '2023' }] },
    { text: 'Installed solar capacity reached 16,500 MW in 2023.', facts: [{ v: '16500', p: '2023' }] },
    { text: 'The province licensed 35 projects in 2023.', facts: [{ v: '35', u: 'project', p: '2023' }] },
    { text: 'The project to widen the 120 km road was completed in 2023.', facts: [{ v: '120', u: 'km', p: '2023' }] },
  );
  return out;
}

/**
 * A joiner, a dated period and a comma between two figures open the clause after them (`In 2018,
 * the area reached 109,368 ha and by 2023, it reached 186,000 ha`, `Năm 2018, … và đến năm 2023,
 * …`): the period is the second figure's, not the first's, and the sentence's lead period is not
 * the second's — both periods are doubted (period-of-other), counted against the doubted book's
 * floor until the clause is read. Near-misses: each period after its own figure, and one lead
 * period for two joined clauses, stay certain facts.
 */
export function enJoinedPeriods(): PhraseCase[] {
  return [
    {
      text: 'In 2019, the coffee area reached 690,000 ha and by 2024, it reached 710,000 ha.',
      facts: [
        { v: '690000', u: 'ha', p: '2019' },
        { v: '710000', u: 'ha', p: '2024' },
      ],
    },
    {
      text: 'In 2020, pepper exports reached $660 million and in 2023, they reached $910 million.',
      facts: [
        { v: '660000000', u: 'USD', p: '2020' },
        { v: '910000000', u: 'USD', p: '2023' },
      ],
    },
    {
      text: 'Pepper exports reached $660 million in 2020 and $910 million in 2023.',
      facts: [
        { v: '660000000', u: 'USD', p: '2020' },
        { v: '910000000', u: 'USD', p: '2023' },
      ],
    },
    {
      text: 'In 2023, pepper exports reached $910 million and cashew exports reached $3.6 billion.',
      facts: [
        { v: '910000000', u: 'USD', p: '2023' },
        { v: '3600000000', u: 'USD', p: '2023' },
      ],
    },
  ];
}

export function viJoinedPeriods(): PhraseCase[] {
  return [
    {
      text: 'Năm 2019, diện tích cà phê đạt 690.000 ha và đến năm 2024, diện tích cà phê đạt 710.000 ha.',
      facts: [
        { v: '690000', u: 'ha', p: '2019' },
        { v: '710000', u: 'ha', p: '2024' },
      ],
    },
    {
      text: 'Năm 2020, kim ngạch xuất khẩu hồ tiêu đạt 660 triệu USD và năm 2023, con số này đạt 910 triệu USD.',
      facts: [
        { v: '660000000', u: 'USD', p: '2020' },
        { v: '910000000', u: 'USD', p: '2023' },
      ],
    },
    {
      text: 'Kim ngạch xuất khẩu hồ tiêu năm 2020 đạt 660 triệu USD, năm 2023 đạt 910 triệu USD.',
      facts: [
        { v: '660000000', u: 'USD', p: '2020' },
        { v: '910000000', u: 'USD', p: '2023' },
      ],
    },
    {
      text: 'Năm 2023, xuất khẩu hồ tiêu đạt 910 triệu USD và xuất khẩu hạt điều đạt 3,6 tỷ USD.',
      facts: [
        { v: '910000000', u: 'USD', p: '2023' },
        { v: '3600000000', u: 'USD', p: '2023' },
      ],
    },
  ];
}

/**
 * A bound the reader does not take in: the farthest point an extent reached (`xâm nhập sâu đến 95
 * km`, `kéo dài tới 2 km`, `intruded as far as 90 km`), an upper bound; a lower bound before the count
 * verb that leads the figure (`ít nhất có 120 căn nhà`, `tối thiểu có 45 tàu`). The value is doubted
 * (unread-bound), counted against the doubted book's floor until the bound is read. Near-misses: a
 * bound right before the figure (`có hơn 120 căn nhà`) and a count with no bound stay facts.
 */
export function viBounds(): PhraseCase[] {
  return [
    { text: 'Có nơi nước mặn xâm nhập sâu đến 95 km.', facts: [{ v: '95', u: 'km', a: 'under' }] },
    { text: 'Sạt lở bờ sông kéo dài tới 2 km.', facts: [{ v: '2', u: 'km', a: 'under' }] },
    { text: 'Sau bão, ít nhất có 120 căn nhà bị tốc mái.', facts: [{ v: '120', a: 'over' }] },
    { text: 'Tại huyện ven biển, tối thiểu có 45 tàu cá bị chìm.', facts: [{ v: '45', a: 'over' }] },
    { text: 'Sau bão, có hơn 120 căn nhà bị tốc mái.', facts: [{ v: '120', a: 'over' }] },
    { text: 'Sau bão, toàn huyện có 120 căn nhà bị tốc mái.', facts: [{ v: '120' }] },
  ];
}

export function enBounds(): PhraseCase[] {
  return [
    {
      text: 'In March 2020, saltwater intruded as far as 90 km inland.',
      facts: [{ v: '90', u: 'km', a: 'under', p: '2020-03' }],
    },
    {
      text: 'In March 2020, saltwater intruded more than 90 km inland.',
      facts: [{ v: '90', u: 'km', a: 'over', p: '2020-03' }],
    },
  ];
}

const SPLY = 'same-period-last-year';

/**
 * A change of another count than the statement's value (`bị thương 60 người, giảm 12 vụ (9,1%)`,
 * `làm 95 người chết, tăng 8% số vụ`): the rate is of the count of cases, not of the people — doubted
 * (other-measure) on the statement it was given to, counted against the doubted book's floor until
 * it is given to its own count. Near-misses: an amount of the statement's own noun (`tăng 150 doanh
 * nghiệp (14,3%)`) and a bare rate keep their reading.
 */
export function viOtherCounts(): PhraseCase[] {
  return [
    {
      text: 'Năm 2023, toàn tỉnh xảy ra 120 vụ tai nạn giao thông, làm chết 45 người, bị thương 60 người, giảm 12 vụ (9,1%) so với cùng kỳ.',
      facts: [
        { v: '120', p: '2023', ch: [`rate -9.1 ${SPLY}`] },
        { v: '45', p: '2023' },
        { v: '60', p: '2023' },
      ],
    },
    {
      text: 'Năm 2023, cả nước xảy ra 2.100 vụ cháy, làm 95 người chết, tăng 8% số vụ so với cùng kỳ.',
      facts: [
        { v: '2100', p: '2023', ch: [`rate 8 ${SPLY}`] },
        { v: '95', p: '2023' },
      ],
    },
    {
      text: 'Năm 2023, toàn tỉnh có 1.200 doanh nghiệp thành lập mới, tăng 150 doanh nghiệp (14,3%) so với cùng kỳ.',
      facts: [{ v: '1200', u: 'enterprise', p: '2023', ch: [`rate 14.3 ${SPLY}`] }],
    },
    {
      text: 'Năm 2023, cả nước xảy ra 2.100 vụ cháy, tăng 8% so với cùng kỳ.',
      facts: [{ v: '2100', p: '2023', ch: [`rate 8 ${SPLY}`] }],
    },
  ];
}

/**
 * A figure before a comparative and `than` is a difference from another figure (`1.2 million tonnes
 * more than in 2022`, `9,000 MW less than the plan`), and the change of a share (`raising its market
 * share by 4.2 percentage points`) moves no indicator: neither is a fact beside the level they
 * follow. Near-misses: a bound before the figure (`more than 8 million tonnes`) and a change of an
 * amount (`revenue … up 12 percent`) stay facts.
 */
export function enDifferences(): PhraseCase[] {
  const levels: readonly (readonly [string, string, string | undefined])[] = [
    ['Rice exports reached 8.1 million tonnes in 2023', '8100000', 'tonne'],
    ['Power capacity reached 80,000 MW in 2023', '80000', undefined],
  ];
  const tails = [
    '1,200 more than in 2022',
    '5,000 MW less than the plan',
    '2.5 million tonnes higher than the previous forecast',
  ];
  const out: PhraseCase[] = cross(levels, tails).map(([[level, v, u], tail]) => ({
    text: `${level}, ${tail}.`,
    facts: [{ v, ...(u ? { u } : {}), p: '2023' }],
  }));
  out.push(
    {
      text: 'Vinfast delivered 34,855 cars in 2023, raising its market share by 4.2 percentage points.',
      facts: [{ v: '34855', p: '2023' }],
    },
    { text: 'The bank’s market share rose 1.5 percentage points to 12 percent in 2023.', facts: [] },
    {
      text: 'Rice exports reached more than 8 million tonnes in 2023.',
      facts: [{ v: '8000000', u: 'tonne', a: 'over', p: '2023' }],
    },
    {
      text: 'Revenue reached $3 billion in 2023, up 12 percent.',
      facts: [{ v: '3000000000', u: 'USD', p: '2023', ch: ['rate 12 *'] }],
    },
  );
  return out;
}
