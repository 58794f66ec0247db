import type { RealFact } from '../real-corpus/types';
import { cross, type Phrasebook, type PhraseCase } from './harness';

/**
 * en-structure: how English report prose puts SEVERAL figures in one sentence — coordinated
 * subjects with `respectively`, values listed then their changes, a gapped verb (`A rose P% to X,
 * B Q% to Y`), semicolon lists (`X from A, up P%; Y from B, up Q%`), market lists with counts,
 * bracketed items (`the UK (26,400 arrivals, up P%)`), `with exports at X (up P%) and imports at Y
 * (up Q%)`, parallel clauses joined by `while`/`and`/`whereas`, `including X by A and Y by B`,
 * change-only lists after a dash or a colon (`prices declined in two categories – A P%, and B Q%`),
 * `an P% growth in A; Q% in B`, bounds carried through a list (`exceeded $X and $Y`) and a trade
 * balance after a pair. Each template crosses the number of items (two to four where the shape
 * allows) with the shape's own classes (verb, change word, base and its place, bound, separator);
 * the spelling of numbers (`$`, `US$`, `USD`; `%`, `percent`, `per cent`) turns with the case index
 * so every spelling meets every structure without multiplying the book.
 *
 * Facts follow the real-corpus conventions (`real-corpus/types.ts`): a change whose base is not
 * written is `*`; a base written once after a `respectively` list or a list of changes belongs to
 * each change; a base written on the first item of a semicolon list only is the first item's (the
 * rest are `*`); `exceeded` / `more than` make a lower bound; a trade balance is a value without a
 * change.
 */

const SPLY = 'same-period-last-year';

/** `13.11` × 10^k as a canonical decimal string (no float arithmetic). */
function units(num: string, zeros: number): string {
  const [int = '0', frac = ''] = num.replace(/,/g, '').split('.');
  const digits = (int + frac.padEnd(zeros, '0').slice(0, zeros)).replace(/^0+(?=\d)/, '');
  const rest = frac.slice(zeros).replace(/0+$/, '');
  return rest ? `${digits}.${rest}` : digits;
}

interface Money {
  /** As printed. */
  readonly text: string;
  readonly v: string;
  readonly u: string;
}

/** Money spellings of a figure in billions of US dollars, turned by `i`. */
function usd(num: string, i: number): Money {
  const spellings = [`$${num} billion`, `US$${num} billion`, `${num} billion USD`, `USD${num} billion`];
  return { text: spellings[i % spellings.length] as string, v: units(num, 9), u: 'USD' };
}

/** Percent spellings, turned by `i`. */
function pct(num: string, i: number): string {
  const spellings = [`${num}%`, `${num} percent`, `${num} per cent`];
  return spellings[i % spellings.length] as string;
}

/** `A and B`, `A, B and C`, `A, B, and C` (Oxford comma turned by `i`). */
function andList(items: readonly string[], i: number): string {
  if (items.length === 1) return items[0] as string;
  if (items.length === 2) return `${items[0]} and ${items[1]}`;
  const oxford = i % 2 === 0 ? ',' : '';
  return `${items.slice(0, -1).join(', ')}${oxford} and ${items[items.length - 1]}`;
}

const neg = (n: string): string => `-${n}`;

/** Values (billions), changes and counts, distinct per item so a wrong pairing is a wrong number. */
const VALUES = ['13.11', '6.58', '3.52', '1.99'] as const;
const RATES = ['27.7', '12.4', '3.6', '5.8'] as const;
const COUNTS = ['196,200', '102,900', '46,000', '23,600'] as const;

/** Names of items, some with an inner `and` as real categories have. */
const NAME_SETS = [
  ['rice', 'coffee', 'cashew nuts', 'pepper'],
  ['phones and components', 'computers and electronics', 'garments and textiles', 'footwear'],
] as const;
const MARKETS = ['the Republic of Korea', 'China', 'the US', 'Japan'] as const;
const SECTORS = [
  'the domestic sector',
  'the foreign-invested sector',
  'the state sector',
  'the private sector',
] as const;

/** Where the shared base is written and what it makes of every change. */
interface Base {
  readonly text: string;
  readonly base: string;
}
const BASES: readonly Base[] = [
  { text: '', base: '*' },
  { text: ' year-on-year', base: SPLY },
  { text: ' over the same period last year', base: SPLY },
  { text: ' from a year earlier', base: SPLY },
];

/** A lead period (or none) and the period it gives every fact. */
const LEADS = [
  { text: '', p: undefined },
  { text: 'In the first five months of 2024, ', p: '2024-YTD-05' },
] as const;

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function fact(f: RealFact, p: string | undefined): RealFact {
  return p ? { ...f, p } : f;
}

const N = [2, 3, 4] as const;

/** `A and B reached $X and $Y, up P% and Q% year-on-year, respectively.` */
function respectivelyPairs(): PhraseCase[] {
  const verbs = [
    { text: 'reached', a: undefined },
    { text: 'hit', a: undefined },
    { text: 'stood at', a: undefined },
    { text: 'totalled', a: undefined },
    { text: 'exceeded', a: 'over' as const },
    { text: 'were', a: undefined },
  ];
  const changes = [
    (ps: string, b: string) => `up ${ps}${b}, respectively`,
    (ps: string, b: string) => `rising ${ps}${b}, respectively`,
    (ps: string, b: string) => `increasing by ${ps}${b} respectively`,
    (ps: string, b: string) => `representing increases of ${ps}${b}, respectively`,
  ];
  return cross(N, verbs, changes, BASES, [0, 1] as const).map(([n, verb, change, base, nameSet], i) => {
    const names = NAME_SETS[nameSet].slice(0, n);
    const money = VALUES.slice(0, n).map((x, j) => usd(x, i + j));
    const rates = RATES.slice(0, n);
    const text = `${cap(
      andList(
        names.map((x) => `exports of ${x}`),
        i,
      ),
    )} ${verb.text} ${andList(
      money.map((m) => m.text),
      i,
    )}, ${change(
      andList(
        rates.map((r) => pct(r, i)),
        i,
      ),
      base.text,
    )}.`;
    const facts = money.map((m, j) => ({
      v: m.v,
      u: m.u,
      ...(verb.a ? { a: verb.a } : {}),
      ch: [`rate ${rates[j]} ${base.base}`],
    }));
    return { text, facts };
  });
}

/** `Of the total, $X came from A and $Y from B, rising P% and Q% against the same time last year.` */
function valuesThenChanges(): PhraseCase[] {
  const shapes = [
    (vs: string[], ns: readonly string[]) =>
      `Of the total export earnings, ${andList(
        vs.map((v, j) => (j === 0 ? `${v} came from ${ns[j]}` : `${v} from ${ns[j]}`)),
        0,
      )}`,
    (vs: string[], ns: readonly string[]) =>
      `In the period, ${andList(
        vs.map((v, j) => (j === 0 ? `${ns[j]} spent ${v} on imports` : `${ns[j]} ${v}`)),
        1,
      )}`,
    (vs: string[], ns: readonly string[]) =>
      `Broken down, ${andList(
        vs.map((v, j) => `${ns[j]} earned ${v}`),
        0,
      )}`,
  ];
  const changes = [
    { text: (ps: string, b: string) => `, rising ${ps}${b}`, base: (b: Base) => b.base },
    { text: (ps: string, b: string) => `, up ${ps}${b}, respectively`, base: (b: Base) => b.base },
    { text: (ps: string, b: string) => `, increasing ${ps}${b}`, base: (b: Base) => b.base },
    { text: (ps: string, _b: string) => `, year-on-year increases of ${ps}`, base: (_b: Base) => SPLY },
  ];
  return cross([2, 3] as const, shapes, changes, BASES).map(([n, shape, change, base], i) => {
    const money = VALUES.slice(0, n).map((x, j) => usd(x, i + j));
    const rates = RATES.slice(0, n);
    const head = shape(
      money.map((m) => m.text),
      SECTORS.slice(0, n),
    );
    const b = change.base(base);
    const text = `${head}${change.text(
      andList(
        rates.map((r) => pct(r, i)),
        i,
      ),
      base.text,
    )}.`;
    return { text, facts: money.map((m, j) => ({ v: m.v, u: m.u, ch: [`rate ${rates[j]} ${b}`] })) };
  });
}

