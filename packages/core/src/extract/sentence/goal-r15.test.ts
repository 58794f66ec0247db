import { describe, expect, it } from 'vitest';
import type { Statement } from '../types';
import { changes, read } from './statements.test-util';

/** Each statement as `kind value|changes` (the value's base, else its changes). */
const kinds = (text: string, locale: 'en' | 'vi' = 'en'): string[] =>
  read(text, locale).map((s: Statement) => `${s.kind.value} ${s.value?.value.base ?? changes(s).join(',')}`);

describe('a goal participle after any auxiliary frames a target (are set to, has been assigned to, were tasked with)', () => {
  it.each([
    // own paraphrases: person, tense and participle vary
    ['Hotels in the province are set to welcome 2.5 million guests in 2026.', 'target 2500000'],
    ['The agency has been assigned to collect 12.4 trillion VND this year.', 'target 12400000000000'],
    ['Localities have been tasked with planting 120,000 hectares of forest by 2030.', 'target 120000'],
    ['The districts were assigned to disburse 800 billion VND in 2024.', 'target 800000000000'],
    ['The two plants are scheduled to produce 1.4 million tonnes of steel in 2027.', 'target 1400000'],
  ])('%s', (text, kind) => {
    expect(kinds(text)).toEqual([kind]);
  });

  it('every item of an assigned amount is a target (including …)', () => {
    expect(
      kinds(
        'The ministry has been assigned to disburse 21 trillion VND this year, including 18.5 trillion VND of domestic capital and 2.5 trillion VND of foreign loans.',
      ),
    ).toEqual(['target 21000000000000', 'target 18500000000000', 'target 2500000000000']);
  });

  it('negative: `set` as a past verb of a result is no goal', () => {
    expect(kinds('The board set aside 500 billion VND for salaries in 2024.')).toEqual(['actual 500000000000']);
  });
});

describe('`will` / `sẽ` before any verb frames the figures after it as a forecast', () => {
  it.each([
    ['Rice exports will top 8 million tonnes in 2026.', 'target 8000000'],
    ["The province's budget revenue will exceed 20 trillion VND next year.", 'target 20000000000000'],
    ['Under the plan, the new terminal will handle 30 million passengers a year by 2030.', 'target 30000000'],
  ])('%s', (text, kind) => {
    expect(kinds(text)).toEqual([kind]);
  });

  it.each([
    ['Kim ngạch xuất khẩu năm 2026 sẽ vượt 450 tỷ USD.', 'target 450000000000'],
    ['Tăng trưởng kinh tế toàn cầu sẽ chậm lại ở mức 2,7% trong năm 2025.', 'target rate 2.7 -'],
    ['Năm 2027, sản lượng lúa của tỉnh sẽ đạt khoảng 1,2 triệu tấn.', 'target 1200000'],
  ])('%s', (text, kind) => {
    expect(kinds(text, 'vi')).toEqual([kind]);
  });

  it('the name before a future auxiliary stays whole (it stands in the verb’s place)', () => {
    const [s] = read('Tăng trưởng kinh tế toàn cầu sẽ chậm lại ở mức 2,7% trong năm 2025.', 'vi');
    expect(s?.name?.value).toContain('Tăng trưởng kinh tế toàn cầu');
  });

  it.each([
    // negatives: a future word AFTER the result's figure starts a new thought; the result stays actual
    ['Exports reached 5 billion USD, which will help the trade surplus.', 'en', 'actual 5000000000'],
    ['Exports hit 3 billion USD in May and will keep rising.', 'en', 'actual 3000000000'],
    ['Xuất khẩu tháng 5 đạt 5 tỷ USD và sẽ tiếp tục tăng trong các tháng tới.', 'vi', 'actual 5000000000'],
  ] as const)('negative: %s', (text, locale, kind) => {
    expect(kinds(text, locale)).toEqual([kind]);
  });
});

describe('the noun of an institution’s forecast frames the figure after it', () => {
  it.each([
    ["The ADB kept its forecast for Vietnam's growth in 2024 at 6 percent.", 'target rate 6 -'],
    ['HSBC raised its 2025 growth forecast for Vietnam to 7.1 per cent.', 'target rate 7.1 -'],
    ['The bank lowered its projection for regional growth this year to 4.2%.', 'target rate 4.2 -'],
  ])('%s', (text, kind) => {
    expect(kinds(text)).toEqual([kind]);
  });

  it('negative: a forecast after a comparison word is the base, the result stays actual', () => {
    expect(kinds('GDP grew 7.1% in 2024, higher than the forecast.')).toEqual(['actual rate 7.1 -']);
  });
});

