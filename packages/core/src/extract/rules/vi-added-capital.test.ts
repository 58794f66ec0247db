import { describe, expect, it } from 'vitest';
import { extractStatements } from '../extract-statements';

const read = (text: string) => extractStatements(text, { locale: 'vi' });
/** `value unit ~bound | changes` of every statement. */
const facts = (text: string): string[] =>
  read(text).map(
    (s) =>
      `${s.value?.value.base ?? ''} ${s.value?.value.unitCode ?? ''}${s.value?.value.approximate ? ` ~${s.value.value.approximate}` : ''} | ${s.changes.map((c) => `${c.value.form} ${c.value.amount.value}`).join(',')}`,
  );

describe('rules/vi-added-capital: `tăng thêm` after a noun of capital is the added capital, a value', () => {
  it.each([
    // own paraphrases
    [
      'Quý II, tỉnh cấp mới 20 dự án với tổng vốn tăng thêm hơn 500 triệu USD, tăng 3,5 lần so với cùng kỳ.',
      ['20 project | ', '500000000 USD ~over | times 3.5'],
    ],
    [
      '6 tháng, tỉnh có 9 dự án FDI với vốn đăng ký tăng thêm trên 300 triệu USD.',
      ['9 project | ', '300000000 USD ~over | '],
    ],
    // https://cand.com.vn/Thi-truong/Ha-Noi-dan-dau-thu-hut-von-FDI-trong-thang-10-517321/
    [
      'Bên cạnh đó, có 954 lượt dự án đăng ký điều chỉnh vốn đầu tư với tổng vốn đăng ký tăng thêm 6,5 tỷ USD.',
      ['954 project | ', '6500000000 USD | '],
    ],
    // https://cand.com.vn/doanh-nghiep/Von-FDI-giai-ngan-dat-9-8-ty-USD-405633/
    [
      'Đồng thời có 770 lượt dự án đăng ký điều chỉnh vốn đầu tư với tổng vốn đăng ký tăng thêm là 4,571 tỷ USD.',
      ['770 project | ', '4571000000 USD | '],
    ],
    // https://cand.com.vn/doanh-nghiep/doanh-nghiep-Viet-Nam-dau-tu-625-4-trieu-uSd-ra-nuoc-ngoai-373572/
    [
      'Ngoài ra, còn có 53 lượt dự án tăng vốn với tổng vốn tăng thêm là 192,8 triệu USD.',
      ['53 project | ', '192800000 USD | '],
    ],
  ])('%s', (text, expected) => {
    expect(facts(text)).toEqual(expected);
  });

  it('`tăng thêm` with no capital noun before it is a rise, not a value (negative)', () => {
    const [s] = read('Doanh thu tăng thêm 120 tỷ đồng so với cùng kỳ.');
    expect(s?.value).toBeUndefined();
    // (a capital noun further back, across a figure, is not this one's)
    expect(facts('Vốn đăng ký đạt 200 triệu USD, doanh thu tăng thêm 120 tỷ đồng.')[0]).toBe('200000000 USD | ');
  });
});
