import { describe, expect, it } from 'vitest';
import { extractStatements } from '../index';

const names = (text: string, locale: 'vi' | 'en'): (string | undefined)[] =>
  extractStatements(text, { locale })
    .filter((s) => s.value || s.changes.length > 0)
    .map((s) => s.name?.value);

describe('a list of short items before a figure names it whole, not only its last two items', () => {
  it('Vietnamese sector and product lists (GSO style)', () => {
    expect(names('Vận tải, bưu điện, du lịch tăng 12,5% so với cùng kỳ.', 'vi')).toEqual([
      'Vận tải, bưu điện, du lịch',
    ]);
    expect(names('Sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước tăng 9,5%.', 'vi')).toEqual([
      'Sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước',
    ]);
    expect(names('Doanh thu ngành A, ngành B, ngành C đạt 5 tỷ đồng.', 'vi')).toEqual([
      'Doanh thu ngành A, ngành B, ngành C',
    ]);
    // two items were already read whole
    expect(names('Công nghiệp, xây dựng tăng 8,2%.', 'vi')).toEqual(['Công nghiệp, xây dựng']);
  });

  it('English lists of goods, markets and sectors', () => {
    expect(names('Machinery, equipment, tools and spare parts rose 8.1% year on year.', 'en')).toEqual([
      'Machinery, equipment, tools and spare parts',
    ]);
    expect(names('Exports to the EU, Southeast Asia, South Korea, and Japan grew 12% in 2023.', 'en')).toEqual([
      'Exports to the EU, Southeast Asia, South Korea, and Japan',
    ]);
  });

  it('an aside or a frame before the list is no item of it', () => {
    expect(names('In particular, agriculture, forestry and fishery grew 3.2% in 2023.', 'en')).toEqual([
      'agriculture, forestry and fishery',
    ]);
    expect(names('Cụ thể, ngành chế biến, chế tạo tăng 10,2%.', 'vi')).toEqual(['ngành chế biến, chế tạo']);
    expect(names('Trong các ngành công nghiệp, ngành chế biến, chế tạo tăng 10,2%.', 'vi')).toEqual([
      'ngành chế biến, chế tạo',
    ]);
  });

  it('a long clause before a list is no item of it', () => {
    expect(
      names('Tình hình kinh tế thế giới còn nhiều khó khăn, biến động khó lường, vận tải, kho bãi tăng 6%.', 'vi'),
    ).toEqual(['vận tải, kho bãi']);
  });
});
