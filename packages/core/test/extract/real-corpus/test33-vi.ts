import type { RealFact, RealSentence } from './types';

/**
 * The THIRTY-THIRD fresh set (`test33`), Vietnamese part (being written; the header is completed at the end).
 */
type Row = readonly [url: string, text: string, facts: readonly RealFact[]];

const ANGIANG_CHOMOI_HDND_2022 =
  'https://chomoi.angiang.gov.vn/wps/portal/Home/trang-chu/tin-chi-tiet/!ut/p/z0/fYxdC4IwGEZ_jZcvezVb81IIpA8QEkJ3E9NNXdqWOqP-fZL33Z3n8HAIJznhRrx0I5y2RvTLLji9RdH-gKfQP6fo7zC-JmlEswtLsoAcCf9_WAr6Pgw8Jryyxqm3I3nV2ofV0OtyFOPHw0nAqn7otHFzNc2dVmYVbuqgtcJJaxpopZEwl0Z6SIMyUpuQQkkVQoiKARNVDYi03rCtz2oWkGfHiy-oMkmN/';
const DULIEUPL_KONTUM_BHYT =
  'https://dulieuphapluat.vn/van-ban/bao-hiem-van-ban/ke-hoach-2356kh-ubnd-nam-2014-ve-trien-khai-de-an-thuc-hien-lo-trinh-tien-toi-bao-hiem-y-te-toan-dan-giai-doan-2012-2015-va-2020-do-tinh-kon-tum-ban-hanh-305868.html';
const KHCN_CAOBANG_TRUNGKHANH =
  'http://khcncaobang.gov.vn/index.php?language=vi&nv=news&op=Hoc-tap-dua-Nghi-quyet-vao-cuoc-song/Dai-hoi-Dang-bo-huyen-Trung-Khanh-nhiem-ky-2010-2015-257';
const VAITHIEU_THANHHA_DAIHOI =
  'https://vaithieuthanhha.net.vn/tin-tuc-su-kien/be-mac-dai-hoi-dang-bo-huyen-thanh-ha.html';
const THANHUYHUE_PHUVANG_2015 =
  'https://thanhuyhue.vn/hoat-dong-cua-cap-uy-dang/huyen-uy-phu-vang-to-chuc-hoi-nghi-lan-thu-23khoa-xiii.html';
// URLS-END

const SPLY = 'same-period-last-year';
const PREV = 'previous-period';

const n = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, ...extra });
const vnd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'VND', ...extra });
const usd = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'USD', ...extra });
const ha = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'ha', ...extra });
const tonne = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'tonne', ...extra });
const pct = (v: string, extra: Omit<RealFact, 'v' | 'u'> = {}): RealFact => ({ v, u: 'percent', ...extra });
const goal = (extra: RealFact): RealFact => ({ ...extra, k: 'target' });
const ch = (...changes: string[]): RealFact => ({ ch: changes });

