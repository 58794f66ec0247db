import { describe, expect, it } from 'vitest';
import { figured, mark, markedChangeText, valueText } from './readings';

/**
 * Round 25, EVENT, CASUALTY AND DAMAGE COUNTS: the number counts the noun after it and the verb
 * says it happened or was handled (`xảy ra 154 vụ cháy`, `thụ lý gần 1.800 vụ việc`, `4 cơn bão;
 * 206 trận mưa lớn`, `1.940 ngôi nhà bị sập đổ`; `957 fires occurred …, killing 30 people and
 * injuring 57 others`). Paraphrases of our own from other report genres (police, courts, fire
 * services, disaster boards, hospitals, enforcement, sport) with their near-misses; never a corpus
 * sentence.
 */

/** Each statement with a figure as `value unit [changes] k=kind p=period` (`?` marks a doubt). */
const readings = (text: string, locale: 'vi' | 'en' = 'vi'): string[] =>
  figured(text, locale).map((s) => {
    const v = s.value?.value;
    const value = `${valueText(s)}${v?.approximate ? ` ~${v.approximate}` : ''}${mark(s.value)}`;
    const ch = s.changes.map(markedChangeText);
    const c = s.completion ? ` c=${s.completion.value.percent.value}${mark(s.completion)}` : '';
    const p = s.period ? ` p=${s.period.value}${mark(s.period)}` : '';
    return `${value} [${ch.join(', ')}]${c} k=${s.kind.value}${p}`;
  });

describe('a verb of occurrence or casework before a count: `xảy ra 154 vụ cháy`, `thụ lý 1.800 vụ việc`', () => {
  it('reads the count of events or cases, with the period and the casualties after it', () => {
    // a province's police: accidents and their casualties
    expect(
      readings('Quý I/2024, toàn tỉnh xảy ra 37 vụ tai nạn giao thông, làm chết 21 người, bị thương 18 người.'),
    ).toEqual(['37 (vụ) [] k=actual p=2024-Q1', '21 person [] k=actual p=2024-Q1', '18 person [] k=actual p=2024-Q1']);
    // the fire police's monthly figure: an approximation and a leading zero
    expect(readings('Tháng 02/2024, toàn quốc xảy ra gần 200 vụ cháy, làm chết 05 người.')).toEqual([
      '200 (vụ) ~under [] k=actual p=2024-02',
      '5 person [] k=actual p=2024-02',
    ]);
    // courts: accepted and settled cases
    expect(readings('Năm 2023, Tòa án nhân dân tỉnh thụ lý 2.315 vụ án, đã giải quyết 2.104 vụ án.')).toEqual([
      '2315 (vụ án) [] k=actual p=2023',
      '2104 (vụ án) [] k=actual p=2023',
    ]);
    expect(readings('Năm 2022, Tòa án hai cấp đã xét xử 412 vụ án hình sự.')).toEqual([
      '412 (vụ án) [] k=actual p=2022',
    ]);
    // an environment police report: `phát sinh`
    expect(readings('Năm 2023, trên địa bàn huyện phát sinh 58 vụ việc vi phạm về môi trường.')).toEqual([
      '58 (vụ việc) [] k=actual p=2023',
    ]);
  });

  it('reads counts of casework whose noun is no counter word (enforcement, drills, hospitals, works)', () => {
    // civil judgment enforcement: the count, doubted (its name swallowed the counted noun)
    expect(readings('Năm 2023, Chi cục Thi hành án dân sự huyện đã thi hành xong 1.045 việc.')).toEqual([
      '1045? [] k=actual p=2023',
    ]);
    expect(readings('Năm 2024, lực lượng PCCC đã thực tập 124 phương án chữa cháy tại các khu dân cư.')).toEqual([
      '124? [] k=actual p=2024',
    ]);
    expect(readings('Năm 2023, Trung tâm y tế huyện đã điều trị nội trú cho 3.120 bệnh nhân.')).toEqual([
      '3120? [] k=actual p=2023',
    ]);
    expect(readings('Năm 2023, huyện thi công 15 công trình giao thông nông thôn.')).toEqual([
      '15? [] k=actual p=2023',
    ]);
  });

  it('reads no count where the verb of occurrence has a date, a place or an ordinal after it (near-misses)', () => {
    expect(readings('Vụ cháy xảy ra ngày 12/10 tại xã An Bình.')).toEqual([]);
    expect(readings('Các vụ việc xảy ra năm 2022 đã được giải quyết dứt điểm.')).toEqual([]);
    expect(readings('Vụ án thứ 3 được xét xử trong tháng 5/2024.')).toEqual([]);
    expect(readings('Bão số 3 đổ bộ vào tỉnh ngày 7/9.')).toEqual([]);
    // a count of places after the verb and a preposition stays doubted (a group of subjects)
    expect(readings('Sự cố xảy ra tại 12 tỉnh miền núi.')).toEqual(['12 (tỉnh)? [] k=actual']);
  });
});

