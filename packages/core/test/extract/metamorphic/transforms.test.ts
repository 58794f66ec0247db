import { describe, expect, it } from 'vitest';
import { TRANSFORMS } from './transforms';

const t = (name: string) => {
  const found = TRANSFORMS.find((x) => x.name === name);
  if (!found) throw new Error(`no transform ${name}`);
  return found.apply;
};

describe('metamorphic transforms: each rewrites its pattern only, keeping every figure', () => {
  it('names every transform once', () => {
    const names = TRANSFORMS.map((x) => x.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('percent: `%` ↔ `percent` ↔ `per cent`, never `percentage points`', () => {
    expect(t('percent:per cent')('Exports rose 5.2% and imports 3 percent.')).toBe(
      'Exports rose 5.2 per cent and imports 3 per cent.',
    );
    expect(t('percent:%')('up 7 per cent year-on-year')).toBe('up 7% year-on-year');
    expect(t('percent:percent')('a rise of 1.5 percentage points')).toBeNull();
    expect(t('percent:%')('up 7% year-on-year')).toBeNull();
  });

  it('yoy: the same-period base after a percentage, not the adjective before a noun', () => {
    expect(t('yoy:from a year earlier')('Sales rose 6.1 percent year-on-year, the GSO said.')).toBe(
      'Sales rose 6.1 percent from a year earlier, the GSO said.',
    );
    expect(t('yoy:on-year')('up 3% compared with the same period last year.')).toBe('up 3% on-year.');
    expect(t('yoy:year on year')('a year-on-year increase of 4 percent')).toBeNull();
  });

  it('mom and compared: the previous-period base, the preposition before a named base', () => {
    expect(t('mom:from the previous month')('down 2.5% month-on-month and 4% year-on-year')).toBe(
      'down 2.5% from the previous month and 4% year-on-year',
    );
    expect(t('compared:against')('up 9 percent compared with 2022.')).toBe('up 9 percent against 2022.');
    expect(t('compared:versus')('up 9 percent compared with the plan.')).toBeNull();
  });

  it('verbs: an intransitive change verb before a figure, tense kept; a transitive one is left', () => {
    expect(t('verb:climbed')('Exports rose by 4.2% while imports increased 3%.')).toBe(
      'Exports climbed by 4.2% while imports climbed 3%.',
    );
    expect(t('verb:dropped')('Output falls 2 percent to 1.1 million tonnes.')).toBe(
      'Output drops 2 percent to 1.1 million tonnes.',
    );
    expect(t('verb:grew')('The province increased its exports by 5%.')).toBeNull();
  });

  it('currencies: `US$1.2 billion` ↔ `1.2 billion USD` ↔ `USD1.2 billion` ↔ `$1.2 billion`; ranges left', () => {
    expect(t('usd:USD')('worth US$1.2 billion and $300 million')).toBe('worth 1.2 billion USD and 300 million USD');
    expect(t('usd:USD-prefix')('reached 45.6 billion USD')).toBe('reached USD45.6 billion');
    expect(t('usd:$')('a target of 55 - 56 billion USD')).toBeNull();
    expect(t('vnd:suffix')('reached VND5.8 quadrillion')).toBe('reached 5.8 quadrillion VND');
    expect(t('vnd:suffix')('loans reached VND5.5 million billion')).toBeNull();
    expect(t('vnd:VNĐ')('collected 194.1 trillion VND')).toBe('collected 194.1 trillion VNĐ');
  });

  it('bounds: a word of the same bound, never before a year', () => {
    expect(t('bound:around')('about 1,200 firms and approximately 5%')).toBe('around 1,200 firms and around 5%');
    expect(t('bound:more than')('Over 2,000 projects, up 5% over 2022')).toBe(
      'More than 2,000 projects, up 5% over 2022',
    );
    expect(t('bound:almost')('nearly 16,000 visitors')).toBe('almost 16,000 visitors');
  });

  it('first months: the year kept, `of the year` only where no year is written', () => {
    expect(t('first-months:range')('in the first seven months of 2023, exports')).toBe('in January-July 2023, exports');
    expect(t('first-months:first')('in the January-September period')).toBe('in the first nine months');
    expect(t('first-months:first-of-year')('in the first two months')).toBe('in the first two months of the year');
    expect(t('first-months:range')('in the first seven months of this year')).toBeNull();
  });

  it('up-form: `, up N%` ↔ `, an increase of N%` ↔ `, a N% increase`', () => {
    expect(t('up-form:of')('reached 5 billion USD, up 7.5 percent year-on-year')).toBe(
      'reached 5 billion USD, an increase of 7.5 percent year-on-year',
    );
    expect(t('up-form:adjective')('reached 5 billion USD, down 2%.')).toBe('reached 5 billion USD, a 2% decrease.');
    expect(t('up-form:up')('went up 2% to 5 billion')).toBeNull();
  });

  it('openers and attributions: a common first word is lowercased, a name is not', () => {
    expect(t('opener:Meanwhile')('Exports reached 5 billion USD.')).toBe('Meanwhile, exports reached 5 billion USD.');
    expect(t('opener:Meanwhile')('Hanoi welcomed 2 million visitors.')).toBeNull();
    expect(t('opener:Theo Cục Thống kê')('Tổng kim ngạch đạt 5 tỷ USD.')).toBe(
      'Theo Cục Thống kê tỉnh, tổng kim ngạch đạt 5 tỷ USD.',
    );
    expect(t('attribution:the GSO said')('CPI rose 3.2%.')).toBe('CPI rose 3.2%, the GSO said.');
    expect(t('attribution:the GSO said')('He said: "CPI rose 3.2%."')).toBeNull();
  });

  it('Vietnamese: same-period phrases, never a named year', () => {
    expect(t('sck:so cùng kỳ')('tăng 5,2% so với cùng kỳ năm trước')).toBe('tăng 5,2% so cùng kỳ');
    expect(t('sck:so với cùng kỳ năm ngoái')('tăng 5,2% so cùng kỳ')).toBe('tăng 5,2% so với cùng kỳ năm ngoái');
    expect(t('sck:so cùng kỳ')('tăng 5,2% so với cùng kỳ năm 2022')).toBeNull();
  });

  it('Vietnamese: units, months with their year, đạt mức, ước tính, tăng trưởng', () => {
    expect(t('dong:VNĐ')('đạt 1.234 tỷ đồng, đồng thời')).toBe('đạt 1.234 tỷ VNĐ, đồng thời');
    expect(t('vi-months:năm')('9 tháng đầu năm 2023')).toBe('9 tháng năm 2023');
    expect(t('vi-months:năm')('9 tháng đầu năm, tăng 3%')).toBeNull();
    expect(t('đạt:đạt mức')('đạt 5 tỷ USD, đạt 95% kế hoạch')).toBe('đạt mức 5 tỷ USD, đạt 95% kế hoạch');
    expect(t('ước đạt:ước tính đạt')('Ước đạt 3 tỷ')).toBe('Ước tính đạt 3 tỷ');
    expect(t('tăng:tăng trưởng')('tăng 5% và tăng mạnh')).toBe('tăng trưởng 5% và tăng mạnh');
    expect(t('usd:đô la Mỹ')('đạt 2,1 tỷ USD')).toBe('đạt 2,1 tỷ đô la Mỹ');
    expect(t('kế hoạch:KH')('đạt 95% kế hoạch năm')).toBe('đạt 95% KH năm');
  });

  it('Vietnamese spelling: NFD, tone placement, tỉ/kì — the same letters', () => {
    const nfd = t('unicode:NFD')('Kim ngạch xuất khẩu');
    expect(nfd).not.toBeNull();
    expect(nfd).not.toBe('Kim ngạch xuất khẩu');
    expect(nfd?.normalize('NFC')).toBe('Kim ngạch xuất khẩu');
    expect(t('unicode:tone-new')('hàng hóa, thủy sản, quý')).toBe('hàng hoá, thuỷ sản, quý');
    expect(t('unicode:tone-old')('hàng hoá, thuỷ sản')).toBe('hàng hóa, thủy sản');
    expect(t('spelling:tỉ/kì')('5 tỷ đồng so với cùng kỳ')).toBe('5 tỉ đồng so với cùng kì');
  });

  it('halves, quarters, `pct`: the same months in other words', () => {
    expect(t('first-half:H1')('in the first six months of 2023, exports')).toBe('in H1 2023, exports');
    expect(t('first-half:half')('in H1 2023')).toBe('in the first half of 2023');
    expect(t('first-half:six')('in the first half of this year')).toBeNull();
    expect(t('quarter:Q')('in the third quarter of 2024.')).toBe('in Q3 2024.');
    expect(t('quarter:words')('in Q1, up 3%')).toBe('in the first quarter, up 3%');
    expect(t('percent:pct')('up 3.5% and 2 per cent')).toBe('up 3.5 pct and 2 pct');
  });

  it('Vietnamese: nửa đầu năm, quý 1, completion verbs before a plan word only', () => {
    expect(t('vi-half:nửa đầu năm')('6 tháng đầu năm 2023 đạt')).toBe('nửa đầu năm 2023 đạt');
    expect(t('vi-half:nửa đầu năm')('16 tháng đầu năm')).toBeNull();
    expect(t('vi-quarter:quý 1')('Quý III/2025 và quý IV')).toBe('Quý 3/2025 và quý 4');
    expect(t('vi-completion:bằng')('đạt 95,2% kế hoạch, đạt 5 tỷ')).toBe('bằng 95,2% kế hoạch, đạt 5 tỷ');
    expect(t('vi-completion:hoàn thành')('đạt 95,2% so với cùng kỳ')).toBeNull();
  });

  it('by, dong, a reporting clause: never `made up` as a rise, never a sentence opening on a preposition', () => {
    expect(t('by:with')('rose 5% and was up 2 percent')).toBe('rose by 5% and was up by 2 percent');
    expect(t('by:with')('services made up 43.3 percent')).toBeNull();
    expect(t('by:without')('fell by 3.1 per cent')).toBe('fell 3.1 per cent');
    expect(t('vnd:dong')('VND5.8 trillion and 3 billion VNĐ')).toBe('5.8 trillion dong and 3 billion dong');
    expect(t('opener:The GSO said')('Exports rose 5%.')).toBe('The GSO said exports rose 5%.');
    expect(t('opener:The GSO said')('In 2023, exports rose 5%.')).toBeNull();
  });

  it('light verbs, participles, names, Vietnamese verbs and dates', () => {
    expect(t('light-verb:saw a N increase')('Exports rose 7.2% year-on-year.')).toBe(
      'Exports saw a 7.2% increase year-on-year.',
    );
    expect(t('light-verb:posted a rise of')('Imports fell by 3 percent.')).toBe('Imports posted a fall of 3 percent.');
    expect(t('light-verb:posted a rise of')('dropped by 15%, 14% and 16%, respectively')).toBeNull();
    expect(t('light-verb:posted a rise of')('increased by 9% to 10%')).toBeNull();
    expect(t('participle:representing')('reached 5 billion USD, up 7%.')).toBe(
      'reached 5 billion USD, representing an increase of 7%.',
    );
    expect(t('names:Việt Nam')('Vietnam’s exports and Hanoi’s')).toBe('Việt Nam’s exports and Hà Nội’s');
    expect(t('giảm:sụt giảm')('giảm 4,1% và sụt giảm 2%')).toBe('sụt giảm 4,1% và sụt giảm 2%');
    expect(t('sck:so với cùng thời điểm năm trước')('tăng 3% so cùng kỳ')).toBe(
      'tăng 3% so với cùng thời điểm năm trước',
    );
    expect(t('vi-month:-')('tháng 7/2023 và Tháng 12 năm 2022')).toBe('tháng 7-2023 và Tháng 12-2022');
  });

  it('thousands, plan compare words, restatements in brackets (never nested)', () => {
    expect(t('vi-thousand:ngàn')('43,2 nghìn tỷ đồng')).toBe('43,2 ngàn tỷ đồng');
    expect(t('vi-completion:so với kế hoạch')('đạt 95,2% kế hoạch năm')).toBe('đạt 95,2% so với kế hoạch năm');
    expect(t('tăng trưởng:tăng')('tăng trưởng 7,2% và tăng trưởng mạnh')).toBe('tăng 7,2% và tăng trưởng mạnh');
    expect(t('conversion:en')('reached VND57.6 trillion in July')).toBe(
      'reached VND57.6 trillion (about US$1.1 million) in July',
    );
    expect(t('conversion:en')('reached VND57.6 trillion (US$2.3 billion)')).toBeNull();
    expect(t('conversion:vi')('đạt 12.221 tỷ đồng, tăng 2%')).toBe(
      'đạt 12.221 tỷ đồng (tương đương khoảng 1,1 triệu USD), tăng 2%',
    );
    expect(t('conversion:vi')('dự toán (kế hoạch 88.600 tỷ đồng)')).toBeNull();
  });

  it('value verbs before an amount, never after an auxiliary or before a completion', () => {
    expect(t('value-verb:stood at')('Exports reached 5.2 billion USD.')).toBe('Exports stood at 5.2 billion USD.');
    expect(t('value-verb:hit')('Revenue has reached VND5 trillion.')).toBeNull();
    expect(t('vi-value-verb:là')('Kim ngạch đạt 5,2 tỷ USD, đạt 95% kế hoạch.')).toBe(
      'Kim ngạch là 5,2 tỷ USD, đạt 95% kế hoạch.',
    );
    expect(t('vi-value-verb:ở mức')('Doanh thu ước đạt 5 tỷ đồng.')).toBeNull();
  });

  it('typography: apostrophes and no-break spaces', () => {
    expect(t("apostrophe:'")('Vietnam’s exports')).toBe("Vietnam's exports");
    expect(t('nbsp:en')('5 percent')).toBe('5\u00a0percent');
  });
});
