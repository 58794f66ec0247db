import type { RealFact } from '../real-corpus/types';
import { cross, type Phrasebook, type PhraseCase } from './harness';
import { enBounds, enJoinedPeriods, viBounds, viJoinedPeriods, viOtherCounts } from './hostile-r28';
import { enSignBounds, enTrailingBounds, viMonthEndRates, viSignBounds, viTrailingBounds } from './hostile-r29';
import { enCauseFigures, enGluedPlus, viIncidents } from './hostile-r30';
import { enAsOfMonth, enChangeOverLevel, enOtherSubjects, viOtherSubjects, viSubsetParts } from './hostile-r31';
import { enApproximatedVerbs, enCountWholes, enRankSizes, viCountWholes } from './hostile-r32';
import { enComprisedParts, enCountOfWholes, enPercentListChanges, enShareAmounts, enTonesUnits } from './hostile-r33';
import { enExceedEarlierBy } from './hostile-r33-enbase';

/**
 * The doubted phrasebook (round 26): shapes whose number a careful reader cannot take as printed —
 * a thousands point in English before `billion` of đồng, … — crossed with the subjects, verbs and
 * amounts of report prose, each beside its near-misses, the same words in a shape whose number IS
 * certain. The annotations follow `real-corpus/types.ts` and the headers of the real sets: a case
 * whose fact is read but doubted still counts whole; a certain number no fact supports is a silent
 * wrong number, the one thing this book must never show.
 */

/* ----------------------------------------------------------------------------------------------
 * English
 * -------------------------------------------------------------------------------------------- */

/** `VND 5.337 billion`: the `5.337 tỷ đồng` of a Vietnamese report kept as printed (5,337 billion). */
const EN_VND_SUBJECTS = [
  'Net revenue of the parent company reached',
  'The corporation posted a pre-tax profit of',
  'The province collected',
  'The group targets consolidated revenue of',
] as const;
const EN_VND_POINT: readonly (readonly [string, string, RealFact['k']])[] = [
  ['VND 5.337 billion', '5337000000000', undefined],
  ['VND 1.100 billion', '1100000000000', undefined],
  ['VND2.480 billion', '2480000000000', undefined],
  ['4.939 billion dong', '4939000000000', undefined],
  ['VND 3.250 million', '3250000000', undefined],
];
/** Near-misses: trillions (`91.535 tỷ đồng` converted right), other currencies, one or two decimals. */
const EN_VND_NEAR: readonly (readonly [string, string, string])[] = [
  ['VND91.535 trillion', '91535000000000', 'VND'],
  ['VND 1.727 trillion', '1727000000000', 'VND'],
  ['US$7.362 billion', '7362000000', 'USD'],
  ['VND 5.3 billion', '5300000000', 'VND'],
  ['VND 5.34 billion', '5340000000', 'VND'],
];

/** A period that is a noun's (`the area of 1990`), after a period that opens the clause; near-misses led by `in`/`by`. */
const EN_NOUN_PERIODS: readonly PhraseCase[] = [
  {
    text: 'In 2019, the forest area of the province equaled the area of 1990 at 2.1 million hectares.',
    facts: [{ v: '2100000', u: 'ha', p: '2019' }],
  },
  {
    text: 'In 2023, the province attracted 120 projects and by 2025 it aims to attract 200 projects.',
    facts: [
      { v: '120', p: '2023' },
      { v: '200', p: '2025', k: 'target' },
    ],
  },
];

