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
