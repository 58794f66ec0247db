import { describe, expect, it } from 'vitest';
import { doubtReasons as reasons, markedValues as values } from './readings';

/**
 * Round 30 (the silent wrong numbers of `test19`, `test18` and `test17`). Each shape is written as its
 * class — paraphrases of our own (other goods, numbers, word orders) whose number must no longer be
 * shown as certain and exact, and near sentences that must keep their reading. Never a corpus sentence.
 */

describe('one incident and its size: a seizure, a find, a fine of one subject (incident-size)', () => {
  it('doubts a quantity right after a verb of seizing or finding', () => {
    expect(values('Trong đó, một số vụ điển hình như tạm giữ 8 tấn thịt đông lạnh không rõ nguồn gốc.', 'vi')).toEqual([
      '8 tonne?',
    ]);
    expect(values('Tịch thu 3.200 sản phẩm mỹ phẩm giả tại Bình Dương', 'vi')).toEqual(['3200 (sản phẩm)?']);
    expect(reasons('Tại Cao Bằng, cơ quan thú y phát hiện 48 con lợn dương tính.', 'vi')).toContain('incident-size');
  });
  it('doubts a figure after a single subject, or counting it (`tại 1 hộ`)', () => {
    expect(
      values('Dịch xảy ra tại 1 hộ ở xã Tân Hòa, hiện đã tiêu hủy 36 con bệnh.', 'vi').every((v) => v.endsWith('?')),
    ).toBe(true);
  });
  it('doubts the fine of one subject: passive, a sum with no scale word, or a single subject before it', () => {
    expect(values('Công ty TNHH Minh Phát đã bị xử phạt 45 triệu đồng vì kinh doanh phân bón giả.', 'vi')).toEqual([
      '45000000 VND?',
    ]);
    expect(
      values('Đội Quản lý thị trường số 11 phạt vi phạm hành chính 7.500.000 đồng đối với cơ sở này.', 'vi'),
    ).toEqual(['7500000 VND?']);
    expect(reasons('Một hộ kinh doanh ở Hưng Yên bị phạt 30 triệu đồng.', 'vi')).toContain('incident-size');
  });
  it('keeps the tallies of a report: cases, subjects, goods’ value, fines in tỷ, culls', () => {
    expect(values('Năm 2023, lực lượng quản lý thị trường đã phát hiện 1.413 vụ vi phạm.', 'vi')).toEqual([
      '1413 (vụ)',
    ]);
    expect(values('Năm 2023, lực lượng chức năng bắt giữ 2.310 đối tượng.', 'vi')).toEqual(['2310 (đối tượng)']);
    expect(values('Năm 2023, trị giá hàng hóa tịch thu 55 tỷ đồng.', 'vi')).toEqual(['55000000000 VND']);
    expect(values('Năm 2023, lực lượng quản lý thị trường xử phạt vi phạm hành chính 13,5 tỷ đồng.', 'vi')).toEqual([
      '13500000000 VND',
    ]);
    expect(values('Năm 2019, toàn tỉnh buộc phải tiêu hủy 3.860 con lợn.', 'vi')).toEqual(['3860 (con)']);
  });
});

describe('a plus glued right after the figure is `or more` (unread-bound)', () => {
  it('doubts `$5mn+`, `VND200bn+`', () => {
    expect(values('The unit signed 12 deals with a value of $5mn+ each in 2023.')).toContain('5000000 USD?');
    expect(reasons('Exports to the market reached VND200bn+ in May 2024.')).toContain('unread-bound');
  });
  it('keeps a figure with no plus, and a plus before the figure or between numbers', () => {
    expect(values('Exports to the market reached VND200bn in May 2024.')).toEqual(['200000000000 VND']);
    expect(values('Năm 2023, doanh thu của chuỗi đạt 1.200 tỷ đồng.', 'vi')).toEqual(['1200000000000 VND']);
  });
});

describe('a level inside a clause of cause, and the earlier level restated in a bracket', () => {
  it('doubts the figure after `being` in a clause opened by a word of cause', () => {
    expect(
      values('The higher revenue results from the average price of Brent crude in 2022 being $99.04 per barrel.'),
    ).toEqual(['99.04 ($ per barrel)?']);
    expect(reasons('Profit rose sharply, due to the average coffee price in 2024 being $4,100 per tonne.')).toContain(
      'cause-figure',
    );
  });
  it('keeps `being` with no cause word, and a cause clause told with its own verb', () => {
    expect(values('The usage rate increased, with the figure for 2022 being 4.85%.')).toEqual(['4.85 percent']);
    expect(values('Revenue rose in 2023, with exports being $3.1 billion.')).toEqual(['3100000000 USD']);
  });
  it('doubts a level in a bracket after a change, told for an earlier year', () => {
    expect(values('Coffee exports rose 12.5% (coffee exports in 2022 were $3.1 billion).')).toEqual([
      '3100000000 USD?',
    ]);
    expect(reasons('The average price rose 8 percent (the average price in 2021 was $61.2 per barrel).')).toContain(
      'earlier-level',
    );
  });
  it('keeps a bracket after a level or with no year (another shape: `(or $3.1 billion)` is a restatement)', () => {
    expect(values('Coffee exports were $3.5 billion (coffee exports in 2022 were $3.1 billion).')).toContain(
      '3500000000 USD',
    );
  });
});