/** Shapes whose number is no figure of the indicator, or not as printed; each with a near-miss. */
const EN_SHAPES: readonly PhraseCase[] = [
  // a superlative's change named after it: the top item's; near-miss: the subject before it
  ...cross(['the highest increase', 'the largest rise', 'the strongest growth'] as const, ['in', 'at'] as const).map(
    ([sup, link]) => ({
      text: `Most lenders reported higher profits, with ${sup} of 85 percent ${link} ACB.`,
      facts: [{ ch: ['rate 85 *'] }],
    }),
  ),
  { text: 'Transport services reported the highest rise of 1.39 per cent.', facts: [{ ch: ['rate 1.39 *'] }] },
  // a share verb with `up`
  ...['take up', 'took up', 'make up', 'made up'].map((verb) => ({
    text: `Services ${verb} 42.5 percent of GDP.`,
    facts: [] as RealFact[],
  })),
  { text: 'Prices went up 3 percent.', facts: [{ ch: ['rate 3 *'] }] },
  // every form of a change verb before `at a rate of`
  ...['have grown', 'have risen', 'grew', 'has been rising', 'have been increasing'].map((verb) => ({
    text: `The bank’s deposits ${verb} at a rate of 18.5%.`,
    facts: [{ ch: ['rate 18.5 *'] }],
  })),
  // a length of time that dates a point in the past
  ...['days ago', 'weeks earlier', 'months before'].map((tail) => ({
    text: `The first case was reported 12 ${tail}.`,
    facts: [] as RealFact[],
  })),
  // a threshold after a verb of exceeding, its noun and `of`
  ...cross(['surpassed', 'exceeded', 'passed'] as const, ['benchmark', 'milestone', 'mark'] as const).map(
    ([verb, noun]) => ({
      text: `The province ${verb} the ${noun} of 5,000 new enterprises in 2023.`,
      facts: [{ v: '5000', a: 'over' as const, p: '2023' }],
    }),
  ),
  { text: 'The province had 5,000 new enterprises in 2023.', facts: [{ v: '5000', p: '2023' }] },
  {
    text: 'The number of mobile subscribers reached the milestone of 10 million in 2023.',
    facts: [{ v: '10000000', p: '2023' }],
  },
  // the size of a thing named before a relative clause of size
  ...['covers', 'spans', 'stretches'].map((verb) => ({
    text: `Work on Line 2, which ${verb} 11.5 kilometres, including 3.1 kilometres of viaducts, is 60% complete.`,
    facts: [{ c: '60' }],
  })),
  { text: 'The bridge, which spans 1.2 km, cost VND 2 trillion.', facts: [{ v: '2000000000000', u: 'VND' }] },
  // an approximation in brackets after the figure
  ...['approximate', 'estimated'].map((word) => ({
    text: `The US$2.3 billion (${word}) metro line is now looking well developed.`,
    facts: [{ v: '2300000000', u: 'USD', a: 'about' as const }],
  })),
  // round 27: a count of a group's holdings; near-miss: new enterprises licensed in a period
  ...cross(['holds capital at', 'owns the stocks of', 'holds stakes in'] as const, ['12', '27'] as const).map(
    ([verb, n]) => ({
      text: `The state shipping group currently ${verb} ${n} seaport companies.`,
      facts: [] as RealFact[],
    }),
  ),
  { text: 'In 2023, the province licensed 24 new enterprises.', facts: [{ v: '24', p: '2023' }] },
  // round 27: the items left over; a background figure in a concessive lead; an analyst's own forecast
  ...['the remaining 3 companies', 'the 3 remaining companies'].map((who) => ({
    text: `Apart from two loss-makers, ${who} posted large profits.`,
    facts: [] as RealFact[],
  })),
  ...['Despite a population of 98 million', 'Although a market of 100 million consumers'].map((lead) => ({
    text: `${lead}, dairy makers remain cautious.`,
    facts: [] as RealFact[],
  })),
  {
    text: 'Net profit reached VND 1,200 billion in 2023, completing 52% of the annual plan and 48% of our full-year forecast.',
    facts: [{ v: '1200000000000', u: 'VND', c: '52', p: '2023' }],
  },
];