/** `Revenues of A rose P percent to $X, B Q percent to $Y, and C R percent to $Z.` (gapped verb) */
function gappedVerb(): PhraseCase[] {
  const verbs = [
    { first: 'rising', sign: (r: string) => r },
    { first: 'growing', sign: (r: string) => r },
    { first: 'increasing', sign: (r: string) => r },
    { first: 'falling', sign: neg },
    { first: 'declining', sign: neg },
  ];
  const heads = [
    { text: (names: string) => `Exports posted growth, with revenues of ${names}`, lead: '' },
    { text: (names: string) => `Export revenues of ${names}`, lead: 'finite' },
  ];
  return cross(N, verbs, heads, [0, 1] as const, LEADS).map(([n, verb, head, nameSet, lead], i) => {
    const names = NAME_SETS[nameSet].slice(0, n);
    const money = VALUES.slice(0, n).map((x, j) => usd(x, i + j));
    const rates = RATES.slice(0, n);
    const firstVerb = head.lead === 'finite' ? verb.first.replace(/ing$/, 'ed').replace(/eed$/, 'ed') : verb.first;
    const finite =
      { rising: 'rose', growing: 'grew', increasing: 'increased', falling: 'fell', declining: 'declined' }[
        verb.first
      ] ?? firstVerb;
    const parts = names.map((nm, j) =>
      j === 0
        ? `${head.text(nm)} ${head.lead === 'finite' ? finite : verb.first} ${pct(rates[j] as string, i)} to ${money[j]?.text}`
        : `${nm} ${pct(rates[j] as string, i)} to ${money[j]?.text}`,
    );
    const body = andList(parts, i);
    const text = `${lead.text}${lead.text ? body.charAt(0).toLowerCase() + body.slice(1) : body}.`;
    return {
      text,
      facts: money.map((m, j) => fact({ v: m.v, u: m.u, ch: [`rate ${verb.sign(rates[j] as string)} *`] }, lead.p)),
    };
  });
}

/** `Vietnam gained $X from A, up P percent; $Y from B, up Q percent; and $Z from C, up R percent.` */
function semicolonItems(): PhraseCase[] {
  const verbs = [
    { text: 'gained', prep: 'from', what: (x: string) => `exporting ${x}` },
    { text: 'earned', prep: 'from', what: (x: string) => x },
    { text: 'spent', prep: 'on', what: (x: string) => `importing ${x}` },
  ];
  const changes = [
    { text: (p: string) => `up ${p}`, sign: (r: string) => r },
    { text: (p: string) => `down ${p}`, sign: neg },
    { text: (p: string) => `an increase of ${p}`, sign: (r: string) => r },
    { text: (p: string) => `a rise of ${p}`, sign: (r: string) => r },
  ];
  const firstBase = [
    { text: '', base: '*' },
    { text: ' year-on-year', base: SPLY },
  ];
  return cross(N, verbs, changes, firstBase, LEADS).map(([n, verb, change, fb, lead], i) => {
    const names = NAME_SETS[1].slice(0, n);
    const money = VALUES.slice(0, n).map((x, j) => usd(x, i + j));
    const rates = RATES.slice(0, n);
    const parts = names.map((nm, j) => {
      const what = j === 0 ? verb.what(nm) : nm;
      return `${money[j]?.text} ${verb.prep} ${what}, ${change.text(pct(rates[j] as string, i))}${j === 0 ? fb.text : ''}`;
    });
    const list =
      parts.length === 2 ? `${parts[0]}; and ${parts[1]}` : `${parts.slice(0, -1).join('; ')}; and ${parts.at(-1)}`;
    const text = `${lead.text || 'Specifically, '}Vietnam ${verb.text} ${list}.`;
    return {
      text,
      facts: money.map((m, j) =>
        fact({ v: m.v, u: m.u, ch: [`rate ${change.sign(rates[j] as string)} ${j === 0 ? fb.base : '*'}`] }, lead.p),
      ),
    };
  });
}

/** `… being the Republic of Korea with 196,200 arrivals, up P% year-on-year; the US 102,900, up Q%; and Japan 46,000, up R%.` */
function marketCounts(): PhraseCase[] {
  const heads = [
    'The top markets were ',
    'Visitors mainly came from Asia, led by ',
    'Among the top source markets were ',
  ];
  const changes = [
    { text: (p: string) => `up ${p}`, sign: (r: string) => r },
    { text: (p: string) => `an increase of ${p}`, sign: (r: string) => r },
    { text: (p: string) => `down ${p}`, sign: neg },
  ];
  const seps = ['; ', ', '] as const;
  const firstBase = [
    { text: '', base: '*' },
    { text: ' year-on-year', base: SPLY },
  ];
  // (the later items with `with` or bare: `the US 102,900, up 5,382%`)
  const links = [' with ', ' '];
  return cross(N, heads, changes, seps, firstBase, links).map(([n, head, change, sep, fb, link], i) => {
    const counts = COUNTS.slice(0, n);
    const rates = RATES.slice(0, n);
    const parts = MARKETS.slice(0, n).map((m, j) =>
      j === 0
        ? `${m} with ${counts[j]} arrivals, ${change.text(pct(rates[j] as string, i))}${fb.text}`
        : `${m}${link}${counts[j]}, ${change.text(pct(rates[j] as string, i))}`,
    );
    const text = `${head}${parts.slice(0, -1).join(sep)}${sep}and ${parts.at(-1)}.`;
    return {
      text,
      facts: counts.map((c, j) => ({
        v: units(c, 0),
        ch: [`rate ${change.sign(rates[j] as string)} ${j === 0 ? fb.base : '*'}`],
      })),
    };
  });
}

/** `… such as the UK (26,400 arrivals, up P%), France (23,400, up Q%), and Germany (23,600, up R%).` */
function bracketItems(): PhraseCase[] {
  const heads = [
    'European markets showed impressive increases, such as ',
    'Arrivals grew from several markets, including ',
    'Growth was led by ',
  ];
  const changes = [
    { text: (p: string) => `up ${p}`, sign: (r: string) => r },
    { text: (p: string) => `down ${p}`, sign: neg },
    { text: (p: string) => `a rise of ${p}`, sign: (r: string) => r },
    { text: (p: string) => `up ${p} year-on-year`, sign: (r: string) => r, base: SPLY },
  ];
  const countries = ['the UK', 'France', 'Germany', 'Italy'];
  return cross(N, heads, changes, [0, 1] as const).map(([n, head, change, withNoun], i) => {
    const counts = COUNTS.slice(0, n);
    const rates = RATES.slice(0, n);
    const parts = countries
      .slice(0, n)
      .map(
        (c, j) =>
          `${c} (${counts[j]}${j === 0 || withNoun ? ' arrivals' : ''}, ${change.text(pct(rates[j] as string, i))})`,
      );
    const text = `${head}${andList(parts, i)}.`;
    return {
      text,
      facts: counts.map((c, j) => ({
        v: units(c, 0),
        ch: [`rate ${change.sign(rates[j] as string)} ${'base' in change ? change.base : '*'}`],
      })),
    };
  });
}