const ROWS: readonly Row[] = [
  // Commune councils' year-end sessions of 2022 in Cho Moi, the district's portal (chomoi.angiang.gov.vn)
  [
    ANGIANG_CHOMOI_HDND_2022,
    'Báo cáo tại kỳ họp cho thấy: Năm qua, tình hình kinh tế - xã hội của Tấn Mỹ phát triển, đạt nhiều kết quả khả quan.',
    [],
  ],
  [
    ANGIANG_CHOMOI_HDND_2022,
    'Trong nông nghiệp, toàn xã có 144 hộ với diện tích hơn 166 ha trồng xoài theo tiêu chuẩn Viet GAP, 82 hộ tham gia dự án tưới nhỏ giọt với diện tích gần 49,5 ha; công tác quản lý nhà nước đảm bảo kế hoạch đề ra; xã thực hiện 13/13 chỉ tiêu phát triển kinh tế - xã hội, lĩnh vực an ninh - quốc phòng tiếp tục được giữ vững; tổng thu ngân sách nhà nước đạt gần 12 tỷ đồng....',
    [
      n('144'),
      ha('166', { a: 'over' }),
      n('82'),
      ha('49.5', { a: 'under' }),
      n('13'),
      vnd('12000000000', { a: 'under' }),
    ],
  ],
  [
    ANGIANG_CHOMOI_HDND_2022,
    'Trong năm 2022, kinh tế - xã hội xã Long Điền B tiếp tục phát triển, cơ cấu kinh tế chuyển dịch đúng hướng; tổng thu ngân sách trên 10 tỷ đồng.',
    [vnd('10000000000', { a: 'over', p: '2022' })],
  ],
  [
    ANGIANG_CHOMOI_HDND_2022,
    'Đến nay, toàn xã còn 80 hộ nghèo, chiếm tỉ lệ 1,61%, người dân tham gia BHYT đạt hơn 95%, có 93,5% số hộ dân sử dụng nhà tiêu hợp vệ sinh; thu nhập bình quân đầu người theo tiêu chí nông thôn mới đạt hơn 64,4 triệu đồng /năm.',
    [n('80'), pct('95', { a: 'over' }), n('64400000', { a: 'over' })],
  ],
  // Health insurance in Kon Tum to the end of 2013, a provincial plan on a legal-text site (dulieuphapluat.vn)
  [
    DULIEUPL_KONTUM_BHYT,
    'Tính đến cuối năm 2013, tỉnh Kon Tum có trên 395.850 người tham gia BHYT, tăng trên 367.550 người, gấp hơn 13 lần so với năm 2003 (chiếm tỷ lệ trên 80% dân số toàn tỉnh).',
    [n('395850', { a: 'over', ch: ['times 13 2003'], p: '2013' })],
  ],
  // Trung Khanh district's party congress for 2010-2015, the Cao Bang science department (khcncaobang.gov.vn)
  [
    KHCN_CAOBANG_TRUNGKHANH,
    'Phấn đấu đến năm 2015, tổng sản phẩm xã hội đạt 800 tỷ đồng, tăng trưởng GDP đạt 12%/năm; thu nhập bình quân đầu người trên 13 triệu đồng/năm; tổng sản lượng lương thực có hạt đạt 34.200 tấn, giá trị sản xuất nông nghiệp đạt 32 triệu đồng/ha.',
    [
      vnd('800000000000', { p: '2015', k: 'target' }),
      goal({ ch: ['rate 12 *'] }),
      n('13000000', { a: 'over', p: '2015', k: 'target' }),
      tonne('34200', { p: '2015', k: 'target' }),
      n('32000000', { p: '2015', k: 'target' }),
    ],
  ],
  [KHCN_CAOBANG_TRUNGKHANH, 'Mỗi năm có từ 3 - 5 hộ gia đình đạt tiêu chí trang trại.', []],
  [
    KHCN_CAOBANG_TRUNGKHANH,
    'Mỗi năm kết nạp từ 140 đảng viên trở lên; phấn đấu hết nhiệm kỳ 100% các xóm, tổ dân phố đều có chi bộ đảng...',
    [n('140', { a: 'over', k: 'target' })],
  ],
  // Thanh Ha district's party congress (of 2015), an embroidery village's news relaying Hai Duong's paper
  // (vaithieuthanhha.net.vn)
  [
    VAITHIEU_THANHHA_DAIHOI,
    'Trong đó, phấn đấu giá trị sản xuất nông nghiệp, thủy sản tăng bình quân 3,2%/năm; giá trị sản xuất công nghiệp, xây dựng 11%/năm; thu ngân sách hằng năm tăng từ 5% trở lên so với kế hoạch tỉnh giao; thu nhập bình quân đầu người đạt 45 triệu đồng/năm; tỷ lệ hộ nghèo giảm bình quân từ 1,5-2%/năm; mỗi năm giải quyết việc làm cho từ 1.000-2.500 lao động; hằng năm có trên 75% số tổ chức cơ sở đảng đạt trong sạch, vững mạnh, kết nạp 150 đảng viên/năm trở lên…',
    [
      goal({ ch: ['rate 3.2 *'] }),
      goal({ ch: ['rate 11 *'] }),
      goal({ ch: ['rate 5 *'] }),
      n('45000000', { k: 'target' }),
      n('150', { a: 'over', k: 'target' }),
    ],
  ],
  [
    VAITHIEU_THANHHA_DAIHOI,
    'Phấn đấu đến năm 2020, 50% số xã đạt chuẩn nông thôn mới; 95% số dân sử dụng nước sạch; tỷ lệ người dân tham gia bảo hiểm y tế đạt 82% trở lên; 100% số trạm y tế có bác sĩ công tác; 100% số xã, thị trấn đạt chuẩn quốc gia về y tế; 85-90% số làng đạt danh hiệu làng văn hóa; có 75% số trường học đạt chuẩn quốc gia…',
    [pct('82', { a: 'over', p: '2020', k: 'target' })],
  ],
  // Phu Vang district's party committee on the first half of 2015, the Hue city party committee (thanhuyhue.vn)
  [
    THANHUYHUE_PHUVANG_2015,
    'Lĩnh vực nông - ngư nghiệp đạt kết quả khá, sản xuất vụ lúa Đông Xuân được mùa (năng suất bình quân 62,41 tạ/ha, sản lượng đạt 42.793 tấn).',
    [n('62.41'), tonne('42793')],
  ],
  [
    THANHUYHUE_PHUVANG_2015,
    'Thu ngân sách trên địa bàn đảm bảo theo kế hoạch đề ra từ đầu năm, trong đó thu từ cấp quyền sử dụng đất 37 tỷ đồng.',
    [vnd('37000000000')],
  ],
  [THANHUYHUE_PHUVANG_2015, 'Tổng vốn đầu tư phát triển toàn xã hội đạt 975 tỷ đồng.', [vnd('975000000000')]],
  // ROWS-END
];

export const TEST33_VI: readonly RealSentence[] = ROWS.map(([url, text, facts], i) => ({
  id: `test33-vi-${String(i + 1).padStart(3, '0')}`,
  locale: 'vi',
  url,
  text,
  facts,
  split: 'test33',
}));
