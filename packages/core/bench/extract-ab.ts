/**
 * A/B speed of builds of the extractor in ONE process: the 1 MB report and the English and
 * Vietnamese press of `bench/press.ts` through each build's `dist/extract.js`, alternating the
 * builds' order run by run, CPU time of this process (user + system: other load on the machine
 * counts less than in wall time), best of RUNS (default 3). Each row also prints the statements
 * read, so builds whose readings differ show it. Build the dists with `./node_modules/.bin/tsup`
 * in packages/core (an older commit in a throwaway worktree: `git worktree add /tmp/old <rev>`).
 *
 *   pnpm --filter @chitieu/core exec tsx bench/extract-ab.ts head=dist old=/tmp/old/packages/core/dist
 */
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pressText, reportText } from './press';

type Extract = (text: string, options: { locale: 'vi' | 'en' }) => { statements: readonly unknown[] };

const runs = Number(process.env.RUNS ?? 3);
const builds: { name: string; extract: Extract }[] = [];
for (const arg of process.argv.slice(2)) {
  const [name, dir] = arg.includes('=') ? (arg.split('=', 2) as [string, string]) : [arg, arg];
  const mod = (await import(pathToFileURL(resolve(dir, 'extract.js')).href)) as { extractReport: Extract };
  builds.push({ name, extract: mod.extractReport });
}
if (builds.length === 0) throw new Error('usage: extract-ab.ts name=dist-dir [name=dist-dir …]');

const texts = [
  { name: '1 MB report', locale: 'vi', text: reportText() },
  { name: 'English press', locale: 'en', text: pressText('en') },
  { name: 'Vietnamese press', locale: 'vi', text: pressText('vi') },
] as const;

function cpu(f: () => number): [number, number] {
  const c0 = process.cpuUsage();
  const n = f();
  const c = process.cpuUsage(c0);
  return [(c.user + c.system) / 1000, n];
}

for (const b of builds) for (const t of texts) b.extract(t.text.slice(0, 100_000), { locale: t.locale });
const best = new Map<string, number>();
const counts = new Map<string, number>();
const load0 = loadavg()[0] as number;
for (let r = 0; r < runs; r++)
  for (const t of texts)
    for (const b of r % 2 === 0 ? builds : [...builds].reverse()) {
      const [ms, n] = cpu(() => b.extract(t.text, { locale: t.locale }).statements.length);
      const key = `${t.name}\u0000${b.name}`;
      best.set(key, Math.min(best.get(key) ?? Number.POSITIVE_INFINITY, ms));
      counts.set(key, n);
    }
console.log(
  `best of ${runs}, CPU ms; load ${load0.toFixed(1)} -> ${(loadavg()[0] as number).toFixed(1)} on ${cpus().length} cores`,
);
for (const t of texts)
  console.log(
    `${t.name.padEnd(17)} ${builds.map((b) => `${b.name} ${(best.get(`${t.name}\u0000${b.name}`) as number).toFixed(0).padStart(5)} ms (${counts.get(`${t.name}\u0000${b.name}`)} st)`).join(' | ')}`,
  );