function enBook(): PhraseCase[] {
  // (round 28's joined clause periods and unread bounds: `hostile-r28.ts`)
  const out: PhraseCase[] = [...EN_NOUN_PERIODS, ...EN_SHAPES, ...enJoinedPeriods(), ...enBounds()];
  // (round 29's bounds written as a sign or an article phrase: `hostile-r29.ts`)
  out.push(...enSignBounds(), ...enTrailingBounds());
  // (round 30's glued plus, cause figures and bracketed earlier levels: `hostile-r30.ts`)
  out.push(...enGluedPlus(), ...enCauseFigures());
  // (round 31's cut-offs at a whole month and figures of two subjects: `hostile-r31.ts`)
  out.push(...enAsOfMonth(), ...enOtherSubjects(), ...enChangeOverLevel());
  // (round 32's wholes after a part-of link, approximating verbs and ranking sizes: `hostile-r32.ts`)
  out.push(...enCountWholes(), ...enApproximatedVerbs(), ...enRankSizes());
  // (round 33's lists of percentages before one change noun, wholes after a bare `of`, `tones`: `hostile-r33.ts`)
  out.push(
    ...enPercentListChanges(),
    ...enCountOfWholes(),
    ...enTonesUnits(),
    ...enShareAmounts(),
    ...enComprisedParts(),
  );
  // (round 33's excess over an earlier period by a percentage after a completion: `hostile-r33-enbase.ts`)
  out.push(...enExceedEarlierBy());
  for (const [subject, [amount, v]] of cross(EN_VND_SUBJECTS, EN_VND_POINT)) {
    const target = subject.includes('targets');
    out.push({ text: `${subject} ${amount}.`, facts: [{ v, u: 'VND', ...(target ? { k: 'target' } : {}) }] });
  }
  for (const [subject, [amount, v, u]] of cross(EN_VND_SUBJECTS, EN_VND_NEAR)) {
    const target = subject.includes('targets');
    out.push({ text: `${subject} ${amount}.`, facts: [{ v, u, ...(target ? { k: 'target' } : {}) }] });
  }
  return out;
}

/* ----------------------------------------------------------------------------------------------
 * Vietnamese
 * -------------------------------------------------------------------------------------------- */

const SPLY = 'same-period-last-year';