/** `Trade reached $T, with exports at $X (up P%) and imports at $Y (up Q%).` */
function withAtBrackets(): PhraseCase[] {
  const heads = [
    { text: (t: string) => `Total trade reached ${t}, with `, total: true },
    { text: (_t: string) => 'The country posted a trade surplus, with ', total: false },
  ];
  const inner = [
    { text: (p: string) => `up ${p}`, sign: (r: string) => r, base: '*' },
    { text: (p: string) => `up ${p} year-on-year`, sign: (r: string) => r, base: SPLY },
    { text: (p: string) => `down ${p}`, sign: neg, base: '*' },
    { text: (p: string) => `a rise of ${p}`, sign: (r: string) => r, base: '*' },
  ];
  const preps = ['at', 'reaching', 'of'];
  return cross(heads, inner, preps, LEADS).map(([head, change, prep, lead], i) => {
    const x = usd('35.2', i);
    const y = usd('31.75', i + 1);
    const t = usd('66.95', i + 2);
    const text = `${lead.text}${lead.text ? head.text(t.text).charAt(0).toLowerCase() + head.text(t.text).slice(1) : head.text(t.text)}exports ${prep} ${x.text} (${change.text(pct('14.2', i))}) and imports ${prep} ${y.text} (${change.text(pct('9.6', i))}).`;
    const facts: RealFact[] = [
      fact({ v: x.v, u: x.u, ch: [`rate ${change.sign('14.2')} ${change.base}`] }, lead.p),
      fact({ v: y.v, u: y.u, ch: [`rate ${change.sign('9.6')} ${change.base}`] }, lead.p),
    ];
    if (head.total) facts.unshift(fact({ v: t.v, u: t.u }, lead.p));
    return { text, facts };
  });
}

/** `Exports rose P% to $X while imports rose Q% to $Y.` and `Exports reached $X, up P%, while imports reached $Y, up Q%.` */
function parallelClauses(): PhraseCase[] {
  const conj = [' while ', ', while ', ', and ', ' whereas ', '; meanwhile, '];
  const verbs = [
    { v: 'rose', sign: (r: string) => r },
    { v: 'grew', sign: (r: string) => r },
    { v: 'increased', sign: (r: string) => r },
    { v: 'fell', sign: neg },
    { v: 'dropped', sign: neg },
  ];
  const orders = ['rate-to-value', 'value-then-change'] as const;
  const firstBase = [
    { text: '', base: '*' },
    { text: ' year-on-year', base: SPLY },
  ];
  return cross(conj, verbs, orders, firstBase).map(([c, verb, order, fb], i) => {
    const x = usd('35.2', i);
    const y = usd('31.75', i + 1);
    const p = pct('14.2', i);
    const q = pct('9.6', i);
    const upDown = verb.sign('1') === '1' ? 'up' : 'down';
    const first =
      order === 'rate-to-value'
        ? `Exports ${verb.v} ${p}${fb.text} to ${x.text}`
        : `Exports reached ${x.text}, ${upDown} ${p}${fb.text}`;
    const second =
      order === 'rate-to-value' ? `imports ${verb.v} ${q} to ${y.text}` : `imports reached ${y.text}, ${upDown} ${q}`;
    const sep = c.startsWith('; ') ? c : order === 'value-then-change' && !c.startsWith(',') ? `,${c}` : c;
    const text = `${first}${sep}${second}.`;
    return {
      text,
      facts: [
        { v: x.v, u: x.u, ch: [`rate ${verb.sign('14.2')} ${fb.base}`] },
        { v: y.v, u: y.u, ch: [`rate ${verb.sign('9.6')} *`] },
      ],
    };
  });
}

/** `FDI disbursement reached $T, including $X by A and $Y by B.` (values only) */
function includingBy(): PhraseCase[] {
  const joins = [
    { text: (t: string) => `Disbursed capital reached ${t}, including `, total: true },
    { text: (t: string) => `Disbursed capital reached ${t}, of which `, total: true },
    { text: (_t: string) => 'Capital was disbursed in two parts: ', total: false },
  ];
  const preps = [
    (v: string, s: string) => `${v} by ${s}`,
    (v: string, s: string) => `${v} from ${s}`,
    (v: string, s: string) => `${s} with ${v}`,
  ];
  return cross([2, 3] as const, joins, preps, LEADS).map(([n, join, prep, lead], i) => {
    const money = VALUES.slice(0, n).map((x, j) => usd(x, i + j));
    const t = usd('25.14', i);
    const body = `${join.text(t.text)}${andList(
      money.map((m, j) => prep(m.text, SECTORS[j] as string)),
      i,
    )}`;
    const text = `${lead.text}${lead.text ? body.charAt(0).toLowerCase() + body.slice(1) : body}.`;
    const facts: RealFact[] = money.map((m) => fact({ v: m.v, u: m.u }, lead.p));
    if (join.total) facts.unshift(fact({ v: t.v, u: t.u }, lead.p));
    return { text, facts };
  });
}

/** `Prices declined in two categories – petrol and oil 15.26%, and postal services 0.62%.` (changes only) */
function changeOnlyDash(): PhraseCase[] {
  const heads = [
    { text: (k: string) => `Prices declined in ${k} categories`, sign: neg },
    { text: (k: string) => `Prices fell in ${k} groups`, sign: neg },
    { text: (k: string) => `Prices rose in ${k} categories`, sign: (r: string) => r },
    { text: (k: string) => `Prices increased in ${k} groups`, sign: (r: string) => r },
  ];
  const seps = [' – ', ': ', ' - ', ', namely '];
  const cats = [
    'petrol and oil',
    'postal and telecommunications services',
    'education',
    'housing and construction materials',
  ];
  return cross([2, 3, 4] as const, heads, seps).map(([n, head, sep], i) => {
    const rates = ['15.26', '0.62', '1.8', '2.45'].slice(0, n);
    const word = { 2: 'two', 3: 'three', 4: 'four' }[n];
    const parts = cats.slice(0, n).map((c, j) => `${c} ${pct(rates[j] as string, i)}`);
    // (two items as real text writes them: `A P%, and B Q%`)
    const list = n === 2 ? `${parts[0]}, and ${parts[1]}` : andList(parts, i + 1);
    const text = `${head.text(word)}${sep}${list}.`;
    return { text, facts: rates.map((r) => ({ ch: [`rate ${head.sign(r)} *`] })) };
  });
}

