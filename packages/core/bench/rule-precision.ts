/**
 * Precision of the extractor's readings per rule: every CERTAIN field of every statement read from
 * a released real-corpus set is judged against the fact the statement reads best (the same
 * judgement as `test/extract/real-corpus/score.ts`: a certain field that is wrong there is a silent
 * wrong number) and tallied under the rule that made it (`Extracted.rule`) and the field's kind:
 *
 * - `value`, `completion`, `change`, `period` — judged exactly as the scorer judges silent wrong
 *   numbers (a value or completion that is certain, not approximate and not in `unread`; each certain,
 *   not approximate change; a certain period on a statement that shows a certain number, when the
 *   fact names a period). A wrong one is a silent wrong number (`value`, `value-exact` for a bound
 *   read as exact, `unit`, `completion`, `change`, `change-base`, `period`).
 * - `stage` and `kind` — the certain data stage and target/actual of a statement that matches a fact;
 *   a mismatch is counted (`stage`, `kind`) but is not a silent wrong number in the scorer's sense.
 *
 * A row's precision is right / (right + wrong) among certain readings; `doubted` counts the same
 * rule's readings of that field that were already uncertain (not judged). Use it to see which
 * readings carry the silent wrong numbers of a set and whether they are the same from set to set.
 *
 * Sets are named as on `extract-score.ts` without the dashes: `390` (vi, en and the first fresh
 * set), `fresh4`, `test2` … `test15`; their files are imported one by one from
 * `test/extract/real-corpus/` (never `index.ts`), and a held-out set (`test23` and later) is refused.
 *
 *   pnpm --filter @chitieu/core exec tsx bench/rule-precision.ts --set test15 [--set test14 …] [--top 40] [--json out.json]
 *   pnpm --filter @chitieu/core exec tsx bench/rule-precision.ts --loo a.json b.json c.json d.json [--min 3]
 *
 * `--json` writes one record per judged reading (set, sentence id, locale, rule, field, right or the
 * kind of wrong) so readings made by different builds can be compared; `--loo` reads such files (one
 * per unseen set, each made by the build of the day the set was written) and checks a calibrated
 * certainty policy leave-one-out: for each file, the keys (rule × field) whose pooled precision on the
 * OTHER files is below a threshold (with at least `--min` certain readings there) are doubted, and the
 * table says how many of the held-out file's silent wrong numbers that removes and how many right
 * certain readings it costs. The precision tables of round 26 (test12 … test15 each on the build of
 * the day it was written) are in `docs/rule-precision.md`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractReport, type Statement } from '../src/extract';
import { isPeriodId, parsePeriod } from '../src/period/period';
import type { RealFact, RealSentence } from '../test/extract/real-corpus/types';

type FieldKind = 'value' | 'completion' | 'change' | 'period' | 'stage' | 'kind';

/** One judged certain reading. `wrong` is the kind of mismatch, absent when the reading is right. */
export interface Judged {
  readonly set: string;
  readonly id: string;
  readonly locale: string;
  readonly rule: string;
  readonly field: FieldKind;
  readonly wrong?: string;
  /** The reading as shown (a value's base and unit, a change, a period), for a wrong one. */
  readonly got?: string | undefined;
  /** True when `wrong` is a silent wrong number in the scorer's sense. */
  readonly sw?: boolean;
}

const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../test/extract/real-corpus');
/** The first held-out set number: this tool never reads a set from here on. */
const FIRST_HELD_OUT = 23;

function filesOf(set: string): string[] {
  const n = /^test(\d+)$/.exec(set);
  if (set !== '390' && set !== 'fresh4' && !n) throw new Error(`unknown set ${set}: 390, fresh4 or testN`);
  if (n && Number(n[1]) >= FIRST_HELD_OUT) throw new Error(`${set} is held out: never scored here`);
  const names =
    set === '390'
      ? ['vi.ts', 'en.ts', 'fresh-vi.ts', 'fresh-en.ts']
      : [`${set}-vi.ts`, `${set}b-vi.ts`, `${set}-en.ts`, `${set}b-en.ts`];
  const present = new Set(readdirSync(CORPUS_DIR));
  const files = names.filter((f) => present.has(f));
  if (files.length === 0) throw new Error(`no files for set ${set}`);
  return files;
}