/** Shapes whose number or period a reader cannot take as printed, each with a near-miss. */
const VI_SHAPES: readonly PhraseCase[] = [
  // a noun's year after a period that opens the clause; near-misses: a clause of its own, no opening period
  ...['tiền năm 2022', 'vốn năm 2022', 'dự toán năm 2022'].map((money) => ({
    text: `Trong năm 2023, Quỹ tỉnh đã chi 1.250 tỷ đồng ${money} cho các chủ rừng.`,
    facts: [{ v: '1250000000000', u: 'VND', p: '2023' }],
  })),
  {
    text: 'Năm 2023, tỉnh thu ngân sách đạt 1.200 tỷ đồng, năm 2022 đạt 1.000 tỷ đồng.',
    facts: [
      { v: '1200000000000', u: 'VND', p: '2023' },
      { v: '1000000000000', u: 'VND', p: '2022' },
    ],
  },
  // a bracket that opens with its own period dates its figure
  ...['6 tháng đầu năm 2022', 'quý II/2022'].map((period) => ({
    text: `Trong 6 tháng đầu năm 2023, tỉnh đưa 1.250 lao động đi làm việc ở nước ngoài (${period}, tỉnh đưa 1.358 lao động).`,
    facts: [
      { v: '1250', p: '2023-H1' },
      { v: '1358', p: period.startsWith('6') ? '2022-H1' : '2022-Q2' },
    ],
  })),
  // a change after the bracket its statement's value stands in
  {
    text: 'Trong 6 tháng đầu năm 2023, tỉnh đưa 1.250 lao động đi làm việc ở nước ngoài, đạt 52% kế hoạch năm 2023 (năm 2023, kế hoạch của tỉnh là 2.400 lao động), và bằng 92% so với cùng kỳ năm trước.',
    facts: [
      { v: '1250', c: '52', ch: [`ratio 92 ${SPLY}`], p: '2023-H1' },
      { v: '2400', k: 'target', p: '2023' },
    ],
  },
  // a plan's year after a cut-off day with no year
  ...['30-6', '30/6'].map((day) => ({
    text: `Tính đến ngày ${day}, toàn tỉnh kết nạp được 512 đảng viên mới, đạt 48,2% chỉ tiêu đề ra trong năm 2023.`,
    facts: [{ v: '512', c: '48.2', p: '2023-H1' }],
  })),
  // the group a subject is one of, a scope
  ...['một trong', 'một trong số'].map((lead) => ({
    text: `Huyện đoàn Tiên Yên là ${lead} 15 đơn vị có thành tích xuất sắc năm 2023.`,
    facts: [] as RealFact[],
  })),
  ...['Riêng tại', 'Riêng ở'].map((lead) => ({
    text: `${lead} 12 huyện miền núi, số hộ thoát nghèo năm 2023 là 2.150 hộ.`,
    facts: [{ v: '2150', p: '2023' }],
  })),
  { text: 'Số đơn vị có thành tích xuất sắc năm 2023 là 15 đơn vị.', facts: [{ v: '15', p: '2023' }] },
  // an amount after a change against a base and a copula: the change's size
  ...['tăng so với giai đoạn 2017-2022 là', 'giảm so với năm trước là', 'tăng so với cùng kỳ là'].map((head) => ({
    text: `Số hộ đạt danh hiệu ${head} 640 hộ.`,
    facts: [] as RealFact[],
  })),
  { text: 'Số hộ đạt danh hiệu năm 2023 là 640 hộ.', facts: [{ v: '640', p: '2023' }] },
  // a bound before a word that stresses the size; near-miss: the stress alone on a result
  ...['tối đa lên đến', 'tối đa lên tới', 'không quá'].map((bound) => ({
    text: `Mức cho vay đối với mỗi hộ ${bound} 80 triệu đồng.`,
    facts: [] as RealFact[],
  })),
  { text: 'Tổng thu du lịch lên đến 376.000 tỉ đồng.', facts: [{ v: '376000000000000', u: 'VND' }] },
  // a period taken from the statement before while a nearer one stands before the figure
  ...['giải thể', 'tạm ngừng hoạt động'].map((what) => ({
    text: `Trong tháng 6, có 52 doanh nghiệp thành lập mới, lũy kế 6 tháng đầu năm 2023, có 310 doanh nghiệp thành lập mới; 04 doanh nghiệp ${what}, lũy kế 5 tháng đầu năm 2023, có 21 doanh nghiệp ${what}.`,
    facts: [{ v: '52' }, { v: '310', p: '2023-H1' }, { v: '4' }, { v: '21', p: '2023-YTD-05' }],
  })),
  {
    text: 'Lũy kế 6 tháng đầu năm 2023, có 310 doanh nghiệp thành lập mới và 21 doanh nghiệp giải thể.',
    facts: [
      { v: '310', p: '2023-H1' },
      { v: '21', p: '2023-H1' },
    ],
  },
  // the counts of one case told before them; near-miss: a period's tallies
  ...['một chuyên án ma túy', 'một đường dây đánh bạc', 'một vụ án lừa đảo'].map((event) => ({
    text: `Công an tỉnh vừa triệt phá thành công ${event}, bắt giữ 15 đối tượng.`,
    facts: [] as RealFact[],
  })),
  { text: 'Trong tháng, Công an tỉnh bắt giữ 45 vụ, 67 đối tượng.', facts: [{ v: '45' }, { v: '67' }] },
  // a superlative's change named after it
  ...['cao nhất là', 'lớn nhất là'].map((sup) => ({
    text: `Lợi nhuận các ngân hàng đều tăng, mức tăng ${sup} 85% tại ACB.`,
    facts: [{ ch: ['rate 85 *'] }],
  })),
  { text: 'Nhóm giao thông có mức tăng cao nhất với 2,1%.', facts: [{ ch: ['rate 2.1 *'] }] },
  // round 27: the base period's figure with the change after it; near-miss: the change with its base after it
  ...['lượt khách', 'tấn hàng'].map((what) => ({
    text: `Trong quý I năm 2023, tổng số đạt 204.291 ${what}, so với cùng kỳ 182.907 ${what}, tăng 11,69%.`,
    facts: [{ v: '204291', ch: ['rate 11.69 same-period-last-year'], p: '2023-Q1' }, { v: '182907' }],
  })),
  // round 27 (second half): the same with other bases and a bound word, read as the first value's change
  ...[
    ['so với cùng kỳ năm trước', '', undefined],
    ['so cùng kỳ', 'gần ', 'under'],
    ['so với cùng kỳ năm ngoái', 'khoảng ', 'about'],
  ].map(([compare, bound, a]) => ({
    text: `Trong quý I năm 2023, sản lượng thép đạt 1.250 tấn, ${compare} ${bound}1.100 tấn, tăng 13,6%.`,
    facts: [
      { v: '1250', ch: ['rate 13.6 same-period-last-year'], p: '2023-Q1' },
      a ? { v: '1100', a: a as 'under' | 'about' } : { v: '1100' },
    ],
  })),
  {
    text: 'Tháng 5/2024, doanh thu bán lẻ đạt 120 tỷ đồng, so với tháng trước 110 tỷ đồng, giảm 9,1%.',
    facts: [
      { v: '120000000000', ch: ['rate -9.1 previous-period'], p: '2024-05' },
      { v: '110000000000', p: '2024-04' },
    ],
  },
  // near-misses: a first value with a change of its own, another unit, a `;` between, a plan as the base
  {
    text: 'Trong quý I năm 2023, sản lượng thép đạt 1.250 tấn, tăng 5%, so với cùng kỳ 1.100 tấn, tăng 13,6%.',
    facts: [{ v: '1250', ch: ['rate 5 *'], p: '2023-Q1' }, { v: '1100' }],
  },
  {
    text: 'Trong quý I năm 2023, sản lượng thép đạt 1.250 tấn, so với cùng kỳ 50 tỷ đồng, tăng 13,6%.',
    facts: [{ v: '1250', p: '2023-Q1' }, { v: '50000000000' }],
  },
  {
    text: 'Trong quý I năm 2023, sản lượng thép đạt 1.250 tấn; so với cùng kỳ 1.100 tấn, tăng 13,6%.',
    facts: [{ v: '1250', p: '2023-Q1' }, { v: '1100' }],
  },
  {
    text: 'Trong quý I năm 2023, sản lượng thép đạt 1.250 tấn, so với kế hoạch 1.100 tấn, vượt 13,6%.',
    facts: [{ v: '1250', p: '2023-Q1' }],
  },
  // round 27: the items left over, the names after a list lead, an assumed price in a bracket
  ...['3 doanh nghiệp còn lại', '4 nhà máy còn lại'].map((who) => ({
    text: `Trừ hai đơn vị thua lỗ, số liệu tài chính của ${who} cho thấy lợi nhuận tăng mạnh.`,
    facts: [] as RealFact[],
  })),
  {
    text: 'Hiện có 3 đơn vị cấp nước tham gia, gồm Công ty Nước sạch Hà Nội, Công ty Nước sạch Hà Đông và Công ty Nước sạch Sông Đà.',
    facts: [],
  },
  {
    text: 'Năm 2023, cả nước tiết kiệm được 4,2 tỷ kWh điện (tạm tính giá điện bình quân bằng 1.950đ/kWh).',
    facts: [{ v: '4200000000', p: '2023' }],
  },
];

function viBook(): PhraseCase[] {
  // (round 28's joined clause periods, unread bounds and changes of another count: `hostile-r28.ts`)
  // (round 29's tilde, trailing bounds and month-end rates: `hostile-r29.ts`)
  // (round 30's single incidents: `hostile-r30.ts`; round 31's figures of two subjects: `hostile-r31.ts`)
  return [
    ...VI_SHAPES,
    ...viJoinedPeriods(),
    ...viBounds(),
    ...viOtherCounts(),
    ...viSignBounds(),
    ...viTrailingBounds(),
    ...viMonthEndRates(),
    ...viIncidents(),
    ...viOtherSubjects(),
    ...viSubsetParts(),
    // (round 32's wholes after a part-of link: `hostile-r32.ts`)
    ...viCountWholes(),
  ];
}

export const DOUBTED_EN: Phrasebook = { area: 'doubted-en', locale: 'en', cases: enBook() };
export const DOUBTED_VI: Phrasebook = { area: 'doubted-vi', locale: 'vi', cases: viBook() };
