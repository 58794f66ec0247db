import { describe, expect, it } from 'vitest';
import { doubtReasons as reasons, markedValues as values } from './readings';

/**
 * Round 28 (the silent wrong numbers of `test17`). Each shape is written as its class — paraphrases of
 * our own (other sectors, numbers, word orders, both languages where the shape exists) whose number must
 * no longer be shown as certain, and near sentences that must keep their reading. Never a corpus sentence.
 */

describe('a length of time that is a rule’s limit, a deadline or a notice, not a measured level', () => {
  it('doubts a count of hours, minutes, days or weeks whose name measures no time', () => {
    expect(values('Theo quy định mới, nếu tàu mất tín hiệu ngoài 8 giờ sẽ bị xử phạt.', 'vi')).toEqual(['8 hour?']);
    expect(values('Chủ hàng phải khai báo trước 4 giờ khi xe vào cửa khẩu.', 'vi')).toEqual(['4 hour?']);
    expect(values('Doanh nghiệp nộp báo cáo cho sở trong thời hạn 48 giờ sau khi xảy ra sự cố.', 'vi')).toEqual([
      '48 hour?',
    ]);
    expect(values('Hồ sơ được giải quyết trong thời gian không quá 3 ngày làm việc.', 'vi')).not.toContain('3 (ngày)');
    expect(values('Truck drivers must register 12 hours before crossing the border.')).toEqual(['12 hour?']);
    expect(reasons('Chủ hàng phải khai báo trước 4 giờ khi xe vào cửa khẩu.', 'vi')).toEqual(['time-like']);
  });
  it('keeps a length of time whose name measures time, even when an aside cuts the name', () => {
    expect(values('Thời gian thông quan trung bình giảm còn 2 giờ.', 'vi')).toEqual(['2 hour']);
    expect(values('Số giờ nắng trong tháng 6/2024 đạt 210 giờ.', 'vi')).toEqual(['210 hour']);
    expect(values('The average customs clearance time fell to 2 hours in 2023.')).toEqual(['2 hour']);
    expect(
      values(
        'Currently, the fastest transit time for freight trains from Lao Cai, a border city, to Hai Phong is only 9 hours.',
      ),
    ).toEqual(['9 hour']);
  });
});

describe('an hour of the clock before the day it is on', () => {
  it('doubts the hour of `17 giờ ngày 15-11`, `10 giờ hôm qua` (a time of day, no figure)', () => {
    expect(values('Tính đến 17 giờ ngày 20-10, mưa lũ đã làm 1.250 ngôi nhà bị ngập.', 'vi')).toContain('17 hour?');
    expect(reasons('Tính đến 17 giờ ngày 20-10, mưa lũ đã làm 1.250 ngôi nhà bị ngập.', 'vi')).toContain('time-of-day');
    expect(values('Đến 10 giờ hôm qua, nước sông đã rút.', 'vi')).not.toContain('10 hour');
  });
  it('keeps the figure after the clock time', () => {
    expect(values('Tính đến 17 giờ ngày 20-10, mưa lũ đã làm 1.250 ngôi nhà bị ngập.', 'vi')).toContain(
      '1250 (ngôi nhà)',
    );
  });
});