async function loadSet(set: string): Promise<RealSentence[]> {
  const out: RealSentence[] = [];
  for (const f of filesOf(set)) {
    const mod = (await import(pathToFileURL(join(CORPUS_DIR, f)).href)) as Record<string, unknown>;
    for (const v of Object.values(mod)) {
      const rows = v as readonly unknown[];
      if (Array.isArray(rows) && rows.length > 0 && typeof (rows[0] as RealSentence).text === 'string')
        out.push(...(rows as RealSentence[]));
    }
  }
  return out;
}

// --- the scorer's judgement (score.ts), repeated here so an older build's scorer is not needed ---

const certain = (f: { confidence?: string | undefined } | undefined): boolean =>
  f !== undefined && f.confidence !== 'uncertain';

function samePeriod(a: string | undefined, b: string | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || !isPeriodId(a) || !isPeriodId(b)) return false;
  const x = parsePeriod(a);
  const y = parsePeriod(b);
  return x.start === y.start && x.end === y.end;
}

function baseOf(c: Statement['changes'][number]): string {
  const b = c.value.base;
  if (!b) return 'no-base';
  return b.kind === 'period' ? b.period : b.kind;
}

function changeMatches(spec: string, c: Statement['changes'][number]): boolean {
  const [form, amount, base] = spec.split(' ');
  if (c.value.form !== form || c.value.amount.value !== amount) return false;
  return base === '*' || samePeriod(baseOf(c), base);
}

function points(f: RealFact, s: Statement): number {
  const v = s.value?.value;
  let p = 0;
  if (f.v !== undefined && v?.base === f.v) p += 10;
  if (f.u !== undefined && v?.base === f.v && v?.unitCode === f.u) p += 1;
  if (f.v !== undefined && v?.base === f.v && (v?.approximate ?? undefined) === f.a) p += 1;
  if (f.c !== undefined && s.completion?.value.percent.value === f.c) p += 10;
  if (f.ch?.every((spec) => s.changes.some((c) => changeMatches(spec, c)))) p += 10;
  if (f.p !== undefined && samePeriod(s.period?.value, f.p)) p += 1;
  if (f.st !== undefined && s.stage?.value === f.st) p += 1;
  return p;
}

/** Every certain field of `s`, judged against the fact it reads best. */
function judge(
  s: Statement,
  facts: readonly RealFact[],
  push: (field: FieldKind, rule: string, wrong?: string, got?: string) => void,
) {
  let fact: RealFact | undefined;
  let fp = -1;
  for (const f of facts) {
    const p = points(f, s);
    if (p > fp) {
      fact = f;
      fp = p;
    }
  }
  const unread = new Set(s.unread.map((u) => u.what));
  const v = s.value;
  if (v && certain(v) && !v.value.approximate && !unread.has('value')) {
    const q = v.value;
    const got = `${q.base} ${q.unitCode ?? q.unit ?? ''}`;
    if (!fact || fact.v !== q.base) push('value', v.rule, 'value', got);
    else if (fact.a) push('value', v.rule, 'value-exact', got);
    else if (fact.u && q.unitCode && q.unitCode !== fact.u) push('value', v.rule, 'unit', got);
    else push('value', v.rule);
  }
  const c = s.completion;
  if (c && certain(c) && !c.value.approximate && !unread.has('completion')) {
    const wrong = !fact || fact.c !== c.value.percent.value;
    push('completion', c.rule, wrong ? 'completion' : undefined, c.value.percent.value);
  }
  for (const ch of s.changes) {
    if (!certain(ch) || ch.value.approximate) continue;
    const sameNumber = (fact?.ch ?? []).filter((spec) => {
      const [form, amount] = spec.split(' ');
      return form === ch.value.form && amount === ch.value.amount.value;
    });
    const got = `${ch.value.form} ${ch.value.amount.value} ${baseOf(ch)}`;
    if (sameNumber.length === 0) push('change', ch.rule, 'change', got);
    else if (ch.value.base && !sameNumber.some((spec) => changeMatches(spec, ch)))
      push('change', ch.rule, 'change-base', got);
    else push('change', ch.rule);
  }
  const shows = (v && certain(v)) || (c && certain(c)) || s.changes.some((ch) => certain(ch) && !ch.value.approximate);
  if (shows && s.period && certain(s.period) && fact?.p)
    push('period', s.period.rule, samePeriod(s.period.value, fact.p) ? undefined : 'period', s.period.value);
  // Not silent wrong numbers in the scorer's sense: a statement's stage and target/actual.
  if (fact && fp > 0) {
    if (s.stage && certain(s.stage)) push('stage', s.stage.rule, s.stage.value === fact.st ? undefined : 'stage');
    if (shows && certain(s.kind)) push('kind', s.kind.rule, s.kind.value === (fact.k ?? 'actual') ? undefined : 'kind');
  }
}

