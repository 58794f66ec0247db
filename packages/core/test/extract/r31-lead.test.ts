import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';
import type { Statement } from '../../src/extract/types';

const vi = (text: string): Statement[] => extractStatements(text, { locale: 'vi' });
const en = (text: string): Statement[] => extractStatements(text, { locale: 'en' });
const withValue = (ss: readonly Statement[], base: string): Statement | undefined =>
  ss.find((s) => s.value?.value.base === base);

describe('round 31 › a count no verb states is read, and always doubted (`bare-count`)', () => {
  it.each([
    [en, 'It currently operates through 21 branches, 39 transaction offices and 589 staff.', '21'],
    [en, "GEC's 13 hydroelectric plants in Gia Lai, Lam Dong and Hue will operate efficiently in 2021.", '13'],
    [en, 'The city maintained a supply of rooms provided by 109 hotels in the city.', '109'],
    [vi, 'Huyện đoàn tổ chức tặng quà cho 15 thiếu nhi có hoàn cảnh khó khăn.', '15'],
    [vi, 'Các vận động viên đến từ 11 quốc gia đã tranh tài nhiệt huyết.', '11'],
    [vi, 'Ví MoMo đã huy động được gần 234 triệu USD qua 4 vòng gọi vốn.', '4'],
  ])('%#: the count is a value, uncertain, with its reason', (read, text, base) => {
    const s = withValue(read(text), base);
    expect(s?.value?.confidence).toBe('uncertain');
    expect(s?.value?.doubt?.reason).toBe('bare-count');
  });

  it('a statement whose only figure is a bare count has its target/actual reading doubted too', () => {
    const s = withValue(en('It currently operates through 21 branches nationwide.'), '21');
    expect(s?.kind.confidence).toBe('uncertain');
  });

  it('a bound before the count is kept', () => {
    expect(withValue(vi('Hệ thống có hơn 10.000 đối tác, liên kết với 15 ngân hàng.'), '15')?.value?.confidence).toBe(
      'uncertain',
    );
    expect(withValue(en('Visitors came from more than 30 countries this year.'), '30')?.value?.value.approximate).toBe(
      'over',
    );
  });
});

describe('round 31 › a bare count after a change is a statement of its own', () => {
  it.each([
    [en, 'Prices rose 5% and nearly 300 shops closed.', '300', '5'],
    [vi, 'Doanh thu tăng 5% và 300 cửa hàng mở mới.', '300', '5'],
  ])('%#: the change keeps its subject, certain; the count is apart', (read, text, count, rate) => {
    const ss = read(text);
    const withRate = ss.find((s) => s.changes.some((c) => c.value.amount.value === rate));
    expect(withRate?.value).toBeUndefined();
    expect(withRate?.changes[0]?.confidence).not.toBe('uncertain');
    expect(withValue(ss, count)).not.toBe(withRate);
  });
});

describe('round 31 › numbers that are labels, days, places or sources are no bare count', () => {
  it.each([
    [en, 'Prime Minister Pham Minh Chinh stated on November 8 that Vietnam aims for 8% GDP growth in 2025.', '8'],
    [en, 'Line 2 trains run every ten minutes.', '2'],
    [en, 'Phase 2 works started at the site.', '2'],
    [vi, 'Tổng thị trường từ ngày 8/2 đến 14/2 (tức 29 tháng Chạp đến mùng 5 Tết) đạt hơn 1,5 triệu khách.', '5'],
    [vi, 'Số ca mắc trong tuần này đã giảm so với tuần 30 với 2.665 ca mắc.', '30'],
    [vi, 'Chỉ số sản xuất tăng ở 61 địa phương và giảm ở 2 địa phương.', '61'],
    [vi, 'Ông A đang bày bán 360 kg tràng lợn, được chứa trong 36 gói, trị giá 18 triệu đồng.', '36'],
    [vi, 'Theo báo cáo của 63 sở, năm 2018 tỷ lệ có việc làm đạt khoảng 85%.', '63'],
    [vi, 'Nghị định số 15 quy định chi tiết việc này.', '15'],
  ])('%#: no statement takes the number as its value', (read, text, base) => {
    expect(withValue(read(text), base)).toBeUndefined();
  });

  it('the label does not cut the change from its base (`so với cùng kỳ … tăng ở 61 địa phương`)', () => {
    const ss = vi(
      'Chỉ số sản xuất công nghiệp 5 tháng đầu năm 2022 so với cùng kỳ năm trước tăng ở 61 địa phương và giảm ở 2 địa phương trên cả nước (Trà Vinh giảm 17,2%; Hà Tĩnh giảm 7,5%).',
    );
    const change = ss.flatMap((s) => s.changes).find((c) => c.value.amount.value === '-7.5');
    expect(change?.value.base?.kind).toBe('same-period-last-year');
  });
});
