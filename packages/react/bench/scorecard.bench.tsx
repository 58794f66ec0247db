/**
 * Benchmark (not a test): mounting a Scorecard with 1,000 and 10,000 indicators in jsdom, beside
 * a plain HTML table of the same rows with the same core formatting.
 *
 *   pnpm --filter @chitieu/react bench
 */
import { JSDOM } from 'jsdom';
import { manyEvaluations } from '../test/fixtures';

const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
const g = globalThis as Record<string, unknown>;
g.window = dom.window;
g.document = dom.window.document;
g.navigator = dom.window.navigator;
g.HTMLElement = dom.window.HTMLElement;
g.Element = dom.window.Element;
g.Node = dom.window.Node;
g.IS_REACT_ACT_ENVIRONMENT = true;

const React = await import('react');
const { act } = React;
const { createRoot } = await import('react-dom/client');
const { Scorecard } = await import('../src/index');
const { PlainTable } = await import('./plain-table');

const locale = 'vi-VN';

async function mount(element: React.ReactElement): Promise<number> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const start = performance.now();
  await act(async () => root.render(element));
  const ms = performance.now() - start;
  await act(async () => root.unmount());
  container.remove();
  return ms;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

console.log(`node ${process.version}, jsdom, React ${React.version}; median of 5 mounts after 1 warm-up\n`);
console.log('| rows | Scorecard (virtualised) | plain <table> | ratio Scorecard ÷ plain |');
console.log('| ---: | ---: | ---: | ---: |');
for (const count of [1_000, 10_000]) {
  const evaluations = manyEvaluations(count);
  const card = <Scorecard evaluations={evaluations} defaultExpanded="all" height={600} />;
  const plain = <PlainTable evaluations={evaluations} locale={locale} />;
  await mount(card);
  await mount(plain);
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < 5; i++) {
    a.push(await mount(card));
    b.push(await mount(plain));
  }
  const sc = median(a);
  const pl = median(b);
  console.log(
    `| ${count.toLocaleString('en')} | ${sc.toFixed(1)} ms | ${pl.toFixed(1)} ms | ${(sc / pl).toFixed(2)} |`,
  );
}

console.log('\n| rows | sort by % of plan: click → committed (ascending, then descending) |');
console.log('| ---: | ---: |');
for (const count of [1_000, 10_000]) {
  const evaluations = manyEvaluations(count);
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(<Scorecard evaluations={evaluations} defaultExpanded="all" height={600} />));
  const button = [...container.querySelectorAll('th button')].find((b) => b.textContent?.includes('% kế hoạch'));
  const sorts: number[] = [];
  for (let i = 0; i < 6; i++) {
    const start = performance.now();
    await act(async () => (button as HTMLButtonElement).click());
    // the third click of each cycle removes the sort; time only the two sorting clicks
    if (i % 3 !== 2) sorts.push(performance.now() - start);
  }
  await act(async () => root.unmount());
  container.remove();
  console.log(`| ${count.toLocaleString('en')} | ${median(sorts).toFixed(1)} ms |`);
}
