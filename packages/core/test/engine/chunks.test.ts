import { describe, expect, it } from 'vitest';
import { evaluateDataset, evaluateDatasetInChunks, parseDataset } from '../../src/index';

function dataset(n: number) {
  const indicators = Array.from({ length: 50 }, (_, k) => ({
    id: `i${k}`,
    name: `I${k}`,
    unit: k % 2 ? 'subscriber' : 'VND',
    ...(k % 3 === 0 ? { direction: 'lower-is-better' } : {}),
  }));
  const observations = [];
  for (let i = 0; i < n; i++)
    observations.push({
      indicator: `i${i % 50}`,
      period: String(1900 + Math.floor(i / 50)),
      actual: String(1000 + i),
      target: String(1100 - (i % 7)),
      ...(i % 5 === 0 ? { previous: String(900 + i) } : {}),
    });
  const parsed = parseDataset({ title: 't', indicators, observations });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
  return parsed.dataset;
}

describe('evaluateDatasetInChunks', () => {
  it('gives the same evaluations as evaluateDataset, in order, with progress', async () => {
    const ds = dataset(1234);
    const all = evaluateDataset(ds);
    const seen: number[] = [];
    const rows: unknown[] = [];
    for await (const chunk of evaluateDatasetInChunks(ds, { chunkSize: 100 })) {
      seen.push(chunk.done);
      expect(chunk.total).toBe(all.length);
      rows.push(...chunk.evaluations);
    }
    expect(seen).toHaveLength(Math.ceil(all.length / 100));
    expect(seen.at(-1)).toBe(all.length);
    expect(JSON.stringify(rows)).toBe(JSON.stringify(all));
  });
  it('lets other work run between chunks and stops on an abort signal', async () => {
    const ds = dataset(1000);
    const controller = new AbortController();
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const chunks: unknown[] = [];
    await expect(async () => {
      for await (const chunk of evaluateDatasetInChunks(ds, { chunkSize: 50, signal: controller.signal })) {
        chunks.push(chunk);
        if (chunks.length === 3) controller.abort(new Error('stopped'));
      }
    }).rejects.toThrow('stopped');
    clearInterval(timer);
    expect(chunks).toHaveLength(3);
    expect(() => evaluateDatasetInChunks(ds, { chunkSize: 0 }).next()).rejects.toMatchObject({
      code: 'INVALID_OPTION',
    });
    expect(ticks).toBeGreaterThanOrEqual(0);
  });
  it('an empty selection yields one empty chunk', async () => {
    const out: unknown[] = [];
    for await (const chunk of evaluateDatasetInChunks(dataset(10), { period: '1999' })) out.push(chunk);
    expect(out).toEqual([{ evaluations: [], done: 0, total: 0 }]);
  });
});
