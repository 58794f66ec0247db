import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract';
import {
  markedChanges as changes,
  markedPeriods as periods,
  doubtReasons as reasons,
  markedValues as values,
} from './readings';

/**
 * Round 31 (the silent wrong numbers of `test20`, `test18` and `test17`). Each shape is written as its
 * class — paraphrases of our own (other goods, numbers, word orders) — beside near sentences that must
 * keep their reading. Never a corpus sentence.
 */

describe('a cut-off at a whole month after `as of` (month-end)', () => {
  it('doubts the month: a stock’s month or a flow’s year to it', () => {
    expect(periods('As of March 2018, the export value of shrimp reached US$75 million.')).toEqual(['2018-03?']);
    expect(reasons('As at October 2017, the country had 3.3 million tonnes of cement inventory.')).toContain(
      'month-end',
    );
  });
  it('keeps `in March 2018` and the month read after another lead', () => {
    expect(periods('In March 2018, the export value of shrimp reached US$75 million.')).toEqual(['2018-03']);
    expect(periods('The export value of shrimp reached US$75 million in March 2018.')).toEqual(['2018-03']);
  });
});

describe('a change and a value across a joiner that opens a clause of its own subject (other-clause)', () => {
  it('doubts both figures: `decreased by 5% and gross profit increased to …`', () => {
    // (round 31 en: in English the subject after the joiner now takes the value as a statement of its
    // own — `sentence/figures.ts` subjectAfterChanges — so each figure is read certain with its own subject)
    expect(values('Selling expenses decreased by 5% and gross profit increased slightly to 549 billion VND.')).toEqual([
      '549000000000 VND',
    ]);
    expect(changes('Selling expenses decreased by 5% and gross profit increased slightly to 549 billion VND.')).toEqual(
      ['rate -5 -'],
    );
    // (round 39: a subject after `while` with no comma opens its own statement — `sentence/second-subject.ts`
    // subjectAfterOpener — so the rise is the imports', certain, and the revenue keeps no change)
    expect(changes('Revenue reached US$3 billion while imports rose 12%.')).toEqual(['rate 12 -']);
    expect(
      extractStatements('Revenue reached US$3 billion while imports rose 12%.', { locale: 'en' }).map(
        (s) => s.name?.value,
      ),
    ).toEqual(['Revenue', 'imports']);
    expect(values('Chi phí bán hàng giảm 5% và lợi nhuận gộp tăng lên 549 tỷ đồng.', 'vi')).toEqual([
      '549000000000 VND?',
    ]);
  });
  it('keeps one subject with two predicates, and a subject that refers back', () => {
    expect(values('Revenue decreased by 5% to 549 billion VND.')).toEqual(['549000000000 VND']);
    expect(changes('Revenue increased by 5% and reached 549 billion VND.')).toEqual(['rate 5 -']);
    expect(values('Revenue increased by 5% and the figure rose to 549 billion VND.')).toEqual(['549000000000 VND']);
    expect(changes('Revenue reached 549 billion VND and increased by 5% year on year.')).toEqual([
      'rate 5 same-period-last-year',
    ]);
    expect(values('Doanh thu tăng 5% và đạt 549 tỷ đồng.', 'vi')).toEqual(['549000000000 VND']);
    expect(changes('Doanh thu đạt 549 tỷ đồng và vẫn tăng 5%.', 'vi')).toEqual(['rate 5 -']);
  });
  it('keeps a change noun after its article (`and showed a rise of 15.8 percent`)', () => {
    expect(changes('Revenue reached 896 billion VND and showed a rise of 15.8 percent year on year.')).toEqual([
      'rate 15.8 same-period-last-year',
    ]);
  });
});

describe('a change given to the level it is measured from (`up 177.2 percent over the 10,182 units …`)', () => {
  it('doubts the change on a value that stands after the change’s compare word and `the`', () => {
    expect(
      changes(
        'Pega also sold 9,310 e-bikes during the quarter, up 42.6 percent over the 6,529 units sold in the first quarter.',
      ),
    ).toEqual(['rate 42.6 -?']);
    // (round 56: a month named alone after the earlier level, in a sentence of no period, is taken as the
    // month before — the change stays doubted)
    expect(changes('Exports rose 8.4 percent over the 1,200 tonnes shipped in May.')).toEqual([
      'rate 8.4 previous-period?',
    ]);
    // (round 55: the base the earlier level names after its article, `a year earlier`, is read; the change stays doubted)
    expect(changes('Sales rose 17.2 percent from the 2,100 units sold a year earlier.')).toEqual([
      'rate 17.2 same-period-last-year?',
    ]);
  });
  it('keeps a change before a base period, and before the value it moved to', () => {
    expect(changes('Shipments reached 4,100 tonnes, up 12 percent over the same quarter of last year.')).toEqual([
      'rate 12 same-period-last-year',
    ]);
    expect(changes('Shipments rose 12 percent over the previous month to 4,100 tonnes.')).toEqual([
      'rate 12 previous-period',
    ]);
  });
});

describe('a part after `riêng`, `trong đó` changes as the named rate before it (points-or-percent)', () => {
  it('reads the part’s bare percentage change in points, doubted', () => {
    expect(changes('Tỷ lệ thất nghiệp giảm 0,5%, riêng khu vực thành thị giảm 0,8%.', 'vi')).toEqual([
      'points -0.5 -?',
      'points -0.8 -?',
    ]);
    expect(changes('Chỉ tiêu tỷ lệ hộ cận nghèo giảm 1 đến 2%, riêng các xã biên giới giảm 3%.', 'vi').at(-1)).toBe(
      'points -3 -?',
    );
  });
  it('keeps a part after a measure that is no rate, and a part with a measure of its own', () => {
    expect(changes('Sản lượng tăng 5%, riêng khu vực thành thị tăng 8%.', 'vi')).toEqual(['rate 5 -', 'rate 8 -']);
    expect(changes('Tỷ lệ hộ nghèo giảm 1,5%, riêng doanh thu các huyện nghèo tăng 4%.', 'vi').at(-1)).toBe('rate 4 -');
  });
});
