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

  it('a frame or an aside alone before the name is no part of it; an aside opening words is trimmed off them', () => {
    expect(
      names('Trong tháng, doanh thu dịch vụ lưu trú ước đạt 850 tỷ đồng, tăng 4,2% so với tháng trước.', 'vi'),
    ).toEqual(['doanh thu dịch vụ lưu trú']);
    expect(names('Cụ thể, kim ngạch xuất khẩu hàng hóa đạt 35,2 tỷ USD.', 'vi')).toEqual([
      'kim ngạch xuất khẩu hàng hóa',
    ]);
    expect(names('Tại các cảng hàng không, sản lượng cất/hạ cánh đạt 25.000 lượt.', 'vi')).toEqual([
      'sản lượng cất/hạ cánh',
    ]);
    expect(names('As of June 20, capital disbursement reached US$10 billion.', 'en')).toEqual(['capital disbursement']);
    expect(names('However, total registered capital fell 12% year on year.', 'en')).toEqual([
      'total registered capital',
    ]);
    // an aside opening words of their own: the words stay, the aside goes
    expect(names('Trong đó, đặc biệt là khách sạn, nhà hàng tăng 15%.', 'vi')).toEqual(['khách sạn, nhà hàng']);
    // near-miss: a clause that only looks like a frame word inside the name keeps it
    expect(names('Doanh thu bán tại chỗ, giao tận nhà tăng 9%.', 'vi')).toEqual([
      'Doanh thu bán tại chỗ, giao tận nhà',
    ]);
  });
});