const NOT_SW: ReadonlySet<string> = new Set(['stage', 'kind']);

/** Judges every certain reading of the sets' sentences; counts doubted readings per rule × field. */
export function judgeSet(
  set: string,
  sentences: readonly RealSentence[],
): { judged: Judged[]; doubted: Map<string, number> } {
  const judged: Judged[] = [];
  const doubted = new Map<string, number>();
  const doubt = (field: FieldKind, f: { rule: string; confidence?: string | undefined } | undefined) => {
    // a doubt appends `?<reason>` to the rule id of the field it doubts
    const key = `${f?.rule.split('?')[0]}\t${field}`;
    if (f && f.confidence === 'uncertain') doubted.set(key, (doubted.get(key) ?? 0) + 1);
  };
  for (const sentence of sentences) {
    const { statements } = extractReport(sentence.text, { locale: sentence.locale });
    for (const s of statements) {
      judge(s, sentence.facts, (field, rule, wrong, got) =>
        judged.push({
          set,
          id: sentence.id,
          locale: sentence.locale,
          rule,
          field,
          ...(wrong ? { wrong, got, sw: !NOT_SW.has(wrong) } : {}),
        }),
      );
      doubt('value', s.value);
      doubt('completion', s.completion);
      for (const ch of s.changes) doubt('change', ch);
      doubt('period', s.period);
    }
  }
  return { judged, doubted };
}

interface Row {
  key: string;
  right: number;
  wrong: number;
  sw: number;
  doubted: number;
}

/**
 * How readings are grouped: `rule` (the whole id, `en.change.rate+sentence-base`), `base` (the id
 * before its first `+` qualifier, `en.change.rate`) or `family` (locale and field, `en.change`).
 */
type Grain = 'rule' | 'base' | 'family';
let grain: Grain = 'rule';
function keyOf(rule: string): string {
  if (grain === 'rule') return rule;
  const base = rule.split('+')[0] as string;
  return grain === 'base' ? base : base.split('.').slice(0, 2).join('.');
}

function rows(judged: readonly Judged[], doubted: ReadonlyMap<string, number> = new Map()): Row[] {
  const by = new Map<string, Row>();
  const row = (key: string): Row => {
    let r = by.get(key);
    if (!r) {
      r = { key, right: 0, wrong: 0, sw: 0, doubted: 0 };
      by.set(key, r);
    }
    return r;
  };
  for (const j of judged) {
    const r = row(`${keyOf(j.rule)}\t${j.field}`);
    if (j.wrong === undefined) r.right++;
    else {
      r.wrong++;
      if (j.sw) r.sw++;
    }
  }
  for (const [key, n] of doubted) {
    const [rule, field] = key.split('\t') as [string, string];
    row(`${keyOf(rule)}\t${field}`).doubted += n;
  }
  return [...by.values()].sort(
    (a, b) => b.sw - a.sw || b.wrong - a.wrong || b.right - a.right || (a.key < b.key ? -1 : 1),
  );
}

const pct = (n: number, d: number): string => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}`);

function printRows(title: string, rs: readonly Row[], top: number): void {
  const sw = rs.reduce((n, r) => n + r.sw, 0);
  const right = rs.reduce((n, r) => n + r.right, 0);
  console.log(`\n## ${title}: ${right} certain right, ${sw} silent wrong, ${rs.length} rule × field keys\n`);
  console.log('| rule | field | certain right | silent wrong | other wrong | precision % | doubted | share of sw % |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of rs.slice(0, top)) {
    const [rule, field] = r.key.split('\t');
    console.log(
      `| ${rule} | ${field} | ${r.right} | ${r.sw} | ${r.wrong - r.sw} | ${pct(r.right, r.right + r.wrong)} | ${r.doubted} | ${pct(r.sw, sw)} |`,
    );
  }
}

