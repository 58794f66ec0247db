import { evaluateDataset } from '@chitieu/core';
import { describe, expect, it } from 'vitest';
import { readWorkbook, writeWorkbook } from '../src/index';
import { thanhHoa } from './fixtures';

describe('Excel round trip', () => {
  it('Thanh Hóa 2020: dataset → xlsx → dataset → xlsx loses nothing', async () => {
    const dataset = thanhHoa();
    const bytes = await writeWorkbook(dataset, evaluateDataset(dataset), { locale: 'vi' });
    const { dataset: back, issues } = await readWorkbook(bytes, { locale: 'vi' });
    expect(issues).toEqual([]);
    expect(back).toEqual(dataset);
    if (back === undefined) return;
    const again = await readWorkbook(await writeWorkbook(back, undefined, { locale: 'en' }), { locale: 'en' });
    expect(again.issues).toEqual([]);
    expect(again.dataset).toEqual(dataset);
  });
});
