import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertDataset, type Dataset } from '@chitieu/core';
import { strFromU8, unzipSync } from 'fflate';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** The playground's Thanh Hóa 2020 dataset (the seed's figures). */
export function thanhHoa(): Dataset {
  return assertDataset(JSON.parse(readFileSync(join(ROOT, 'apps/playground/data/thanh-hoa-2020.json'), 'utf8')));
}

/** Every file of a zip (xlsx, docx) as text, by path. */
export function unzipText(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([path, data]) => [path, strFromU8(data)]));
}

/**
 * Every figure of the seed's data sections, as printed (character for character): 2020 results
 * and 2021 targets of /work/shared/seed/thanh-hoa-ict-2020.vi.txt.
 */
export const SEED_FIGURES_VI = [
  '3.630 tỷ đồng',
  '100,6%',
  '200 tỷ đồng',
  '18 triệu tờ, cuốn',
  '100%',
  '2.890.000 thuê bao',
  '100,67%',
  '1.800.000 thuê bao',
  '49,8 thuê bao/100 dân',
  '105,88%',
  '14 giờ',
  '8 giờ',
  '7 giờ',
  '174 dịch vụ',
  '628 dịch vụ',
  '56,35%',
  '57,53%',
  '51 lần',
  '615 dịch vụ',
  'thứ 3',
  '2.916.000 thuê bao',
  '80,00 máy/100 dân',
  '1.830.000 thuê bao',
  '50,60 thuê bao/100 dân',
  '3.745 tỷ đồng',
] as const;