/** How concentrated each file's silent wrong numbers are, and whether the same keys carry them. */
function concentration(sets: readonly Judged[][], names: readonly string[]): void {
  console.log(`\n## Concentration of silent wrong numbers (keys: ${grain} × field)\n`);
  console.log('| set | sw | keys with sw | top 5 keys: sw (share) | top 5 keys | sw on keys with sw in another set |');
  console.log('|---|---|---|---|---|---|');
  const swKeys = sets.map(
    (s) =>
      new Set(
        rows(s)
          .filter((r) => r.sw > 0)
          .map((r) => r.key),
      ),
  );
  sets.forEach((s, i) => {
    const withSw = rows(s).filter((r) => r.sw > 0);
    const total = withSw.reduce((n, r) => n + r.sw, 0);
    const top = withSw.slice(0, 5);
    const topSw = top.reduce((n, r) => n + r.sw, 0);
    const shared = withSw.filter((r) => swKeys.some((k, o) => o !== i && k.has(r.key))).reduce((n, r) => n + r.sw, 0);
    const named = top.map((r) => `${r.key.replace('\t', ' ')} ${r.sw}/${r.right + r.wrong}`).join('; ');
    console.log(
      `| ${names[i]} | ${total} | ${withSw.length} | ${topSw} (${pct(topSw, total)} %) | ${named} | ${shared} |`,
    );
  });
}

/**
 * Leave-one-out check of "doubt every key whose precision on the other sets is below t": per held-out
 * file, the silent wrong numbers it removes and the right certain readings it costs; `precision of
 * doubted` is right / all among the readings the policy doubts (the file's whole precision is the
 * baseline: a policy that cannot tell wrong readings from right ones doubts at that precision), and
 * `random` the silent wrong numbers as many readings doubted at random would remove on average.
 */
function leaveOneOut(files: readonly string[], min: number): void {
  const sets = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as Judged[]);
  const names = sets.map((s, i) => s[0]?.set ?? (files[i] as string));
  concentration(sets, names);
  const thresholds = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.99];
  console.log(
    `\n## Leave-one-out: doubt keys (${grain} × field) with precision < t on the other sets (≥ ${min} certain there)\n`,
  );
  console.log(
    '| t | held out | keys doubted | sw before | sw removed | right before | right lost | precision of doubted % | random |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  const line = (t: number, name: string, keys: string, n: readonly number[]): void => {
    const [swB, swR, rB, rL] = n as [number, number, number, number];
    const random = ((swR + rL) * swB) / (swB + rB);
    console.log(
      `| ${t} | ${name} | ${keys} | ${swB} | ${swR} | ${rB} | ${rL} | ${pct(rL, rL + swR)} | ${random.toFixed(1)} |`,
    );
  };
  for (const t of thresholds) {
    const sum = [0, 0, 0, 0];
    for (let i = 0; i < sets.length; i++) {
      const train = rows(sets.filter((_, k) => k !== i).flat());
      const doubt = new Set(
        train.filter((r) => r.right + r.wrong >= min && r.right / (r.right + r.wrong) < t).map((r) => r.key),
      );
      const test = (sets[i] as Judged[]).filter((j) => !NOT_SW.has(j.field));
      const hit = (j: Judged) => doubt.has(`${keyOf(j.rule)}\t${j.field}`);
      const sw = test.filter((j) => j.sw);
      const right = test.filter((j) => j.wrong === undefined);
      const n = [sw.length, sw.filter(hit).length, right.length, right.filter(hit).length];
      n.forEach((x, k) => {
        sum[k] = (sum[k] as number) + x;
      });
      line(t, names[i] as string, String(doubt.size), n);
    }
    line(t, `**all ${sets.length}**`, '', sum);
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const opt = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const min = Number(opt('--min') ?? '3');
  grain = (opt('--grain') ?? 'rule') as Grain;
  const looAt = argv.indexOf('--loo');
  if (looAt >= 0) {
    leaveOneOut(
      argv
        .slice(looAt + 1)
        .filter((a, i, all) => !a.startsWith('--') && (i === 0 || !(all[i - 1] as string).startsWith('--'))),
      min,
    );
    return;
  }
  const top = Number(opt('--top') ?? '40');
  const sets = argv.flatMap((a, i) => (a === '--set' ? [argv[i + 1] as string] : []));
  if (sets.length === 0) throw new Error('name a set: --set test15');
  const all: Judged[] = [];
  const doubtedAll = new Map<string, number>();
  for (const set of sets) {
    const { judged, doubted } = judgeSet(set, await loadSet(set));
    all.push(...judged);
    for (const [k, n] of doubted) doubtedAll.set(k, (doubtedAll.get(k) ?? 0) + n);
    printRows(set, rows(judged, doubted), top);
  }
  if (sets.length > 1) printRows(sets.join(' + '), rows(all, doubtedAll), top);
  const json = opt('--json');
  if (json) writeFileSync(json, `${JSON.stringify(all)}\n`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