describe('counter words of events and damaged houses in a list: `4 cơn bão; 206 trận mưa lớn`, `630 nhà sập`', () => {
  it('reads every item of a list of events under one verb of occurrence', () => {
    expect(readings('Năm 2023, trên địa bàn tỉnh đã xảy ra 3 cơn bão, 12 trận lũ quét và 2 đợt rét hại.')).toEqual([
      '3 (cơn) [] k=actual p=2023',
      '12 (trận) [] k=actual p=2023',
      '2 (đợt) [] k=actual p=2023',
    ]);
    // a court's breakdown after `gồm`
    expect(readings('Năm 2024, Tòa án đã giải quyết 640 vụ, gồm 512 vụ sơ thẩm và 128 vụ phúc thẩm.')).toEqual([
      '640 (vụ) [] k=actual p=2024',
      '512 (vụ) [] k=actual p=2024',
      '128 (vụ) [] k=actual p=2024',
    ]);
    // a fire report's causes: a name, then the count
    expect(readings('Năm 2023, cháy do sự cố điện 45 vụ, cháy do sơ suất 27 vụ.')).toEqual([
      '45 (vụ) [] k=actual p=2023',
      '27 (vụ) [] k=actual p=2023',
    ]);
  });

  it('reads the casualties and the houses of a disaster damage list', () => {
    expect(
      readings(
        'Năm 2022, thiên tai làm 12 người chết, 35 người bị thương; 1.203 ngôi nhà bị hư hỏng; 47 nhà bị sập đổ.',
      ),
    ).toEqual([
      '12 person [] k=actual p=2022',
      '35 person [] k=actual p=2022',
      '1203 (ngôi nhà) [] k=actual p=2022',
      '47 (nhà bị sập đổ) [] k=actual p=2022',
    ]);
    expect(readings('Năm 2021, mưa lũ làm 310 căn nhà bị ngập, 25 nhà tốc mái.')).toEqual([
      '310 (căn nhà) [] k=actual p=2021',
      '25 (nhà tốc mái) [] k=actual p=2021',
    ]);
  });

  it('reads no count of a season, a house word in a longer noun or a numbered storm (near-misses)', () => {
    expect(readings('Vụ Đông Xuân 2023-2024, toàn huyện gieo cấy 5.200 ha lúa.')).toEqual([
      '5200 ha [] k=actual p=2023/2024',
    ]);
    expect(readings('Cơn bão số 9 gây mưa lớn trên diện rộng.')).toEqual([]);
    expect(readings('Nhà văn hóa thôn 3 được xây dựng năm 2020.')).toEqual([]);
  });
});

describe('the people a police, court or health report counts: `45 vụ, 67 đối tượng`, `2 ca tử vong`', () => {
  it('reads each count of a list after one verb of casework, and a count after `ghi nhận`', () => {
    expect(readings('Năm 2023, Công an tỉnh đã phát hiện, bắt giữ 45 vụ, 67 đối tượng phạm tội về ma túy.')).toEqual([
      '45 (vụ) [] k=actual p=2023',
      '67 (đối tượng) [] k=actual p=2023',
    ]);
    expect(readings('Năm 2023, Cơ quan điều tra khởi tố 12 vụ, 25 bị can.')).toEqual([
      '12 (vụ) [] k=actual p=2023',
      '25 (bị can) [] k=actual p=2023',
    ]);
    expect(readings('Năm 2023, toàn tỉnh ghi nhận 1.230 ca mắc sốt xuất huyết, 2 ca tử vong.')).toEqual([
      '1230 (ca mắc) [] k=actual p=2023',
      '2 (ca tử vong) [] k=actual p=2023',
    ]);
  });

  it('reads no count of a group named without a number, nor a change or an amount after `ghi nhận` (near-misses)', () => {
    expect(readings('Đối tượng được hỗ trợ là hộ nghèo.')).toEqual([]);
    expect(readings('Năm 2023, doanh nghiệp ghi nhận lợi nhuận 1.200 tỷ đồng.')).toEqual([
      '1200000000000 VND [] k=actual p=2023',
    ]);
    expect(readings('Năm 2023, tỉnh ghi nhận mức tăng trưởng 8,5%.')).toEqual(['- [rate 8.5 -] k=actual p=2023']);
  });
});

describe('a running total over a month of a year: `Tính chung 10/2020`, `Lũy kế 6/2024`', () => {
  it('dates the figures after it from January to that month', () => {
    expect(readings('Tính chung 10/2020, thiên tai làm 249 người chết và mất tích.')).toEqual([
      '249 person [] k=actual p=2020-YTD-10',
    ]);
    expect(readings('Lũy kế 6/2024, toàn tỉnh đã xảy ra 37 vụ tai nạn giao thông.')).toEqual([
      '37 (vụ) [] k=actual p=2024-YTD-06',
    ]);
    expect(readings('Tính chung 12/2023, ngành thuế thu 1.200 tỷ đồng.')).toEqual([
      '1200000000000 VND [] k=actual p=2023',
    ]);
  });

  it('keeps a month alone, a day and a cut-off date as they were (near-misses)', () => {
    expect(readings('Tháng 10/2020, thiên tai làm 12 người chết.')).toEqual(['12 person [] k=actual p=2020-10']);
    expect(readings('Lũy kế đến 30/6/2024, tỉnh thu 1.200 tỷ đồng.')).toEqual([
      '1200000000000 VND [] k=actual p=2024-YTD-06',
    ]);
    expect(readings('Tính chung 10/12/2020, thiên tai làm 12 người chết.')).toEqual(['12 person [] k=actual']);
  });
});