/** `… including an 11.22% year-on-year growth in logistics; 10.31% in finance; 6.08% in real estate.` */
function growthInList(): PhraseCase[] {
  const nouns = [
    { a: (p: string) => `an ${p}`, noun: 'growth' },
    { a: (p: string) => `an ${p}`, noun: 'increase' },
    { a: (p: string) => `a rise of ${p}`, noun: '' },
    { a: (p: string) => `growth of ${p}`, noun: '' },
  ];
  const bases = [
    { text: '', base: '*' },
    { text: 'year-on-year ', base: SPLY },
  ];
  const seps = ['; ', ', '];
  const fields = ['logistics', 'finance and banking', 'real estate', 'healthcare'];
  const rates = ['11.22', '10.31', '6.08', '16.49'];
  return cross(N, nouns, bases, seps).map(([n, noun, base, sep], i) => {
    const parts = fields.slice(0, n).map((f, j) => {
      const p = pct(rates[j] as string, i);
      if (j > 0) return `${p} in ${f}`;
      // the first rate is 11.22: `an 11.22% growth`
      if (noun.noun) return `${noun.a(p)} ${base.text}${noun.noun} in ${f}`;
      return `${noun.a(p)}${base.text ? ` ${base.text.trim()}` : ''} in ${f}`;
    });
    const text = `Several services sectors improved, including ${parts.slice(0, -1).join(sep)}${sep}and ${parts.at(-1)}.`;
    return {
      text,
      facts: rates.slice(0, n).map((r, j) => ({ ch: [`rate ${r} ${j === 0 ? base.base : '*'}`] })),
    };
  });
}

/** `Exports and imports reached $X and $Y, up P% and Q%, respectively, resulting in a trade surplus of $Z.` */
function pairThenBalance(): PhraseCase[] {
  const balances = [
    (z: string) => `, resulting in a trade surplus of ${z}`,
    (z: string) => `, leaving a trade surplus of ${z}`,
    (z: string) => `, bringing the trade surplus to ${z}`,
    (z: string) => `. The trade deficit was ${z}`,
  ];
  const shapes = ['respectively', 'gapped'] as const;
  return cross(balances, shapes, BASES, LEADS).map(([bal, shape, base, lead], i) => {
    const x = usd('35.2', i);
    const y = usd('31.75', i + 1);
    const z = usd('3.45', i + 2);
    const p = pct('14.2', i);
    const q = pct('9.6', i);
    const body =
      shape === 'respectively'
        ? `Exports and imports reached ${x.text} and ${y.text}, up ${p} and ${q}${base.text}, respectively`
        : `Exports reached ${x.text}, up ${p}${base.text}, and imports ${y.text}, up ${q}${base.text}`;
    const text = `${lead.text}${lead.text ? body.charAt(0).toLowerCase() + body.slice(1) : body}${bal(z.text)}.`;
    return {
      text,
      facts: [
        fact({ v: x.v, u: x.u, ch: [`rate 14.2 ${base.base}`] }, lead.p),
        fact({ v: y.v, u: y.u, ch: [`rate 9.6 ${base.base}`] }, lead.p),
        bal === balances[3] ? { v: z.v, u: z.u } : fact({ v: z.v, u: z.u }, lead.p),
      ],
    };
  });
}

/** `… 18,100 new enterprises with registered capital of $X, up P percent in the number of enterprises and Q percent in registered capital.` */
function measureList(): PhraseCase[] {
  const measures = [
    ['in the number of enterprises', 'in the value of registered capital'],
    ['in the number of enterprises', 'in registered capital'],
    ['in number', 'in capital'],
  ] as const;
  const changes = [
    { text: (p: string, q: string, m: readonly string[]) => `up ${p} ${m[0]} and ${q} ${m[1]}` },
    { text: (p: string, q: string, m: readonly string[]) => `up ${p} ${m[0]}, and ${q} ${m[1]}` },
    { text: (p: string, q: string, m: readonly string[]) => `rising ${p} ${m[0]} and ${q} ${m[1]}` },
  ];
  return cross(measures, changes, BASES).map(([m, change, base], i) => {
    const x = usd('14.4', i);
    const text = `The country had 18,100 newly-registered enterprises with total registered capital of ${x.text}, ${change.text(pct('4', i), pct('52', i), m)}${base.text}.`;
    return {
      text,
      facts: [
        { v: '18100', ch: [`rate 4 ${base.base}`] },
        { v: x.v, u: x.u, ch: [`rate 52 ${base.base}`] },
      ],
    };
  });
}

/** `Arrivals from most markets rose, led by Hong Kong (111.3% up), Germany (99.4% up) and Russia (27% up).` (changes only) */
function changeOnlyMarkets(): PhraseCase[] {
  const leads = [
    'Arrivals from most markets increased, led by ',
    'Most source markets grew, including ',
    'Visitor numbers rose across the board, with ',
  ];
  const items = [
    { text: (m: string, p: string) => `${m} (${p} up)`, sign: (r: string) => r },
    { text: (m: string, p: string) => `${m} (up ${p})`, sign: (r: string) => r },
    { text: (m: string, p: string) => `${m} (+${p})`, sign: (r: string) => r },
    { text: (m: string, p: string) => `${m} (down ${p})`, sign: neg },
    { text: (m: string, p: string) => `${m}, up ${p}`, sign: (r: string) => r },
  ];
  const markets = ['Hong Kong', 'Germany', 'Russia', 'Laos'];
  return cross(N, leads, items).map(([n, lead, item], i) => {
    const rates = RATES.slice(0, n);
    const parts = markets.slice(0, n).map((m, j) => item.text(m, pct(rates[j] as string, i)));
    const text = `${lead}${andList(parts, i)}.`;
    return { text, facts: rates.map((r) => ({ ch: [`rate ${item.sign(r)} *`] })) };
  });
}

/** `Arrivals from Australia and the US grew by P% and Q%, respectively, to 17,806 and 49,675.` */
function respectivelyTo(): PhraseCase[] {
  const verbs = [
    { text: 'grew by', sign: (r: string) => r },
    { text: 'rose', sign: (r: string) => r },
    { text: 'increased', sign: (r: string) => r },
    { text: 'fell', sign: neg },
  ];
  const orders = ['respectively-before-to', 'respectively-at-end'] as const;
  const kinds = ['count', 'money'] as const;
  return cross([2, 3] as const, verbs, orders, kinds).map(([n, verb, order, kind], i) => {
    const rates = RATES.slice(0, n);
    const values =
      kind === 'count'
        ? COUNTS.slice(0, n).map((c) => ({ text: c, v: units(c, 0), u: undefined as string | undefined }))
        : VALUES.slice(0, n).map((x, j) => {
            const m = usd(x, i + j);
            return { text: m.text, v: m.v, u: m.u as string | undefined };
          });
    const names = kind === 'count' ? MARKETS.slice(0, n) : NAME_SETS[0].slice(0, n);
    const subject = kind === 'count' ? `Arrivals from ${andList(names, i)}` : `Exports of ${andList(names, i)}`;
    const ps = andList(
      rates.map((r) => pct(r, i)),
      i,
    );
    const vs = andList(
      values.map((v) => v.text),
      i,
    );
    const text =
      order === 'respectively-before-to'
        ? `${subject} ${verb.text} ${ps}, respectively, to ${vs}.`
        : `${subject} ${verb.text} ${ps} to ${vs}, respectively.`;
    return {
      text,
      facts: values.map((v, j) => ({
        v: v.v,
        ...(v.u ? { u: v.u } : {}),
        ch: [`rate ${verb.sign(rates[j] as string)} *`],
      })),
    };
  });
}

