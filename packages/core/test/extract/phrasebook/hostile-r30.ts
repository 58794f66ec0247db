import { cross, type PhraseCase } from './harness';

/**
 * Round 30's classes (the silent wrong numbers of `test19`, `test18` and `test17`, written out as the
 * language says them, never a corpus sentence), added to `doubted.ts`'s book. Each class beside its
 * near-misses.
 */

/**
 * One incident of enforcement or an outbreak and its size: a quantity seized or found (`thu giữ 13 tấn
 * thực phẩm`, `tịch thu 3.200 sản phẩm`, `phát hiện 62 con lợn`), a figure after a single subject (`xảy
 * ra dịch tại 1 hộ …`, `một cơ sở kinh doanh …`) and a fine of one subject (`… đã bị xử phạt 45 triệu
 * đồng`, `phạt vi phạm hành chính 7.500.000 đồng`) are one case told as an example, no tally: doubted
 * (`incident-size`), no fact. Near-misses: the report's tallies of cases, subjects, goods' value and
 * fines (`phát hiện 1.413 vụ vi phạm`, `bắt giữ 23 đối tượng`, `trị giá hàng hóa tịch thu 55 tỷ đồng`,
 * `xử phạt vi phạm hành chính 13,5 tỷ đồng`, `buộc phải tiêu hủy 3.860 con`) keep their certain reading.
 */
export function viIncidents(): PhraseCase[] {
  const leads = [
    'Trong đó, một số vụ điển hình như',
    'Tại Bình Dương, lực lượng quản lý thị trường',
    'Ngày 12/9, Đội Quản lý thị trường số 5 đã',
  ];
  const verbs = ['thu giữ', 'tạm giữ', 'tịch thu', 'phát hiện'];
  const goods = [
    '13 tấn thực phẩm không rõ nguồn gốc',
    '2.000 đơn vị quần áo nhập lậu',
    '3.200 sản phẩm mỹ phẩm giả',
    '62 con lợn nhiễm bệnh',
  ];
  const out: PhraseCase[] = cross(leads, verbs, goods).map(([lead, verb, what]) => ({
    text: `${lead} ${verb} ${what}.`,
    facts: [],
  }));
  // (a headline: the verb opens the sentence)
  for (const [verb, what] of cross(
    ['Thu giữ', 'Tịch thu'],
    ['1,8 tấn thực phẩm nhập lậu tại tỉnh Thanh Hóa', '500 đơn vị hàng giả tại Long An'],
  ))
    out.push({ text: `${verb} ${what}`, facts: [] });
  // (a figure after a single subject, or counting it)
  out.push(
    { text: 'Dịch xảy ra tại 1 hộ ở xã Tân Hòa, tổng đàn 120 con, hiện đã tiêu hủy 36 con bệnh.', facts: [] },
    { text: 'Tại một cơ sở kinh doanh ở quận 6, lực lượng chức năng kiểm tra 450 sản phẩm đồ chơi.', facts: [] },
  );
  // (a fine of one subject: passive, a sum with no scale word, or a single subject before it)
  const fined = ['Một người tại Bến Tre', 'Một hộ kinh doanh ở Hưng Yên', 'Công ty TNHH Minh Phát'];
  const fineVerbs = ['đã bị xử phạt', 'bị phạt', 'bị phạt tiền'];
  for (const [who, verb, amount] of cross(fined, fineVerbs, ['45 triệu đồng', '180 triệu đồng']))
    out.push({ text: `${who} ${verb} ${amount} vì kinh doanh phân bón giả.`, facts: [] });
  for (const [who, verb] of cross(
    ['Đội Quản lý thị trường số 11', 'Chi cục Quản lý thị trường tỉnh Nghệ An'],
    ['phạt vi phạm hành chính', 'xử phạt'],
  ))
    out.push({ text: `${who} ${verb} 7.500.000 đồng đối với cơ sở này.`, facts: [] });
  // near-misses: the tallies of a report keep their certain reading
  out.push(
    {
      text: 'Năm 2023, lực lượng quản lý thị trường đã phát hiện 1.413 vụ vi phạm.',
      facts: [{ v: '1413', p: '2023' }],
    },
    { text: 'Năm 2023, lực lượng chức năng bắt giữ 2.310 đối tượng.', facts: [{ v: '2310', p: '2023' }] },
    {
      text: 'Năm 2023, trị giá hàng hóa tịch thu 55 tỷ đồng.',
      facts: [{ v: '55000000000', u: 'VND', p: '2023' }],
    },
    {
      text: 'Năm 2023, lực lượng quản lý thị trường xử phạt vi phạm hành chính 13,5 tỷ đồng.',
      facts: [{ v: '13500000000', u: 'VND', p: '2023' }],
    },
    {
      text: 'Năm 2022, các đội quản lý thị trường đã phạt tiền 1.250 trường hợp.',
      facts: [{ v: '1250', p: '2022' }],
    },
    { text: 'Năm 2019, toàn tỉnh buộc phải tiêu hủy 3.860 con lợn.', facts: [{ v: '3860', p: '2019' }] },
    {
      text: 'Trong 9 tháng đầu năm 2022, phát hiện, xử lý 16.216 trường hợp vi phạm.',
      facts: [{ v: '16216', p: '2022-YTD-09' }],
    },
  );
  return out;
}

