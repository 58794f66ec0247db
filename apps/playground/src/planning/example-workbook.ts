/**
 * A workbook as a district office sends it, for the Excel import story: headers without
 * diacritics, merged header cells, sector rows, a "trong đó" row, numbers typed as Vietnamese
 * text, a percent cell, a blank row — and two cells the reader cannot read (E12, E13).
 * Built with exceljs in the browser; the figures are illustrative.
 */
export async function exampleUserWorkbook(): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('Biểu 01');
  s.getCell('A1').value = 'BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2020 (ví dụ)';
  s.getRow(3).values = ['STT', 'Chi tieu', 'DVT', 'Năm 2020', null, null, 'So cung ky (%)', 'Ghi chú'];
  s.getRow(4).values = [null, null, null, 'Kế hoạch', 'Thực hiện', '% KH'];
  for (const range of ['A3:A4', 'B3:B4', 'C3:C4', 'D3:F3', 'G3:G4', 'H3:H4']) s.mergeCells(range);
  s.getRow(5).values = ['I', 'Bưu chính, viễn thông'];
  s.getRow(6).values = [1, 'Tổng doanh thu', 'tỷ đồng', '3.608', 3630, '100,6%', 105.3, 'ước đạt'];
  s.getRow(8).values = [2, 'Thuê bao internet băng thông rộng', 'thuê bao', 1700000, '1.800.000', 1.0588];
  s.getCell('F8').numFmt = '0.00%';
  s.getRow(9).values = [null, '- Trong đó: thuê bao cáp quang', 'thuê bao', null, 1500000];
  s.getRow(10).values = [null, 'II. Dịch vụ công trực tuyến'];
  s.getRow(11).values = [1, 'Tỷ lệ hồ sơ trực tuyến', '%', '-', '56,35'];
  s.getRow(12).values = [2, 'Hồ sơ tiếp nhận', 'hồ sơ', null, 'khoảng 9 nghìn'];
  s.getRow(13).values = [3, 'Số ngày xử lý', 'ngày', null, new Date(Date.UTC(2020, 0, 5))];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