/** `Seafood exports surged 24.5% on-year to US$4.2 billion, along with forestry products up 13.2% to US$3.52 billion.` */
function alongWith(): PhraseCase[] {
  const joins = [', along with ', ', while ', ', followed by ', ' and '];
  const seconds = [
    { text: (p: string, v: string) => `forestry products up ${p} to ${v}`, sign: (r: string) => r },
    { text: (p: string, v: string) => `forestry products rising ${p} to ${v}`, sign: (r: string) => r },
    { text: (p: string, v: string) => `forestry products, up ${p} to ${v}`, sign: (r: string) => r },
    { text: (p: string, v: string) => `forestry products down ${p} to ${v}`, sign: neg },
  ];
  const firstBase = [
    { text: '', base: '*' },
    { text: ' on-year', base: SPLY },
    { text: ' year-on-year', base: SPLY },
  ];
  return cross(joins, seconds, firstBase).map(([join, second, fb], i) => {
    const x = usd('4.2', i);
    const y = usd('3.52', i + 1);
    const text = `Seafood exports surged ${pct('24.5', i)}${fb.text} to ${x.text}${join}${second.text(pct('13.2', i), y.text)}.`;
    return {
      text,
      facts: [
        { v: x.v, u: x.u, ch: [`rate 24.5 ${fb.base}`] },
        { v: y.v, u: y.u, ch: [`rate ${second.sign('13.2')} *`] },
      ],
    };
  });
}

/** `Of the total, farm products hit $9.3 billion, up 44%, while aquatic products reaped $3.7 billion, a rise of 24.4%, and forestry products earned $2.6 billion, up 12.4%.` */
function mixedClauses(): PhraseCase[] {
  const verbs = ['hit', 'reaped', 'earned', 'brought in', 'reached', 'fetched'];
  const changes = [
    (p: string) => `up ${p}`,
    (p: string) => `a rise of ${p}`,
    (p: string) => `increasing ${p}`,
    (p: string) => `an increase of ${p}`,
    (p: string) => `rising by ${p}`,
  ];
  const joins = [
    [', while ', ', and '],
    ['; ', '; and '],
    [', and ', ', while '],
  ] as const;
  const heads = ['Of the total, ', 'In particular, ', ''];
  const names = ['farm products', 'aquatic products', 'forestry products'];
  return cross(joins, heads, changes, [0, 1, 2] as const).map(([join, head, change, turn], i) => {
    const money = ['9.3', '3.7', '2.6'].map((x, j) => usd(x, i + j));
    const rates = ['44', '24.4', '12.4'];
    const clause = (j: number) =>
      `${names[j]} ${verbs[(turn + j + i) % verbs.length]} ${money[j]?.text}, ${(changes[(turn + j) % changes.length] ?? change)(pct(rates[j] as string, i))}`;
    const first = j0(change, money[0]?.text as string, pct(rates[0] as string, i), verbs[turn] as string);
    const body = `${first}${join[0]}${clause(1)}${join[1]}${clause(2)}`;
    const text = `${head}${head ? body : cap(body)}.`;
    return { text, facts: money.map((m, j) => ({ v: m.v, u: m.u, ch: [`rate ${rates[j]} *`] })) };
  });
  function j0(change: (p: string) => string, v: string, p: string, verb: string): string {
    return `${names[0]} ${verb} ${v}, ${change(p)}`;
  }
}

/** `China led with 2,568,842, up 36.1%, followed by Korea with 1,713,604, up 60%, and Japan with 404,012, up 6.6%.` */
function ledFollowedBy(): PhraseCase[] {
  const firsts = [
    (m: string, c: string, ch: string) => `${m} led with ${c} arrivals, ${ch}`,
    (m: string, c: string, ch: string) => `${m} topped the list with ${c} visitors, ${ch}`,
    (m: string, c: string, ch: string) => `${m} was the largest source with ${c} arrivals, ${ch}`,
  ];
  const changes = [
    { text: (p: string) => `up ${p}`, sign: (r: string) => r },
    { text: (p: string) => `up by ${p}`, sign: (r: string) => r },
    { text: (p: string) => `an increase of ${p}`, sign: (r: string) => r },
    { text: (p: string) => `down ${p}`, sign: neg },
  ];
  const rest = [
    (m: string, c: string, ch: string) => `${m} with ${c}, ${ch}`,
    (m: string, c: string, ch: string) => `${m} with ${c} (${ch})`,
  ];
  return cross(N, firsts, changes, rest).map(([n, first, change, more], i) => {
    const counts = COUNTS.slice(0, n);
    const rates = RATES.slice(0, n);
    const markets = ['China', 'Korea', 'Japan', 'the US'];
    const parts = markets
      .slice(0, n)
      .map((m, j) =>
        j === 0
          ? first(m, counts[j] as string, change.text(pct(rates[j] as string, i)))
          : more(m, counts[j] as string, change.text(pct(rates[j] as string, i))),
      );
    const text = `${parts[0]}, followed by ${andList(parts.slice(1), i)}.`;
    return {
      text,
      facts: counts.map((c, j) => ({ v: units(c, 0), ch: [`rate ${change.sign(rates[j] as string)} *`] })),
    };
  });
}

/** `The transport group saw the strongest fall of 2.29 percent, followed by food with 0.41 percent and housing with 0.97 percent.` (changes only) */
function strongestFollowedBy(): PhraseCase[] {
  const heads = [
    { text: (p: string) => `The transport group saw the strongest fall of ${p}`, sign: neg },
    { text: (p: string) => `The transport group posted the biggest decrease, ${p}`, sign: neg },
    { text: (p: string) => `The transport group saw the highest increase of ${p}`, sign: (r: string) => r },
    { text: (p: string) => `The transport group recorded the sharpest rise, at ${p}`, sign: (r: string) => r },
  ];
  const items = [
    (g: string, p: string) => `${g} with ${p}`,
    (g: string, p: string) => `${g} (${p})`,
    (g: string, p: string) => `${g} at ${p}`,
  ];
  const groups = ['food and catering services', 'housing and building materials', 'education'];
  return cross([2, 3, 4] as const, heads, items).map(([n, head, item], i) => {
    const rates = ['2.29', '0.41', '0.97', '0.12'].slice(0, n);
    const parts = groups.slice(0, n - 1).map((g, j) => item(g, pct(rates[j + 1] as string, i)));
    const text = `${head.text(pct(rates[0] as string, i))}, followed by ${andList(parts, i)}.`;
    return { text, facts: rates.map((r) => ({ ch: [`rate ${head.sign(r)} *`] })) };
  });
}

/** `Other notable markets are: Russia 338,393 (+7.9%); Malaysia 265,109 (+14.5%); and the UK 158,048 (-9.0%).` */
function signedBrackets(): PhraseCase[] {
  const heads = ['Other notable markets are: ', 'Other markets included ', 'Among other markets, '];
  const seps = ['; ', ', '];
  const signs = [
    ['+', '+', '+', '+'],
    ['+', '-', '+', '-'],
    ['+ ', '+ ', '- ', '+ '],
  ];
  const markets = ['Russia', 'Malaysia', 'Thailand', 'the UK'];
  return cross(N, heads, seps, signs).map(([n, head, sep, sg]) => {
    const counts = COUNTS.slice(0, n);
    const rates = RATES.slice(0, n);
    const parts = markets.slice(0, n).map((m, j) => `${m} ${counts[j]} (${sg[j]}${rates[j]}%)`);
    const text = `${head}${parts.slice(0, -1).join(sep)}${sep}and ${parts.at(-1)}.`;
    return {
      text,
      facts: counts.map((c, j) => ({
        v: units(c, 0),
        ch: [`rate ${(sg[j] as string).trim() === '-' ? neg(rates[j] as string) : rates[j]} *`],
      })),
    };
  });
}

