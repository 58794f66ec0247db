import { describe, expect, it } from 'vitest';
import {
  markedChanges as changes,
  markedPeriods as periods,
  doubtReasons as reasons,
  markedValues as values,
} from './readings';

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
    expect(reasons('Chủ hàng phải khai báo trước 4 giờ khi xe vào cửa khẩu.', 'vi')).toEqual(['duration-limit']);
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

describe('a figure between an article and the thing it describes, past a unit, a compound modifier or a name', () => {
  it('doubts the size of a named or modified facility', () => {
    expect(values('The firm started building a 2.4 GW coal-fired power plant in Nghe An.')).toEqual(['2.4 (GW)?']);
    expect(values('Output began at the 450 MW Trung Nam Solar Farm last month.')).toEqual(['450 (MW)?']);
    expect(values('PV Gas runs the 3 Mt/year Cai Mep terminal.')).toEqual(['3000000 (Mt/year)?']);
    expect(reasons('The firm started building a 2.4 GW coal-fired power plant in Nghe An.')).toEqual(['attributive']);
  });
  it('keeps a measure after the figure and a level that is the subject’s own', () => {
    expect(values('The country had a $2 billion trade surplus in 2023.')).toEqual(['2000000000 USD']);
    expect(values('Installed wind capacity reached 4,500 MW in 2023.')).toEqual(['4500 (MW)']);
    // (`the` before an unnamed thing: the work done)
    expect(values('The project to widen the 85 km road was completed in 2023.')).toEqual(['85 km']);
  });
});

describe('a joiner, a dated period and a comma between two figures open the clause after them', () => {
  it('doubts the period the first figure took after it and the lead period lent to the second', () => {
    expect(periods('In 2019, the coffee area reached 690,000 ha and by 2024, it reached 710,000 ha.')).toEqual([
      '2024?',
      '2019?',
    ]);
    expect(periods('In 2020, rubber exports reached $2.4 billion and in 2023, they reached $3.1 billion.')).toEqual([
      '2023?',
      '2020?',
    ]);
    expect(
      periods('Năm 2019, diện tích cà phê đạt 690.000 ha và đến năm 2024, diện tích cà phê đạt 710.000 ha.', 'vi'),
    ).toEqual(['2024?', '2019?']);
    expect(reasons('In 2019, the coffee area reached 690,000 ha and by 2024, it reached 710,000 ha.')).toEqual([
      'period-of-other',
      'period-of-other',
    ]);
  });
  it('keeps each period after its own figure, and one lead period for two joined clauses', () => {
    expect(periods('Rubber exports reached $2.4 billion in 2020 and $3.1 billion in 2023.')).toEqual(['2020', '2023']);
    expect(periods('In 2023, rubber exports reached $3.1 billion and cashew exports reached $3.6 billion.')).toEqual([
      '2023',
      '2023',
    ]);
    expect(periods('In 2023, exports reached $3 billion, up 5% from 2022, and imports reached $2 billion.')).toEqual([
      '2023',
      '2023',
    ]);
  });
});

describe('a bound the reader did not take in: an extent’s farthest point, a bound before a count verb', () => {
  it('doubts the exact value', () => {
    expect(values('Tại Bến Tre, nước mặn đã vào sâu tới 70 km.', 'vi')).toEqual(['70 km?']);
    expect(values('Sau trận lũ, ít nhất có 85 ngôi nhà bị cuốn trôi.', 'vi')).toEqual(['85 (ngôi nhà)?']);
    expect(values('In 2020, salinity reached as far as 70 km inland.')).toEqual(['70 km?']);
    expect(reasons('Sau trận lũ, ít nhất có 85 ngôi nhà bị cuốn trôi.', 'vi')).toEqual(['unread-bound']);
  });
  it('keeps a count with no bound, and a bound read before the figure', () => {
    expect(values('Sau trận lũ, toàn tỉnh có 85 ngôi nhà bị cuốn trôi.', 'vi')).toEqual(['85 (ngôi nhà)']);
    expect(values('Sau trận lũ, có hơn 85 ngôi nhà bị cuốn trôi.', 'vi')).toEqual(['85 (ngôi nhà)']);
  });
});

