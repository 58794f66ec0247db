import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract';
import type { Statement } from '../../src/extract/types';

/**
 * Round 22 (the hunt): sentences of our own in the style of commodity-export, manufacturing,
 * capital-market, insurance and public-finance press, whose numbers a reader took as certain and
 * read wrong. Each shape: paraphrases (other sectors, numbers, word order) that must now be
 * doubted, and near sentences that must keep their certain reading.
 */

function read(text: string): readonly Statement[] {
  return extractReport(text, { locale: 'en' }).statements;
}
const mark = (f: { confidence?: string | undefined } | undefined): string =>
  f?.confidence === 'uncertain' ? '?' : '!';
/** `value@!` (certain) or `value@?` (uncertain) of every statement with a value. */
function values(text: string): string[] {
  return read(text).flatMap((s) => (s.value ? [`${s.value.value.base}@${mark(s.value)}`] : []));
}
/** `form amount@mark` of every change of every statement. */
function changes(text: string): string[] {
  return read(text).flatMap((s) => s.changes.map((c) => `${c.value.form} ${c.value.amount.value}@${mark(c)}`));
}

describe('a figure right after an earlier period’s possessive is that period’s level', () => {
  it('doubts the level after `2024’s`, `last year’s`, `August’s` (a base, not the statement’s figure)', () => {
    expect(
      values(
        "Vietnam aims to earn $62 billion from farm, forestry and fishery exports in 2025, up 0.5% from 2024's $61.8 billion.",
      ),
    ).toEqual(['62000000000@!', '61800000000@?']);
    expect(values("Textile exports are projected at $47 billion in 2025, up 6% from last year's $44 billion.")).toEqual(
      ['47000000000@!', '44000000000@?'],
    );
    expect(
      values('Shrimp exports in the first quarter earned $680 million, down 10% from last year’s $756 million.'),
    ).toEqual(['680000000@!', '756000000@?']);
    expect(values("Car sales fell 8% in September to 25,000 units, compared with August's 27,200 units.")).toEqual([
      '25000@!',
      '27200@?',
    ]);
  });
  it('keeps a possessive that is no earlier period, or the statement’s own time', () => {
    // (a country's possessive before the figure: the figure is the statement's own)
    expect(values("Vietnam's $5.7 billion rice exports set a record in 2024.")).toEqual(['5700000000@!']);
    // (`this year's`: the statement's own time)
    expect(values("The sector hopes to reach this year's $40 billion target.")).toEqual(['40000000000@!']);
    // (no possessive: the level compared with stays as the comparison doubt leaves it, the figure certain)
    expect(values('Coffee exports fetched $4.3 billion in the first nine months.')).toEqual(['4300000000@!']);
  });
});

describe('a percentage after `, or` that restates a share verb’s figure is a share, not a change', () => {
  it('doubts the change read in `made up 2.5 million tonnes, or 24%`', () => {
    for (const text of [
      "Vietnam's steel exports hit 10.5 million tonnes, of which exports to the EU made up 2.5 million tonnes, or 24%.",
      'Cement sales reached 60 million tonnes, of which exports made up 18 million tonnes, or 30 percent.',
      'Premium revenue totalled VND 200 trillion, of which life policies made up VND 120 trillion, or 60%.',
    ]) {
      expect(changes(text).filter((c) => c.endsWith('@!'))).toEqual([]);
    }
  });
  it('keeps a change restated after `, or` when no share verb introduces the figure', () => {
    expect(changes('Exports rose $2 billion, or 12%, to $18 billion.')).toEqual(['rate 12@!']);
    expect(changes('Cement sales fell by 3 million tonnes, or 5%, to 60 million tonnes.')).toEqual(['rate -5@!']);
  });
});

describe('a yearly rate of a goal or forecast is an average over the years, not a change on last year', () => {
  it('doubts `grow 20% annually` in a forecast and `8 percent every year` in a goal', () => {
    for (const text of [
      'E-commerce is expected to grow 20% annually to reach $35 billion by 2025.',
      'The sector aims to raise wood exports by 8 percent every year to $25 billion in 2030.',
      'Insurance revenue is forecast to rise 12% each year through 2030.',
    ]) {
      expect(changes(text).filter((c) => c.endsWith('@!'))).toEqual([]);
    }
  });
  it('keeps `annually` as year-on-year for a reported figure, and a forecast’s year-on-year change', () => {
    expect(changes('Pepper exports were up 18.7% annually in the first half.')).toEqual(['rate 18.7@!']);
    expect(changes('Coffee exports are expected to rise 10% year-on-year in 2025.')).toEqual(['rate 10@!']);
  });
});