/**
 * `District recording the most cases include: Dan Phuong (1,057), Thanh Oai (854) …`, `…, followed by
 * Vietjet (77), Bamboo Airways (29) and Pacific Airlines (14)`: a list of names, each with a bare
 * count alone in brackets — each count the named item's figure (round 26). Near-misses: a month's
 * reading in brackets (`in October (49.6)`), a year after a name, numbered labels (`Phase (1) and
 * Phase (2)`), a count inside a bracket after a lowercase word and a single named bracket.
 */
function namedBracketCounts(): PhraseCase[] {
  const heads = [
    (list: string) => `Districts recording the most cases include: ${list}.`,
    (list: string) => `Vietnam Airlines has the largest fleet with 102 jets, followed by ${list}.`,
    (list: string) => `The provinces with the most new projects were ${list}.`,
    (list: string) => `${list} had the most complaints this year.`,
  ];
  const names = [
    ['Dan Phuong', 'Thanh Oai', 'Dong Da', 'Ha Dong'],
    ['Vietjet', 'Bamboo Airways', 'Pacific Airlines', 'Vasco'],
    ['Binh Duong', 'Long An', 'Bac Ninh', 'Hai Phong'],
  ] as const;
  const counts = ['1,057', '854', '77', '29'] as const;
  const cases = cross(N, heads, names).map(([n, head, set], i) => {
    const parts = set.slice(0, n).map((name, j) => `${name} (${counts[j]})`);
    const list = i % 3 === 2 ? parts.join(', ') : andList(parts, i);
    const facts: RealFact[] = counts.slice(0, n).map((c) => ({ v: units(c, 0) }));
    return { text: head(list), facts: head === heads[1] ? [{ v: '102' }, ...facts] : facts };
  });
  const nearMisses: PhraseCase[] = [
    {
      text: 'The PMI stayed in contractionary territory in October (49.6), as it was in September (49.7).',
      facts: [],
    },
    { text: 'The plan covers Phase (1) and Phase (2) of the metro line.', facts: [] },
    { text: 'The reports of Vinamilk (2023) and Masan (2022) were published in April.', facts: [] },
    { text: 'The largest carrier in the market is Vietjet (77 aircraft).', facts: [] },
    { text: 'Cases were recorded in several districts (1,057), mostly in the west.', facts: [] },
  ];
  return [...cases, ...nearMisses];
}

/**
 * Counts after a verb of causing or a report in the present tense, the next count joined by `and`
 * with a bound (`…, causing 100,000 hospitalizations and nearly 100 deaths annually`, `health
 * authorities report 224,771 cases, including 92 deaths`; round 26). Near-misses: a report's year
 * (`The report 2022 showed …`), a count after a percentage and `and`.
 */
function causedCounts(): PhraseCase[] {
  const leads = [
    'Dengue remains a major issue, causing',
    'The storm swept the coast, causing',
    'Health authorities report',
    'The ministry reports',
  ];
  const pairs = [
    ['100,000', 'hospitalizations', 'nearly', '100', 'under', 'deaths'],
    ['2,400', 'evacuations', 'about', '40', 'about', 'injuries'],
    ['12,804', 'measles cases', 'more than', '35', 'over', 'deaths'],
  ] as const;
  const cases = cross(leads, pairs).map(([lead, [a, an, bound, b, kind, bn]]) => ({
    text: `${lead} ${a} ${an} and ${bound} ${b} ${bn}.`,
    facts: [{ v: units(a, 0) }, { v: b, a: kind }] as RealFact[],
  }));
  const nearMisses: PhraseCase[] = [
    { text: 'The report 2022 showed strong growth in exports.', facts: [] },
    { text: 'Prices rose 5% and nearly 300 shops closed.', facts: [{ ch: ['rate 5 *'] }, { v: '300', a: 'under' }] },
  ];
  return [...cases, ...nearMisses];
}

/**
 * A present tense of holding or running things before a count of a plural noun (round 29):
 * `MSC operates around 860 cargo ships`, `The group employs 1,200 workers`, `owns 12 hotels and runs
 * 40 restaurants`. Near-misses: a number of time after the verb (`runs 24 hours a day`), a
 * percentage (`employs 35 percent of`), a goal's base form (`aims to serve 30 million tourists` is a
 * target) and a year (`operates 2024 plans`: a label).
 */
function presentCounts(): PhraseCase[] {
  const subjects = [
    "The world's largest container liner, Switzerland-based MSC,",
    'The group',
    'Today the company',
    'The state-owned firm currently',
  ];
  const verbs = ['operates', 'employs', 'owns', 'runs', 'serves', 'manages', 'hosts', 'houses'];
  const counts = [
    ['', '860', 'cargo ships', undefined],
    ['around ', '1,200', 'workers', 'about'],
    ['more than ', '45', 'factories in Vietnam', 'over'],
    ['nearly ', '35', 'branches nationwide', 'under'],
    ['', '12', 'hotels and resorts', undefined],
  ] as const;
  return cross(subjects, verbs, counts).map(([subject, verb, [bound, n, noun, a]]) => ({
    text: `${subject} ${verb} ${bound}${n} ${noun}.`,
    facts: [{ v: units(n, 0), ...(a && { a }) }] as RealFact[],
  }));
}

/** Near-misses of {@link presentCounts}. */
function presentCountsNearMisses(): PhraseCase[] {
  return [
    { text: 'The shuttle runs 24 hours a day.', facts: [] },
    { text: 'The mayor serves 2 terms.', facts: [{ v: '2' }] },
    { text: 'Tourism operates 2024 plans for the region.', facts: [] },
    { text: 'The company employs 35 percent of its workers in the south.', facts: [{ v: '35', u: 'percent' }] },
    { text: 'The city aims to serve 30 million tourists in 2025.', facts: [{ k: 'target', v: '30000000', p: '2025' }] },
    { text: 'The city aims to host 2,000 events next year.', facts: [{ k: 'target', v: '2000' }] },
  ];
}

/**
 * A verb's other forms before a count of a plural noun (round 30), as its past tense and
 * `presentCounts` are read: a base form after `to` or a modal (`is able to deliver no less than 40
 * tugs per year`, `will also open up to 100 new stores`: a goal), a participle or gerund in `-ing`
 * (`was managing and operating 13 ships`, `invest in purchasing 02 Supramax-sized bulk cargo
 * ships`, `continue opening more than 70 new laptop centers`), a third person of making or opening
 * things (`opens nearly 2 new stores daily`, `delivers 40 tugs a year`). Near-misses in
 * {@link otherCountFormsNearMisses}.
 */