describe('a condition whose main clause is a forecast states goals (If …, … will …)', () => {
  it.each([
    ['If the growth stays at 7% in the fourth quarter, the whole year will reach 6.5%.', 'en'],
    ['If shipments hold at 4 billion USD in November, annual exports will surpass 42 billion USD.', 'en'],
    ['Nếu quý IV giữ mức tăng 8%, cả năm tăng trưởng sẽ đạt 7%.', 'vi'],
  ] as const)('%s', (text, locale) => {
    const all = kinds(text, locale);
    expect(all).toHaveLength(2);
    for (const k of all) expect(k.startsWith('target ')).toBe(true);
  });

  it('negative: a condition with a result main clause keeps the result', () => {
    expect(kinds('If compared with 2022, exports rose 5% to 3 billion USD.')).toEqual(['actual 3000000000']);
  });
});

describe('a change against a forecast or a goal (so với dự báo …, from its April forecast) is doubted, even with a year', () => {
  const doubted = (text: string, locale: 'en' | 'vi'): string[] =>
    read(text, locale).flatMap((s) =>
      s.changes.map((c) => `${c.value.amount.value}:${c.confidence === 'uncertain' ? c.doubt?.reason : 'certain'}`),
    );

  it.each([
    // own paraphrases: a raised and a lowered forecast, a dated and an undated one, both languages
    [
      'IMF nâng dự báo tăng trưởng kinh tế Việt Nam năm 2024 lên 6%, tăng 0,2 điểm phần trăm so với dự báo tháng 4/2024.',
      'vi',
      '0.2',
    ],
    ['Lạm phát năm 2024 được dự báo ở mức 3,8%, giảm 0,3 điểm phần trăm so với dự báo hồi đầu năm.', 'vi', '-0.3'],
    ['The bank put growth at 6.1 percent, up 0.3 percentage points from its April forecast.', 'en', '0.3'],
  ] as const)('%s', (text, locale, amount) => {
    const mine = doubted(text, locale).filter((d) => d.startsWith(`${amount}:`));
    // doubted (the first rule that doubts it names the reason), never certain
    expect(mine).toHaveLength(1);
    expect(mine[0]).not.toBe(`${amount}:certain`);
  });

  it('the real sentence (test6): the revision of the WB forecast is never a certain change of growth', () => {
    const all = read(
      'Ngân hàng Thế giới (WB) nhận định tăng trưởng toàn cầu sẽ chậm lại ở mức 2,1% trong năm 2023, điều chỉnh tăng 0,4 điểm phần trăm so với dự báo đầu năm 2023.',
      'vi',
    );
    expect(all.map((s) => s.kind.value)).toEqual(['target', 'target']);
    expect(doubted(all[0]?.sentence.text ?? '', 'vi')).toContain('0.4:unread-base');
  });

  it('negative: a change against a year stays certain', () => {
    expect(doubted('Kim ngạch xuất khẩu tăng 12% so với năm 2022.', 'vi')).toEqual(['12:certain']);
  });
});

describe('a subject headed by a plan or forecast participle, linked to its value by a copula, is a target', () => {
  it.each([
    // own paraphrases: participle, opening words, period and bound vary
    ['The planned capital for road projects this year is 12.5 trillion VND.', 'target 12500000000000'],
    ['The total budgeted spending for 2025 is VND 2.5 quadrillion.', 'target 2500000000000000'],
    ['Its projected revenue this year is about 1.2 billion USD.', 'target 1200000000'],
    ['Forecast output in the fourth quarter is over 3 million tonnes.', 'target 3000000'],
  ])('%s', (text, kind) => {
    expect(kinds(text)).toEqual([kind]);
  });

  it('the plan beside its result: the plan is a target, the result stays actual', () => {
    expect(
      kinds(
        'The planned budget for the programme in 2024 is VND 5 trillion, while actual spending reached VND 3 trillion.',
      ),
    ).toEqual(['target 5000000000000', 'actual 3000000000000']);
  });

  it.each([
    // negatives: a verb of doing links the planned thing to a result
    ['Planned capital disbursed so far reached 300 trillion VND.', 'actual 300000000000000'],
    ['Planned disbursement reached 95% in 2023.', 'actual 95'],
  ])('negative: %s', (text, kind) => {
    expect(kinds(text)).toEqual([kind]);
  });
});

describe('a modal of necessity (need to, must, cần) frames the figures after it as a goal', () => {
  it.each([
    ['Ministries need to disburse 200 trillion VND more in the fourth quarter.', 'en', 'target 200000000000000'],
    ['The sector must earn 5 billion USD in 2025.', 'en', 'target 5000000000'],
    ['Các tháng cuối năm cần thu thêm 3.000 tỷ đồng.', 'vi', 'target 3000000000000'],
  ] as const)('%s', (text, locale, kind) => {
    expect(kinds(text, locale)).toEqual([kind]);
  });

  it.each([
    // negatives: a capitalised `Cần` of a place name; `phải` of a liability
    ['Cần Thơ tăng 5%; Hải Dương tăng 6%.', ['actual rate 5 -', 'actual rate 6 -']],
    ['Nợ phải trả của doanh nghiệp là 5.000 tỷ đồng.', ['actual 5000000000000']],
  ])('negative: %s', (text, expected) => {
    expect(kinds(text, 'vi')).toEqual(expected);
  });
});