/**
 * A plus glued right after the figure (`$5mn+`, `VND200bn+`, `US$1.2 billion+`) is `or more`: a lower
 * bound the reader did not take in, doubted `unread-bound`. Near-misses: the same figures with no plus.
 */
export function enGluedPlus(): PhraseCase[] {
  const subjects = ['Exports to the market reached', 'The group signed 12 deals worth', 'Foreign investors poured'];
  const amounts: readonly (readonly [string, string, string])[] = [
    ['$5mn', '5000000', 'USD'],
    ['VND200bn', '200000000000', 'VND'],
    ['US$1.2 billion', '1200000000', 'USD'],
  ];
  const out: PhraseCase[] = [];
  for (const [subject, [amount, v, u], plus] of cross(subjects, amounts, ['+', ''])) {
    out.push({
      text: `${subject} ${amount}${plus} in 2023.`,
      facts: [{ v, u, ...(plus ? { a: 'over' as const } : {}), p: '2023' }],
    });
  }
  return out;
}

/**
 * A level told inside a clause of cause (`results from the average price of Brent crude in 2022 being
 * $99.04 per barrel`, `due to the average coffee price in 2024 being $4,100 per tonne`) is the cause's
 * figure, and a level in a bracket right after a change told for an earlier year (`rose 12.5% (coffee
 * exports in 2022 were $3.1 billion)`) restates the change's base: both doubted, no fact (as test19
 * annotates them). Near-misses: `being` with no cause word (`with exports being $3.1 billion`), a
 * bracket after a level (`were $3.5 billion (… in 2022 were $3.1 billion)`).
 */
export function enCauseFigures(): PhraseCase[] {
  const out: PhraseCase[] = [];
  const results = [
    'The higher revenue results from',
    'The increase in revenue is a result of',
    'Profit rose sharply, due to',
  ];
  const causes: readonly (readonly [string, string])[] = [
    ['the average price of Brent crude in 2022 being $99.04 per barrel', '2022'],
    ['the average coffee price in 2024 being $4,100 per tonne', '2024'],
  ];
  for (const [result, [cause]] of cross(results, causes)) out.push({ text: `${result} ${cause}.`, facts: [] });
  const changes: readonly (readonly [string, string])[] = [
    ['Coffee exports rose 12.5%', 'rate 12.5 *'],
    ['The average price rose 8 percent', 'rate 8 *'],
  ];
  const brackets = ['(coffee exports in 2022 were $3.1 billion)', '(the average price in 2021 was $61.2 per barrel)'];
  for (const [[change, ch], bracket] of cross(changes, brackets))
    out.push({ text: `${change} ${bracket}.`, facts: [{ ch: [ch] }] });
  out.push(
    {
      text: 'Revenue rose in 2023, with exports being $3.1 billion.',
      facts: [{ v: '3100000000', u: 'USD', p: '2023' }],
    },
    {
      text: 'Coffee exports were $3.5 billion in 2023 (coffee exports in 2022 were $3.1 billion).',
      facts: [
        { v: '3500000000', u: 'USD', p: '2023' },
        { v: '3100000000', u: 'USD', p: '2022' },
      ],
    },
  );
  return out;
}