describe('a clause opened by `, when` tells another time’s figure (most often the base’s)', () => {
  it('doubts the figure of `…, when exports fetched $3.2 billion` and its Vietnamese `…, khi …`', () => {
    expect(
      values(
        'Vietnam earned $3.9 billion from rice exports in the first nine months of 2024, up 22% from the same period of 2023, when exports fetched $3.2 billion.',
      ),
    ).toEqual(['3900000000@!', '3200000000@?']);
    expect(
      values('Tourism revenue hit VND 840 trillion in 2024, surpassing 2019, when the sector earned VND 755 trillion.'),
    ).toEqual(['840000000000000@!', '755000000000000@?']);
    expect(
      values(
        'Cement output fell to 60 million tonnes, the lowest since 2016, when the industry produced 58 million tonnes.',
      ),
    ).toEqual(['60000000@!', '58000000@?']);
    const vi = extractReport(
      'Xuất khẩu thủy sản năm 2024 đạt 10 tỷ USD, vượt năm 2022, khi ngành đạt kỷ lục 11 tỷ USD.',
      {
        locale: 'vi',
      },
    ).statements.flatMap((s) => (s.value ? [`${s.value.value.base}@${mark(s.value)}`] : []));
    expect(vi).toEqual(['10000000000@!', '11000000000@?']);
  });
  it('keeps a sentence opened by `When …`, `trong khi` and `while` clauses', () => {
    expect(values('When exports reached $5 billion, the ministry raised its forecast to $6 billion.')[0]).toBe(
      '5000000000@!',
    );
    expect(values('Coffee exports rose 20% to $5 billion, while rice exports fell 5% to $4 billion.')).toEqual([
      '5000000000@!',
      '4000000000@!',
    ]);
    const vi = extractReport('Xuất khẩu gạo đạt 4 tỷ USD, trong khi xuất khẩu cà phê đạt 5 tỷ USD.', {
      locale: 'vi',
    }).statements.flatMap((s) => (s.value ? [`${s.value.value.base}@${mark(s.value)}`] : []));
    expect(vi).toEqual(['4000000000@!', '5000000000@!']);
  });
});

describe('a figure named as another period’s figure (`the 2023 figure of`, `last year’s record of`) is that period’s', () => {
  it('doubts the figure after `the YEAR figure of`, `last year’s record of`, `the previous year’s total of`', () => {
    expect(
      values('The number of new accounts in 2024 was 1.8 million, nearly half the 2023 figure of 3.4 million.'),
    ).toEqual(['1800000@!', '3400000@?']);
    expect(values("Seafood exports hit $10 billion in 2024, just below last year's record of $11 billion.")).toEqual([
      '10000000000@!',
      '11000000000@?',
    ]);
    expect(
      values('Premium revenue fell to VND 227 trillion in 2023, down from the 2022 level of VND 236 trillion.'),
    ).toEqual(['227000000000000@!', '236000000000000@?']);
    expect(
      values(
        "Cement exports reached 30 million tonnes in the first ten months, exceeding the previous year's total of 28 million tonnes.",
      ),
    ).toEqual(['30000000@!', '28000000@?']);
  });
  it('keeps `a record high of` and a total of the statement’s own span', () => {
    expect(values('Steel output reached a record high of 20 million tonnes in 2024.')).toEqual(['20000000@!']);
    expect(
      values(
        'Disbursement hit VND 500 trillion in 2024, bringing the total of the 2021-2025 period to VND 2 quadrillion.',
      ),
    ).toEqual(['500000000000000@!', '2000000000000000@!']);
  });
});

describe('figures paired by order with a list of years (`in 2024 and 2023, respectively`)', () => {
  it('doubts each figure, whose year the statement’s one period cannot tell', () => {
    expect(values('Rice export prices averaged $627 and $585 per tonne in 2024 and 2023, respectively.')).toEqual([
      '627@?',
      '585@?',
    ]);
    expect(
      values('Coffee exports were 1.3 million tonnes and 1.6 million tonnes in 2024 and 2023 respectively.'),
    ).toEqual(['1300000@?', '1600000@?']);
    const vi = extractReport(
      'Giá gạo xuất khẩu bình quân lần lượt đạt 627 USD/tấn và 585 USD/tấn trong năm 2024 và 2023.',
      { locale: 'vi' },
    ).statements.flatMap((s) => (s.value ? [`${s.value.value.base}@${mark(s.value)}`] : []));
    expect(vi).toEqual(['627@?', '585@?']);
  });
  it('keeps a list the respectively reader paired with its years, and a list of names (no years)', () => {
    const paired = read("Vietnam's pepper exports rose 20% and 5% in 2023 and 2022, respectively.").map(
      (s) => `${s.changes[0]?.value.amount.value}@${mark(s.changes[0])} ${s.period?.value}`,
    );
    expect(paired).toEqual(['20@! 2023', '5@! 2022']);
    expect(changes('Shrimp and pangasius exports rose 12% and 8%, respectively, in 2024 compared with 2023.')).toEqual([
      'rate 12@!',
      'rate 8@!',
    ]);
  });
});

describe('an earlier event’s figure opened by `after`/`sau khi` and dated by its own year', () => {
  it('doubts the figure when its year is not the statement’s period', () => {
    expect(changes("Vietnam's steel consumption is projected to grow 6-7% in 2025 after a 10% rise in 2024.")).toEqual([
      'rate 10@?',
    ]);
    expect(changes('Textile exports are forecast to rise 5-6% in 2025 following a 11% increase in 2024.')).toEqual([
      'rate 11@?',
    ]);
    const vi = extractReport('Tiêu thụ thép năm 2025 dự kiến tăng 6-7% sau khi tăng 10% trong năm 2024.', {
      locale: 'vi',
    }).statements.flatMap((s) => s.changes.map((c) => `${c.value.amount.value}@${mark(c)}`));
    expect(vi).toEqual(['10@?']);
  });
  it('keeps the figure when its own year is the statement’s period', () => {
    expect(
      changes('Revenue from life insurance fell by 12% to VND 130 trillion in 2024, after a 20% drop in 2023.'),
    ).toEqual(['rate -12@!', 'rate -20@!']);
    const vi = extractReport('Năm 2024, xuất khẩu gạo tăng 12% sau khi tăng 10% trong năm 2024.', {
      locale: 'vi',
    }).statements.flatMap((s) => s.changes.map((c) => `${c.value.amount.value}@${mark(c)}`));
    expect(vi).toEqual(['12@!', '10@!']);
  });
});