function otherCountForms(): PhraseCase[] {
  const results = [
    'Today, the shipyard is able to deliver',
    'On average, the chain opens',
    'The shipyard delivers',
    'Previously, the carrier was managing and operating',
    'The group currently produces',
  ];
  const goals = [
    'At the same time, the company will also open',
    'Next year the chain will open',
    'The carrier will invest in purchasing',
    'The retailer will continue opening',
    'The group plans to build',
  ];
  const counts = [
    ['no less than ', '40', 'tugs per year', 'over'],
    ['nearly ', '2', 'new stores daily', 'under'],
    ['', '13', 'Supramax-sized bulk carriers', undefined],
    ['more than ', '70', 'new laptop centers', 'over'],
  ] as const;
  const goalCounts = [...counts, ['up to ', '100', 'new pharmacies', 'under']] as const;
  return [
    ...cross(results, counts).map(([lead, [bound, n, noun, a]]) => ({
      text: `${lead} ${bound}${n} ${noun}.`,
      facts: [{ v: n, ...(a && { a }) }] as RealFact[],
    })),
    ...cross(goals, goalCounts).map(([lead, [bound, n, noun, a]]) => ({
      text: `${lead} ${bound}${n} ${noun}.`,
      facts: [{ v: n, ...(a && { a }), k: 'target' }] as RealFact[],
    })),
  ];
}

/**
 * Near-misses of {@link otherCountForms}: a number of time or a percentage after the verb, a year,
 * an adjective in `-ing` after a determiner, a plan's content (`the Audit Plan containing 178 audit
 * tasks` is a goal's count, left unread), a measure after the verb (read as ever).
 */
function otherCountFormsNearMisses(): PhraseCase[] {
  return [
    { text: 'The new terminal will operate 24 hours a day.', facts: [] },
    { text: 'The chain is able to deliver within 2 hours nationwide.', facts: [] },
    { text: 'The company will sell 35 percent of its shares.', facts: [{ v: '35', u: 'percent', k: 'target' }] },
    { text: 'The city is preparing 2025 plans for the region.', facts: [] },
    { text: 'The province will implement 2030 programmes for the region.', facts: [] },
    {
      text: 'In 2022, the office developed the Audit Plan containing 178 audit tasks.',
      facts: [{ v: '178', p: '2022', k: 'target' }],
    },
    { text: 'The shipyard is able to deliver 40,000 tonnes of steel a year.', facts: [{ v: '40000', u: 'tonne' }] },
    { text: 'The chain opens its doors 7 days a week.', facts: [] },
  ];
}

/**
 * A change noun before the sentence's first figure, then a gapped list of bare percentages each
 * followed by `in` and what it measures (`Sharp increases were witnessed in exports to Australia,
 * for example 84 per cent in coffee, 51 per cent in aquatic products …`; round 26): each a rate in
 * the noun's direction. Near-misses: a share verb before the list, a single percentage.
 */
function nounLedRatesIn(): PhraseCase[] {
  const leads = [
    { text: 'Sharp increases were witnessed in exports to Australia, for example', sign: 1 },
    { text: 'Sharp declines were recorded in imports, notably', sign: -1 },
    { text: 'Price increases were modest:', sign: 1 },
  ];
  const goods = ['coffee', 'aquatic products', 'rubber', 'electric cables'];
  return cross(N, leads).map(([n, lead], i) => {
    const parts = RATES.slice(0, n).map((r, j) => `${pct(r, i)} in ${goods[j]}`);
    return {
      text: `${lead.text} ${andList(parts, i)}.`,
      facts: RATES.slice(0, n).map((r) => ({ ch: [`rate ${lead.sign < 0 ? neg(r) : r} *`] })),
    };
  });
}

/** Near-misses of {@link nounLedRatesIn}. */
function nounLedRatesInNearMisses(): PhraseCase[] {
  return [
    {
      text: 'Sharp increases were seen in exports, accounting for 84 per cent in coffee, 51 per cent in rubber.',
      facts: [],
    },
    { text: 'Sharp increases were seen in exports, 84 per cent in coffee.', facts: [{ ch: ['rate 84 *'] }] },
  ];
}

/** A measure with the level its change comes to, as printed and annotated. */
const REACHED_MEASURES: readonly {
  readonly subject: string;
  readonly text: string;
  readonly v: string;
  readonly u?: string;
}[] = [
  { subject: 'Coffee exports', text: 'US$4.2 billion', v: '4200000000', u: 'USD' },
  { subject: 'Rice exports', text: '6.2 million tonnes', v: '6200000', u: 'tonne' },
  { subject: 'State budget revenue', text: 'VND145.3 trillion', v: '145300000000000', u: 'VND' },
  { subject: 'International arrivals', text: '12.7 million', v: '12700000' },
];
const REACHED_PERIODS: readonly (readonly [string, string])[] = [
  ['in 2024', '2024'],
  ['in the first nine months of 2024', '2024-YTD-09'],
  ['in the third quarter of 2024', '2024-Q3'],
  ['in May 2023', '2023-05'],
];
const REACHED_BASES: readonly (readonly [string, string])[] = [
  ['year-on-year', SPLY],
  ['from a year earlier', SPLY],
  ['', '*'],
  ['compared with the same period last year', SPLY],
];

/**
 * The level a change came to, told in a participle clause after it (round 29): a verb of reaching
 * before a noun of the level (`, reaching the level of US$25.9/sqm/month`, `, hitting a record high
 * of nearly 50,000 tonnes`) or a participle of a move and its object before `to` (`, dropping it to
 * about $8.5 billion`, `, climbing to 1.46 trillion dong`; test17, test17b, test18): the value is the
 * changes' — one statement.
 */
function reachedAfterChange(): PhraseCase[] {
  const out: PhraseCase[] = [];
  const shapes: readonly ((v: string, up: boolean) => string)[] = [
    (v) => `reaching the level of ${v}`,
    (v, up) => (up ? `hitting a record high of ${v}` : `hitting a record low of ${v}`),
    (v, up) => (up ? `setting a new record of ${v}` : `touching a low of ${v}`),
    (v, up) => (up ? `touching a peak of ${v}` : `reaching the lowest level of ${v}`),
    (v, up) => (up ? `climbing to ${v}` : `dropping to ${v}`),
    (v, up) => (up ? `rising to ${v}` : `falling to ${v}`),
    (v, up) => (up ? `pushing it to ${v}` : `dropping it to ${v}`),
    (v, up) => (up ? `lifting them to ${v}` : `bringing it down to ${v}`),
  ];
  for (const [shape, up, m] of cross(shapes, [true, false], REACHED_MEASURES)) {
    const i = out.length;
    const [pt, p] = REACHED_PERIODS[i % REACHED_PERIODS.length] as readonly [string, string];
    const [bt, b] = REACHED_BASES[(i >> 2) % REACHED_BASES.length] as readonly [string, string];
    const a = ['7.5', '12.3', '0.8', '3.59', '25', '4.2', '15.6'][i % 7] as string;
    const verb = up ? ['rose', 'increased', 'grew', 'jumped'][i % 4] : ['fell', 'declined', 'dropped'][i % 3];
    out.push({
      text: `${m.subject} ${verb} ${a}%${bt ? ` ${bt}` : ''} ${pt}, ${shape(m.text, up)}.`,
      facts: [{ v: m.v, ...(m.u ? { u: m.u } : {}), ch: [`rate ${up ? '' : '-'}${a} ${b}`], p }],
    });
  }
  return out;
}