describe('a sentence opening on a clause of purpose (To …, Để …, Nhằm …) names goals before its comma', () => {
  it.each([
    [
      'To be able to disburse more than 95% as directed by the Prime Minister, ministries need to act faster.',
      'en',
      ['target 95'],
    ],
    [
      'Để hoàn thành kế hoạch thu ngân sách 12.000 tỷ đồng, các tháng cuối năm cần thu thêm 3.000 tỷ đồng.',
      'vi',
      ['target 12000000000000', 'target 3000000000000'],
    ],
    [
      'Nhằm đạt mức tăng trưởng 8% trong năm 2025, tỉnh đã thu hút 2 tỷ USD vốn FDI.',
      'vi',
      ['target rate 8 -', 'actual 2000000000'],
    ],
  ] as const)('%s', (text, locale, expected) => {
    expect(kinds(text, locale)).toEqual(expected);
  });

  it('negative: `To date,` is a period, the result stays actual', () => {
    expect(kinds('To date, exports have reached 5 billion USD.')).toEqual(['actual 5000000000']);
  });
});

describe('verbs of aiming (eyes, is targeting, looks to, vows to; quyết tâm, hướng tới) frame a goal', () => {
  it.each([
    ['HCM City eyes VND500 trillion in budget revenue in 2026.', 'en', ['target 500000000000000']],
    ['Vietnam is targeting 8% growth in 2025.', 'en', ['target rate 8 -']],
    ['The province looks to attract 3 billion USD of FDI next year.', 'en', ['target 3000000000']],
    [
      'Exports reached 5 billion USD in 2024, and the firm is eyeing 6 billion USD in 2025.',
      'en',
      ['actual 5000000000', 'target 6000000000'],
    ],
    ['Ngành du lịch hướng tới đón 20 triệu lượt khách quốc tế vào năm 2025.', 'vi', ['target 20000000']],
  ] as const)('%s', (text, locale, expected) => {
    expect(kinds(text, locale)).toEqual(expected);
  });

  it('negative: capital committed to a place is a result (a participle, not a verb of aiming)', () => {
    expect(kinds('Foreign capital committed to the province reached 2 billion USD in 2024.')).toEqual([
      'actual 2000000000',
    ]);
  });
});

describe('a first clause naming a plan or scenario as the source (Theo kế hoạch, …; Under the plan, …) frames goals', () => {
  it.each([
    ['Theo kế hoạch, năm 2025 tỉnh thu ngân sách 15.000 tỷ đồng.', 'vi', ['target 15000000000000']],
    ['Theo kịch bản tăng trưởng, GRDP quý IV tăng 9,5%.', 'vi', ['target rate 9.5 -']],
    ['Under the scenario, exports reach 420 billion USD in 2025.', 'en', ['target 420000000000']],
    ['According to the roadmap, the city welcomes 12 million visitors in 2027.', 'en', ['target 12000000']],
  ] as const)('%s', (text, locale, expected) => {
    expect(kinds(text, locale)).toEqual(expected);
  });

  it.each([
    // negatives: a result word after the source keeps the result; an agency named after a plan is no plan
    ['Theo kế hoạch, đến nay đã giải ngân 8.000 tỷ đồng.', 'vi', ['actual 8000000000000']],
    ['Theo Sở Kế hoạch và Đầu tư, vốn FDI đạt 2 tỷ USD.', 'vi', ['actual 2000000000']],
    ['According to the plan, so far 80 trillion VND has been disbursed.', 'en', ['actual 80000000000000']],
  ] as const)('negative: %s', (text, locale, expected) => {
    expect(kinds(text, locale)).toEqual(expected);
  });
});

describe('the earlier figure of a revision after `from` (to 5.2% from the previous 5.8%) is never a certain level', () => {
  const values = (text: string): string[] =>
    read(text).flatMap((s) =>
      s.value ? [`${s.value.value.base}:${s.value.confidence === 'uncertain' ? 'uncertain' : 'certain'}`] : [],
    );

  it.each([
    // own paraphrases: a forecast and two levels, with and without words between `from` and the figure
    ['The bank cut its export forecast to 380 billion USD from its earlier 395 billion USD.', '395000000000'],
    ['Exports rose to 5 billion USD from 4 billion USD in 2023.', '4000000000'],
    ['The ministry revised the target up to 12.5 trillion VND from the previous 11 trillion VND.', '11000000000000'],
  ])('%s', (text, earlier) => {
    expect(values(text)).toContain(`${earlier}:uncertain`);
  });

  it('negative: `from` inside a name (Imports from China) leaves the value certain', () => {
    expect(values('Imports from China reached 5 billion USD.')).toEqual(['5000000000:certain']);
  });
});