describe('a change of another count than the statement’s value', () => {
  it('doubts a rate in brackets after an amount of another noun; a rate followed by `số` and a counted noun goes to that count', () => {
    expect(
      changes(
        'Toàn tỉnh xảy ra 80 vụ tai nạn, làm chết 30 người, bị thương 41 người, giảm 9 vụ (10,1%) so với cùng kỳ.',
        'vi',
      ),
    ).toEqual(['rate -10.1 same-period-last-year?']);
    // the count `số vụ` names is in the sentence (`2.300 vụ cháy`): the change is that count's, certain
    // (the counted-noun step of a96bce8; doubted `other-measure` when no count or two counts have the noun)
    expect(changes('Cả nước xảy ra 2.300 vụ cháy, làm 120 người chết, tăng 7% số vụ so với cùng kỳ.', 'vi')).toEqual([
      'rate 7 same-period-last-year',
    ]);
    expect(
      reasons('Cả nước xảy ra 2.300 vụ cháy, làm 120 người chết, tăng 7% số vụ so với cùng kỳ.', 'vi'),
    ).not.toContain('other-measure');
  });
  it('keeps an amount of the statement’s own noun, a multiple and a bare rate', () => {
    expect(
      changes('Toàn tỉnh có 1.200 doanh nghiệp thành lập mới, tăng 150 doanh nghiệp (14,3%) so với cùng kỳ.', 'vi'),
    ).toEqual(['rate 14.3 same-period-last-year']);
    expect(changes('Tỉnh đón 5,5 triệu lượt khách, gấp 2,2 lần cùng kỳ.', 'vi')).toEqual([
      'times 2.2 same-period-last-year',
    ]);
    expect(changes('Cả nước xảy ra 2.300 vụ cháy, tăng 7% so với cùng kỳ.', 'vi')).toEqual([
      'rate 7 same-period-last-year',
    ]);
  });
});

describe('a figure before a comparative and `than`, and the change of a share', () => {
  it('doubts the difference and the share’s change', () => {
    expect(values('Coffee exports reached 1.6 million tonnes in 2023, 200,000 tonnes less than in 2022.')).toEqual([
      '1600000 tonne',
      '200000 tonne?',
    ]);
    expect(reasons('Coffee exports reached 1.6 million tonnes in 2023, 200,000 tonnes less than in 2022.')).toContain(
      'difference',
    );
    expect(changes('The carmaker sold 12,400 vehicles, lifting its market share by 1.8 percentage points.')).toEqual([
      'points 1.8 -?',
    ]);
  });
  it('keeps a bound before the figure and the change of an amount', () => {
    expect(values('Coffee exports reached more than 1.6 million tonnes in 2023.')).toEqual(['1600000 tonne']);
    expect(changes('Coffee export revenue reached $4.2 billion in 2023, up 2.5 percentage points.')).toEqual([
      'points 2.5 -',
    ]);
  });
});

describe('a same-period base in the sentence before does not doubt the next sentence’s year', () => {
  it('reads the year of a sentence that follows `so với cùng kỳ.` as certain', () => {
    expect(
      periods('Số vụ cháy tăng 7% so với cùng kỳ. Tỷ lệ hộ nghèo năm 2024 giảm 3,4% so với năm 2023.', 'vi'),
    ).toContain('2024');
    expect(
      periods('Doanh thu tăng 7% so với cùng kỳ. Năm 2024, tỷ lệ hộ nghèo giảm 3,4% so với năm 2023.', 'vi'),
    ).toContain('2024');
    expect(periods('Exports rose 5% from the same period. In 2024, the poverty rate fell 1.2 points.')).toContain(
      '2024',
    );
    // a comma or a bracket between the base and the year leaves the year open (it may be the base's)
    expect(periods('Doanh thu đạt 96,4 tỷ đồng, tăng 2,3% so với cùng kỳ, năm 2023.', 'vi')).toEqual(['2023?']);
    expect(periods('Doanh thu đạt 96,4 tỷ đồng, tăng 2,3% so với cùng kỳ (năm 2023).', 'vi')).toEqual(['2023?']);
  });
});