describe('English casualties after the event that caused them: `…, killing 30 people and injuring 57 others`', () => {
  it('reads each count of victims after its own verb, also after only a joiner', () => {
    expect(
      readings(
        'A total of 412 traffic accidents occurred in the province in the first quarter of 2024, killing 198 people and injuring 230 others.',
        'en',
      ),
    ).toEqual(['412? [] k=actual p=2024-Q1', '198 person [] k=actual p=2024-Q1', '230? [] k=actual p=2024-Q1']);
    expect(
      readings('Floods in the central region claimed 102 lives and injured 64 people in October 2020.', 'en'),
    ).toEqual(['102? [] k=actual p=2020-10', '64 person [] k=actual p=2020-10']);
    expect(readings('The blaze broke out on Monday, killing 3 firefighters and injuring 11.', 'en')).toEqual([
      '3? [] k=actual',
      '11? [] k=actual',
    ]);
    // the same shape in other genres: a verb of handling of its own after the joiner
    expect(readings('In 2023, the court accepted 1,800 cases and settled 1,400 cases.', 'en')).toEqual([
      '1800? [] k=actual p=2023',
      '1400? [] k=actual p=2023',
    ]);
  });

  it('keeps one verb’s second object after a joiner the statement’s (near-misses)', () => {
    // a count whose verb is the first figure's own is no new event
    expect(readings('Fires killed 30 people.', 'en')).toEqual(['30 person [] k=actual']);
    expect(readings('The killing of two elephants in 2019 shocked the public.', 'en')).toEqual([]);
  });
});

describe('English counts of events before a verb of occurrence: `20,280 traffic accidents happened`', () => {
  it('reads the count of the events, doubted as a count', () => {
    expect(readings('In 2023, 11,200 road accidents happened nationwide, claiming 6,400 lives.', 'en')).toEqual([
      '11200? [] k=actual p=2023',
      '6400? [] k=actual p=2023',
    ]);
    expect(readings('In 2023, some 140 forest fires broke out in the Central Highlands.', 'en')).toEqual([
      '140 ~about? [] k=actual p=2023',
    ]);
    expect(readings('In 2022, 35 earthquakes struck the province.', 'en')).toEqual(['35? [] k=actual p=2022']);
  });

  it('reads no count of places, dates, ordinals or spelled numbers (near-misses)', () => {
    expect(readings('The accident happened in 12 provinces.', 'en')).toEqual([]);
    expect(readings('The fire occurred on 12 October.', 'en')).toEqual([]);
    expect(readings('The 3rd typhoon of the year struck Quang Ninh.', 'en')).toEqual([]);
    expect(readings('Three projects were approved in 2023.', 'en')).toEqual([]);
  });
});

describe('English casualty, damage and medal tallies: `357 dead or missing and 876 injured`, `98 gold, 85 silver`', () => {
  it('reads each count of the tally, and a second count of another noun after only a joiner', () => {
    expect(readings('102 dead, 24 missing and 310 injured.', 'en')).toEqual([
      '102 (dead) [] k=actual',
      '24 (missing) [] k=actual',
      '310 (injured) [] k=actual',
    ]);
    expect(readings('In 2022, 58,200 houses submerged, 1,120 houses collapsed.', 'en')).toEqual([
      '58200 (houses) [] k=actual p=2022',
      '1120 (houses) [] k=actual p=2022',
    ]);
    expect(readings('In 2023, Thailand won 108 gold, 96 silver and 108 bronze medals.', 'en')).toEqual([
      '108 (gold) [] k=actual p=2023',
      '96 (silver) [] k=actual p=2023',
      '108 (bronze medals) [] k=actual p=2023',
    ]);
  });

  it('leaves prices of gold and a metal’s tonnes as they were (near-misses)', () => {
    expect(readings('In 2023, the country exported 1,200 tonnes of silver.', 'en')).toEqual([
      '1200 tonne [] k=actual p=2023',
    ]);
    expect(readings('Gold prices rose 2% to 2,400 USD an ounce in May 2024.', 'en')).toEqual([
      // (round 40: the price per ounce, on purpose — it had been bare dollars)
      '2400 (USD an ounce) [rate 2 -] k=actual p=2024-05',
    ]);
    // two measures with codes after a joiner stay as they were read (one statement, a second value unread)
    expect(readings('In 2023, the plant produced 300 MW and 200 MW.', 'en')).toHaveLength(1);
  });
});
