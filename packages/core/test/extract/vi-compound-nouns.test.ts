import { describe, expect, it } from 'vitest';
import { figured } from './readings';

/**
 * A Vietnamese noun starts with its head (`nhà máy` is a factory, `căn hộ` an apartment), so a unit
 * word that ends a compound after the number only qualifies it: `3 nhà máy` counts factories, never
 * `máy` phones; `32 căn hộ` apartments, never households. Found by an engineer of round 25 reading
 * `làm việc với 3 nhà máy` as 3 phones, certain. English keeps its counted noun after modifiers
 * (`45 FDI projects`). Paraphrases of our own, never a corpus sentence.
 */

type Locale = 'vi' | 'en';
/** `value unitCode` of every statement with a figure (`-` when it has no unit code). */
const units = (text: string, locale: Locale): string[] =>
  figured(text, locale).map((s) => `${s.value?.value.number.value} ${s.value?.value.unitCode ?? '-'}`);

describe('a Vietnamese compound noun after a count is not the unit its last word names', () => {
  it('reads no phone, household or person unit from the end of a compound', () => {
    expect(units('Đoàn công tác đã làm việc với 3 nhà máy trên địa bàn tỉnh.', 'vi')).not.toContain('3 phone');
    expect(units('Năm 2023, tỉnh thu hút thêm 5 nhà máy mới.', 'vi')).not.toContain('5 phone');
    expect(units('Dự án có 320 căn hộ, bàn giao trong quý IV/2024.', 'vi')).not.toContain('320 household');
    expect(units('Huyện có 12 cán bộ hộ tịch được tập huấn.', 'vi')).not.toContain('12 household');
  });

  it('near-misses: a unit right after the number, or an English counted noun after modifiers, is read', () => {
    expect(units('Năm 2023, toàn tỉnh có 3.200 hộ thoát nghèo.', 'vi')).toContain('3200 household');
    expect(units('Năm 2022, tỉnh đã cấp phép cho 45 dự án FDI.', 'vi')).toContain('45 project');
    expect(units('In 2023, the city licensed 45 new FDI projects.', 'en')).toContain('45 project');
  });
});