/** Near-misses of {@link reachedAfterChange}: a participle whose object is another measure is a statement of its own. */
function reachedAfterChangeNearMisses(): PhraseCase[] {
  const out: PhraseCase[] = [];
  for (const [[words, other], up, [pt, p]] of cross(
    [
      ['dropping the country’s market share to 28%', { v: '28', u: 'percent' }],
      ['pushing the trade surplus to US$2.1 billion', { v: '2100000000', u: 'USD' }],
      ['lifting the country’s share of world trade to 1.5%', { v: '1.5', u: 'percent' }],
    ] as const,
    [true, false],
    REACHED_PERIODS.slice(0, 2),
  )) {
    const a = ['7.5', '12.3', '3.59', '15.6'][out.length % 4] as string;
    out.push({
      text: `Exports to the United States ${up ? 'rose' : 'fell'} ${a}% ${pt}, ${words}.`,
      facts: [
        { ch: [`rate ${up ? '' : '-'}${a} *`], p },
        { ...other, p },
      ],
    });
  }
  return out;
}

/** Plans a completion is measured against. */
const PLANS = ['the yearly targets', 'the estimates', 'their annual plans', 'the 2024 plan'] as const;
/** Excesses and the completions they make (100 + X, written out: no float arithmetic). */
const EXCESS = [
  ['29.3', '129.3'],
  ['10.8', '110.8'],
] as const;
const SHARES = ['104', '111'] as const;

/**
 * `… went up P% and Q% on-year and exceeded the estimates by E% and F%, respectively`, `welcomed
 * X visitors and reeled in $Y, up P% and Q% and surpassing the yearly targets by E% and F%,
 * respectively`, `increasing P% in revenue and Q% in profit, reaching C% and D% of the ytd target,
 * respectively` (test6, test12, test19b): a list of completions after a list of changes pairs
 * with them by order — change k and completion k are one fact (and value k's, when values are
 * listed before).
 */
function respectiveCompletions(): PhraseCase[] {
  const out: PhraseCase[] = [];
  const rates = ['32.8', '22.1'] as const;
  const exceeds = [
    (plan: string, es: string) => `and exceeded ${plan} by ${es}, respectively`,
    (plan: string, es: string) => `and surpassing ${plan} by ${es}, respectively`,
    (plan: string, es: string) => `, exceeding ${plan} by ${es}, respectively`,
    (plan: string, es: string) => `and beat ${plan} by ${es} respectively`,
  ];
  for (const [exceed, plan, base, withValues] of cross(exceeds, PLANS, BASES, [false, true] as const)) {
    const i = out.length;
    const ps = andList(
      rates.map((r) => pct(r, i)),
      0,
    );
    const es = andList(
      EXCESS.map(([e]) => pct(e, i + 1)),
      0,
    );
    const money = VALUES.slice(0, 2).map((x, j) => usd(x, i + j));
    const head = withValues
      ? `Exports of rice and coffee reached ${money[0]?.text} and ${money[1]?.text}, up ${ps}${base.text}`
      : `Exports of rice and coffee went up ${ps}${base.text}`;
    const tail = exceed(plan, es);
    const text = `${head}${tail.startsWith(',') ? '' : ' '}${tail}.`;
    const facts = rates.map((r, j) => ({
      ...(withValues ? { v: money[j]?.v as string, u: 'USD' } : {}),
      c: (EXCESS[j] as readonly [string, string])[1],
      ch: [`rate ${r} ${base.base}`],
    }));
    out.push({ text, facts });
  }
  const parts = [
    (ps: readonly string[], cs: string, plan: string) =>
      `The retail segment increased ${ps[0]} in revenue and ${ps[1]} in pre-tax profit, reaching ${cs} of ${plan}, respectively`,
    (ps: readonly string[], cs: string, plan: string) =>
      `The retail segment grew ${ps[0]} in revenue and ${ps[1]} in profit, completing ${cs} of ${plan} respectively`,
  ];
  for (const [part, plan, lead] of cross(parts, ['the ytd target', 'the annual plan', 'the year’s targets'], LEADS)) {
    const i = out.length;
    const ps = ['33', '39'].map((r) => pct(r, i));
    const cs = andList(
      SHARES.map((c) => pct(c, i + 1)),
      0,
    );
    out.push({
      text: `${lead.text}${lead.text ? part(ps, cs, plan).replace(/^The/, 'the') : part(ps, cs, plan)}.`,
      facts: ['33', '39'].map((r, j) => fact({ c: SHARES[j] as string, ch: [`rate ${r} *`] }, lead.p)),
    });
  }
  return out;
}

/**
 * Near-misses of {@link respectiveCompletions}: a percentage joined after a plan exceeded that has
 * a base of its own is a rate (`exceeded the plan by 5% and 7% year-on-year`: the plan by 5 %, a
 * rate of 7 %), one with a verb of its own too; one plan exceeded by one figure is one completion.
 */
function respectiveCompletionsNearMisses(): PhraseCase[] {
  const out: PhraseCase[] = [];
  for (const [plan, [bt, b], verb] of cross(
    PLANS.slice(0, 2),
    [
      [' year-on-year', SPLY],
      [' over the same period last year', SPLY],
    ] as const,
    ['', 'rose '],
  )) {
    const i = out.length;
    out.push({
      text: `Rice exports exceeded ${plan} by ${pct('29.3', i)} and ${verb}${pct('12.4', i + 1)}${bt}.`,
      facts: [{ c: '129.3', ch: [`rate 12.4 ${b}`] }],
    });
  }
  return out;
}

export const EN_STRUCTURE: Phrasebook = {
  area: 'en-structure',
  locale: 'en',
  cases: [
    ...respectivelyPairs(),
    ...valuesThenChanges(),
    ...gappedVerb(),
    ...semicolonItems(),
    ...marketCounts(),
    ...bracketItems(),
    ...withAtBrackets(),
    ...parallelClauses(),
    ...includingBy(),
    ...changeOnlyDash(),
    ...growthInList(),
    ...pairThenBalance(),
    ...measureList(),
    ...changeOnlyMarkets(),
    ...respectivelyTo(),
    ...alongWith(),
    ...mixedClauses(),
    ...ledFollowedBy(),
    ...strongestFollowedBy(),
    ...signedBrackets(),
    ...namedBracketCounts(),
    ...causedCounts(),
    ...presentCounts(),
    ...presentCountsNearMisses(),
    ...otherCountForms(),
    ...otherCountFormsNearMisses(),
    ...nounLedRatesIn(),
    ...nounLedRatesInNearMisses(),
    ...reachedAfterChange(),
    ...reachedAfterChangeNearMisses(),
    ...respectiveCompletions(),
    ...respectiveCompletionsNearMisses(),
  ],
};

/** The templates by name, for the test's per-shape report. */
export const EN_STRUCTURE_SHAPES = {
  respectiveCompletions,
  respectiveCompletionsNearMisses,
  respectivelyPairs,
  valuesThenChanges,
  gappedVerb,
  semicolonItems,
  marketCounts,
  bracketItems,
  withAtBrackets,
  parallelClauses,
  includingBy,
  changeOnlyDash,
  growthInList,
  pairThenBalance,
  measureList,
  changeOnlyMarkets,
  respectivelyTo,
  alongWith,
  mixedClauses,
  ledFollowedBy,
  strongestFollowedBy,
  signedBrackets,
  namedBracketCounts,
  causedCounts,
  presentCounts,
  presentCountsNearMisses,
  otherCountForms,
  otherCountFormsNearMisses,
  nounLedRatesIn,
  nounLedRatesInNearMisses,
  reachedAfterChange,
  reachedAfterChangeNearMisses,
} as const;
