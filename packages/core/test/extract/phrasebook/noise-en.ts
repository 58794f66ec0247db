import type { RealFact } from '../real-corpus/types';
import { EN_CHANGES } from './en-changes';
import { EN_FRAMES } from './en-frames';
import { EN_GENRES } from './en-genres';
import { EN_STRUCTURE } from './en-structure';
import { EN_MONTHS, type Phrasebook, type PhraseCase } from './harness';

/**
 * PHRASEBOOK AREA `noise-en`: the NOISE real English report prose wraps around a figure sentence,
 * laid over the cases of the four English areas (`en-changes`, `en-structure`, `en-frames`,
 * `en-genres`). The templates of those areas are cleaner than real text; real sentences carry:
 *
 * (a) ATTRIBUTIONS fronted before the figure sentence (`According to the General Statistics Office
 *     (GSO),`, `Data from the Ministry of Finance showed that`, `The World Bank said in its latest
 *     report that`, `Speaking at the meeting, Deputy Minister Nguyen Van A said`), some with numbers
 *     of their own (`at the 8th session of the 15th National Assembly`, a report's release date);
 * (b) CONTEXT AND CONNECTIVES fronted (`Meanwhile,`, `At the same time,`, `However,`, `In
 *     particular,`, `Overall,`, `Following this,`, `Despite global headwinds,`, `Amid weak global
 *     demand,`);
 * (c) TRAILING participial, reason and comment clauses (`, driven by strong exports`, `, suggesting
 *     continued weakness in private investment`, `, reflecting …`, `, thanks to …`, `, the highest
 *     level since 2011`, `, well below the pre-pandemic level`, `, the lowest in 13 months`, `, the
 *     GSO said`), some written without the comma as research copy does (` driven by transport
 *     costs`, ` reflecting the government’s effort to support the economy`);
 * (d) BRACKETS: another period's figure of the same indicator, a change, a completion or a value
 *     (`(9M 2023: +6.1% YoY)`, `(vs 41.2% in 9M 2023)`, `(9M 2023: 41.2%)`, `(2022: VND79.1
 *     trillion)`, `(compared with 46.5 percent during the same period of 2022)`) — its own fact,
 *     as the real corpus annotates it (`real-corpus/test9-en.ts`); a currency restatement after a
 *     VND amount (`(US$5.2 billion)`, `(about US$5.2 billion)`) and a share (`(2.3 percent of GDP)`)
 *     — no fact; a bracketed acronym after an expanded name (`foreign direct investment (FDI)`);
 *     shorthand bases in brackets (`(y/y)`, `(YoY)`, `(m/m, SA)`);
 * (e) NAMES CONTAINING NUMBERS (`Decree 15/2022/ND-CP`, `Resolution 43`, `COVID-19`, `the G7`,
 *     `Route 1A`, `Long Thanh International Airport Phase 1`, `Samsung's Bac Ninh plant 2`, `the
 *     500kV circuit 3 line`), fronted or trailing — never a figure;
 * (f) APPOSITIVES AND RELATIVE CLAUSES after the subject (`Exports, the economy's main growth
 *     engine, rose …`, `FDI, which has been a key driver of growth, reached …`), some with a figure
 *     that is not the statement's (`, one of the country's top 10 export earners,` — no fact; `,
 *     which accounted for 20 percent of total exports,` — a share, no fact);
 * (g) SPELLINGS AND TYPOGRAPHY: curly and straight apostrophes, `per cent` / `percent`, a
 *     non-breaking space between a number and its unit, en dashes in spans, `totalled` /
 *     `totaled`, the agency's closing `./.`;
 * (h) a brief's bold LEAD-IN ending on a colon (`Trade remains resilient:`, `Growth momentum slowed
 *     in 2023:`);
 * (i) SLIPS of the source (`Vietnam ‘s`, `Vietnams`, a comma with no space after it, a doubled
 *     space).
 *
 * Every transform is crossed with every base area; within a cell the base cases are drawn with a
 * fixed seed (the same book every run) and the transform's variants rotate. The facts are the base
 * case's facts, unchanged, plus the bracket's own fact where the noise states another period's
 * figure. A case is a NEAR-MISS ({@link NOISE_EN_META}) when its noise carries a number a careful
 * reader does not take (a name, an ordinal, a date, a share, a restatement, `since 2011`), or its
 * base case states nothing.
 */

const SPLY = 'same-period-last-year';

/** One generated case's provenance: which transform, which base area, and whether it is a near-miss. */
export interface NoiseMeta {
  readonly transform: string;
  readonly base: string;
  readonly nearMiss: boolean;
}

interface Noised {
  readonly text: string;
  readonly facts: readonly RealFact[];
  /** The noise carries a number that must not be read. */
  readonly nearMiss: boolean;
}

/** A transform: the noised case, or undefined when the base case does not take this noise. */
type Transform = (c: PhraseCase, variant: number) => Noised | undefined;

/** Deterministic PRNG (mulberry32): the same cases every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** First words that stay capitalised after fronted noise (proper nouns, the State). */
const PROPER = new Set([
  'Vietnam',
  "Vietnam's",
  'Vietnam’s',
  'Hanoi',
  "Hanoi's",
  'Hanoi’s',
  'China',
  'Korea',
  'Japan',
  'Hoa',
  'Da',
  'Ho',
  'Masan',
  'Vinamilk',
  'European',
  'State',
  'Samsung',
  'Thailand',
]);
/** Bases that already open with an attribution or a connective of their own. */
const OPENS_WITH_FRAME = /^(?:(?:According|Analysts|Economists|We|As|HSBC|Among)\b|(?:Specifically|Year-on-year),)/;

/** The base sentence with its first letter lowered, as it reads after fronted noise. */
function continued(text: string): string {
  const first = text.split(/\s/, 1)[0] ?? '';
  if (PROPER.has(first.replace(/,$/, '')) || !/^[A-Z][a-z]/.test(first)) return text;
  return text[0]?.toLowerCase() + text.slice(1);
}

/** The base sentence with `clause` before its closing full stop. */
function beforeStop(text: string, clause: string): string {
  return text.endsWith('.') ? `${text.slice(0, -1)}${clause}.` : `${text}${clause}`;
}

const same = (c: PhraseCase, text: string, nearMiss = false): Noised => ({ text, facts: c.facts, nearMiss });

/** (a) Fronted attributions; `true` marks one carrying a number (ordinal, date) not to be read. */
const ATTRIBUTIONS: readonly (readonly [string, boolean])[] = [
  ['According to the General Statistics Office (GSO), ', false],
  ['Data from the Ministry of Finance showed that ', false],
  ['The World Bank said in its latest report that ', false],
  ['Speaking at the meeting, Deputy Minister Nguyen Van A said ', false],
  ['According to the latest data released by the National Statistics Office, ', false],
  ['Figures from the General Department of Vietnam Customs show that ', false],
  ['The Ministry of Planning and Investment reported that ', false],
  ['Statistics from the Ministry of Industry and Trade indicated that ', false],
  ['Citing GSO data, the bank noted that ', false],
  ['According to a report by the State Bank of Vietnam (SBV), ', false],
  ["Addressing the government's regular meeting, Minister Nguyen Chi Dung said that ", false],
  ['Speaking at the 8th session of the 15th National Assembly, Minister Ho Duc Phoc said ', true],
  ['In a report released on 6 October 2024, the GSO said that ', true],
  ['According to Decree 15/2022/ND-CP on the implementation of Resolution 43, ', true],
  ['The Asian Development Bank (ADB) noted in its Asian Development Outlook (ADO) 2024 that ', true],
  // (the day something was said: `on October 6`, `on 29 September 2024` — never a base or a period)
  ["According to the GSO's report released on January 6, 2025, ", true],
  ['On October 6, the General Statistics Office said that ', true],
  ['Speaking at a press conference on 29 September 2024, GSO Director General Nguyen Thi Huong said ', true],
];
const attribution: Transform = (c, i) => {
  if (OPENS_WITH_FRAME.test(c.text)) return undefined;
  const [lead, nearMiss] = ATTRIBUTIONS[i % ATTRIBUTIONS.length] as readonly [string, boolean];
  return same(c, `${lead}${continued(c.text)}`, nearMiss);
};

/** (b) Fronted context and connectives. */
const CONNECTIVES: readonly (readonly [string, boolean])[] = [
  ['Meanwhile, ', false],
  ['At the same time, ', false],
  ['However, ', false],
  ['In particular, ', false],
  ['Overall, ', false],
  ['Following this, ', false],
  ['Despite global headwinds, ', false],
  ['Notably, ', false],
  ['In addition, ', false],
  ['By contrast, ', false],
  ['Amid weak global demand, ', false],
  ['As a result, ', false],
  ['Thanks to the recovery of tourism, ', false],
  ['On the other hand, ', false],
  ['Despite the impact of Typhoon Yagi, ', false],
  ['After the COVID-19 pandemic, ', true],
  ['Since the G7 summit, ', true],
];
const connective: Transform = (c, i) => {
  if (/^(Specifically|Year-on-year),/.test(c.text)) return undefined;
  const [lead, nearMiss] = CONNECTIVES[i % CONNECTIVES.length] as readonly [string, boolean];
  return same(c, `${lead}${continued(c.text)}`, nearMiss);
};

/** (c) Trailing participial, reason and comment clauses. */
const TRAILERS: readonly (readonly [string, boolean])[] = [
  [', driven by strong exports', false],
  [', suggesting continued weakness in private investment', false],
  [', reflecting robust demand from the US and EU markets', false],
  [', thanks to a strong rebound in manufacturing', false],
  [', well below the pre-pandemic level', false],
  [', the fastest pace in five years', false],
  [', mainly due to lower oil prices', false],
  [', as global demand recovered', false],
  [', according to the GSO', false],
  [', the GSO said', false],
  [', according to data released on Saturday by the General Statistics Office', false],
  [', boosted by the Lunar New Year (Tet) holiday', false],
  [', said Nguyen Thi Huong, head of the GSO', false],
  [', the highest level since 2011', true],
  [', the lowest in 13 months', true],
  [', marking the 12th consecutive month of growth', true],
  [', as the economy continued to recover from the COVID-19 pandemic', true],
  [', the GSO said in a report released on October 6, 2024', true],
  // (research copy often drops the comma before the participle, and slips: `pre- covid`)
  [' driven by transport costs', false],
  [' reflecting the government’s effort to support the economy', false],
  [', well below the pre- covid level', false],
  [' mainly thanks to the 2nd stimulus package', true],
];
const trailer: Transform = (c, i) => {
  const [clause, nearMiss] = TRAILERS[i % TRAILERS.length] as readonly [string, boolean];
  return same(c, beforeStop(c.text, clause), nearMiss);
};

/**
 * A period id's same span one year earlier, spelled in one of the ways reports write it (`text`),
 * and in research notes' shorthand (`short`: `9M 2023`, `2Q24`, `1H23`, `Oct 2023`), the spelling a
 * bracket's label takes (`(9M 2023: +6.1% YoY)`).
 */
function yearEarlier(p: string, i: number): { text: string; short: string; p: string } | undefined {
  const ORD = ['', 'first', 'second', 'third', 'fourth'];
  const COUNT = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', '11', '12'];
  const m = /^(\d{4})(?:-(\d{2})|-Q(\d)|-H(\d)|-YTD-(\d{2}))?$/.exec(p);
  if (!m) return undefined;
  const y = String(Number(m[1]) - 1);
  const yy = y.slice(2);
  if (m[2]) {
    const name = EN_MONTHS[Number(m[2]) - 1] as string;
    return {
      text: i % 2 === 0 ? `${name} ${y}` : `${name.slice(0, 3)} ${y}`,
      short: `${name.slice(0, 3)} ${y}`,
      p: `${y}-${m[2]}`,
    };
  }
  if (m[3]) {
    const spell = [`Q${m[3]} ${y}`, `${m[3]}Q${yy}`, `the ${ORD[Number(m[3])]} quarter of ${y}`];
    return { text: spell[i % 3] as string, short: spell[i % 2] as string, p: `${y}-Q${m[3]}` };
  }
  if (m[4]) {
    const spell = [`${m[4]}H${yy}`, `H${m[4]} ${y}`, `the ${m[4] === '1' ? 'first' : 'second'} half of ${y}`];
    return { text: spell[i % 3] as string, short: spell[i % 2] as string, p: `${y}-H${m[4]}` };
  }
  if (m[5]) {
    const n = Number(m[5]);
    const spell = [`${n}M ${y}`, `the first ${COUNT[n]} months of ${y}`, `${n}M${yy}`];
    return { text: spell[i % 3] as string, short: spell[(i % 2) * 2] as string, p: `${y}-YTD-${m[5]}` };
  }
  return { text: y, short: y, p: y };
}

/** A figure of the bracket that appears nowhere in the base sentence. */
function freshNumber(text: string, i: number): string {
  const pool = ['6.1', '8.6', '3.4', '11.2', '4.7', '9.3', '2.8', '5.5', '7.9', '13.6'];
  for (let k = 0; k < pool.length; k++) {
    const n = pool[(i + k) % pool.length] as string;
    if (!text.includes(n)) return n;
  }
  return '17.05';
}

/**
 * (d) A bracket with the same indicator's figure in the same span a year earlier, after a sentence
 * of one actual fact with a period: a change (`(9M 2023: +6.1% YoY)`, `(vs +6.1% YoY in 9M 2023)`,
 * `(compared with 6.1 percent growth in …)`), a completion (`(vs 41.2% in 9M 2023)`) or a value
 * (`(compared with US$1.2 billion in …)`). Its own fact, with its period.
 */
const comparison: Transform = (c, i) => {
  if (c.facts.length !== 1) return undefined;
  const f = c.facts[0] as RealFact;
  if (f.k === 'target' || f.p === undefined || /\(/.test(c.text)) return undefined;
  const prev = yearEarlier(f.p, i);
  if (!prev) return undefined;
  const n = freshNumber(c.text, i);
  let bracket: string;
  let fact: RealFact;
  const spec = f.ch?.length === 1 ? (f.ch[0] as string).split(' ') : undefined;
  if (spec && spec[0] === 'rate' && (spec[2] === SPLY || spec[2] === '*')) {
    const neg = (i >> 1) % 4 === 3;
    const amount = neg ? `-${n}` : n;
    const forms = [
      `(${prev.short}: ${neg ? '-' : '+'}${n}% YoY)`,
      `(vs ${neg ? '-' : '+'}${n}% YoY in ${prev.text})`,
      `(compared with ${n} percent ${neg ? 'contraction' : 'growth'} in ${prev.text})`,
      `(against a ${n}% ${neg ? 'decline' : 'rise'} in ${prev.text})`,
    ];
    const form = i % forms.length;
    bracket = forms[form] as string;
    fact = { ch: [`rate ${amount} ${form < 2 ? SPLY : '*'}`], p: prev.p };
  } else if (f.c !== undefined && f.ch === undefined) {
    const forms = [
      `(vs ${n}% in ${prev.text})`,
      `(compared with ${n} percent during the same period of ${prev.p.slice(0, 4)})`,
      `(${prev.short}: ${n}%)`,
    ];
    // `the same period of 2023` names a span only beside a span shorter than the year.
    if (i % forms.length === 1 && prev.p.length === 4) return undefined;
    bracket = forms[i % forms.length] as string;
    fact = { c: n, p: prev.p };
  } else if (f.v !== undefined && f.ch === undefined && f.c === undefined && (f.u === 'USD' || f.u === 'VND')) {
    const usd = f.u === 'USD';
    const forms = usd
      ? [`(compared with US$${n} billion in ${prev.text})`, `(${prev.short}: $${n} billion)`]
      : [`(compared with VND${n} trillion in ${prev.text})`, `(${prev.short}: VND${n} trillion)`];
    bracket = forms[i % 2] as string;
    const [int = '', frac = ''] = n.split('.');
    const zeros = usd ? 9 : 12;
    fact = { v: `${int}${frac.padEnd(zeros, '0')}`.replace(/^0+(?=\d)/, ''), u: f.u, p: prev.p };
  } else return undefined;
  return { text: beforeStop(c.text, ` ${bracket}`), facts: [...c.facts, fact], nearMiss: false };
};

/** A VND amount as the base sentences write it (`VND145.3 trillion`, `VND 86.4 trillion`, `12.3 trillion VND`). */
const VND_AMOUNT = /VND ?[\d.,]+ ?(?:trillion|billion|million|tn|bn)\b|[\d.,]+ (?:trillion|billion|million) VND\b/;
const RESTATEMENTS = [
  '(US$5.2 billion)',
  '(about US$1.3 billion)',
  '(2.3 percent of GDP)',
  '(equivalent to US$640 million)',
];

/**
 * (d) Brackets that carry no fact: a currency restatement or a share after a VND amount (near-misses),
 * a bracketed acronym after an expanded name, a shorthand base put in brackets.
 */
const quietBracket: Transform = (c, i) => {
  const m = VND_AMOUNT.exec(c.text);
  if (m && i % 2 === 0 && c.facts.filter((f) => f.u === 'VND').length === 1) {
    const at = m.index + m[0].length;
    const r = RESTATEMENTS[(i >> 1) % RESTATEMENTS.length] as string;
    if (c.text.slice(at).startsWith(' (')) return undefined;
    return same(c, `${c.text.slice(0, at)} ${r}${c.text.slice(at)}`, true);
  }
  const swaps: readonly (readonly [RegExp, string])[] = [
    [/\bFDI\b/, 'foreign direct investment (FDI)'],
    [/\bGDP\b/, 'gross domestic product (GDP)'],
    [/\b(Headline |headline )?CPI\b/, 'the consumer price index (CPI)'],
    [/\b[Rr]etail sales of goods and services\b/, 'retail sales of goods and services (RSGS)'],
    [/\bIIP\b/, 'the Index of Industrial Production (IIP)'],
    [/ y\/y\b/, ' (y/y)'],
    [/ YoY\b/, ' (YoY)'],
    [/ year-on-year\b/, ' (y/y)'],
    [/ m\/m\b/, ' (m/m, SA)'],
  ];
  for (let k = 0; k < swaps.length; k++) {
    const [re, by] = swaps[(i + k) % swaps.length] as readonly [RegExp, string];
    const hit = re.exec(c.text);
    if (!hit) continue;
    // `FDI` inside `FDI disbursement` still expands; an acronym already expanded is left alone.
    if (c.text.includes(`(${hit[0].trim()})`)) continue;
    let out = c.text.slice(0, hit.index) + by + c.text.slice(hit.index + hit[0].length);
    if (hit.index === 0) out = out[0]?.toUpperCase() + out.slice(1);
    else if (by.startsWith('the ') && /\bthe $/i.test(c.text.slice(0, hit.index)))
      out = c.text.slice(0, hit.index) + by.slice(4) + c.text.slice(hit.index + hit[0].length);
    return same(c, out);
  }
  return undefined;
};

/** (e) Names containing numbers, fronted or trailing. Never a figure: every one is a near-miss. */
const NAMED: readonly (readonly [string, 'front' | 'back'])[] = [
  ['Under Decree 15/2022/ND-CP, ', 'front'],
  ['Following the Politburo’s Resolution 57, ', 'front'],
  ['With Long Thanh International Airport Phase 1 nearing completion, ', 'front'],
  ['Since the COVID-19 pandemic, ', 'front'],
  ['After the G7 summit in Hiroshima, ', 'front'],
  ['Under Resolution 01/NQ-CP, ', 'front'],
  [", thanks partly to Samsung's Bac Ninh plant 2", 'back'],
  [', as work on Route 1A resumed', 'back'],
  [", under the Government's Resolution 43/2022/QH15", 'back'],
  [', with the 500kV circuit 3 line completed', 'back'],
  [', after the VN30 index rallied', 'back'],
  [', as set out in Circular 02/2023/TT-NHNN', 'back'],
];
const named: Transform = (c, i) => {
  const [words, where] = NAMED[i % NAMED.length] as readonly [string, 'front' | 'back'];
  if (where === 'front') {
    if (/^(Specifically|Year-on-year),/.test(c.text)) return undefined;
    return same(c, `${words}${continued(c.text)}`, true);
  }
  return same(c, beforeStop(c.text, words), true);
};

/** Finite verbs that end a sentence-initial subject in the base areas. */
const SUBJECT_END =
  /^([A-Z][A-Za-z'’ -]*?[a-z)]) (rose|fell|grew|increased|decreased|declined|reached|hit|stood|totalled|totaled|amounted|came|was|were|posted|recorded|gained|jumped|surged|plunged|dropped|climbed|expanded|edged|reaped|brought|earned|slumped|soared|eased|moderated|accelerated|slowed|widened|narrowed|is|are|could|may|will|rebounded|shrank|contracted|picked|inched|dipped|slid|tumbled|added|hovered|remained|amounted|exceeded|surpassed|topped|fetched|generated|totaled)\b/;
const APPOSITIVES: readonly (readonly [string, boolean])[] = [
  [", the economy's main growth engine,", false],
  [', which has been a key driver of growth,', false],
  [', a key gauge of domestic demand,', false],
  [', closely watched by investors,', false],
  [', which the GSO tracks every month,', false],
  [', long a pillar of the economy,', false],
  [", one of the country's top 10 export earners,", true],
  [', which accounted for 20 percent of total exports,', true],
];
/** (f) An appositive or a relative clause between the subject and its verb. */
const appositive: Transform = (c, i) => {
  const m = SUBJECT_END.exec(c.text);
  if (!m || /\d|,/.test(m[1] as string) || /^(In|Last|The top|Among|Of|For|During|From|By)\b/.test(m[1] as string))
    return undefined;
  const [words, nearMiss] = APPOSITIVES[i % APPOSITIVES.length] as readonly [string, boolean];
  const at = (m[1] as string).length;
  return same(c, `${c.text.slice(0, at)}${words}${c.text.slice(at)}`, nearMiss);
};

/** (g) Spellings and typography: each variant changes the text, never the facts. */
const SPELLINGS: readonly ((t: string) => string)[] = [
  (t) => t.replace(/'/g, '’'),
  (t) => t.replace(/ per cent\b/g, ' percent').replace(/ percent\b/g, ' per cent'),
  (t) => t.replace(/(\d) (percent|per cent|billion|million|trillion)\b/g, '$1\u00a0$2'),
  (t) => t.replace(/(\d)%/g, '$1\u00a0%'),
  (t) => t.replace(/\b(Jan|January|Q1|Q3)-(\w)/g, '$1–$2').replace(/\b(\d{4})-(\d{4})\b/g, '$1–$2'),
  (t) => t.replace(/\btotalled\b/g, 'totaled').replace(/\btotaled\b/g, 'totalled'),
  (t) => (t.endsWith('.') ? `${t.slice(0, -1)}./.` : t),
  (t) => t.replace(/’/g, "'"),
  (t) => t.replace(/ (percent|per cent)\b/g, '%'),
  (t) => t.replace(/ {1}/g, (s, at: number) => (at % 7 === 0 ? '  ' : s)),
];
const spelling: Transform = (c, i) => {
  for (let k = 0; k < SPELLINGS.length; k++) {
    const out = (SPELLINGS[(i + k) % SPELLINGS.length] as (t: string) => string)(c.text);
    if (out !== c.text) return same(c, out);
  }
  return undefined;
};

/**
 * (h) A research brief's bold LEAD-IN before the sentence, ending on a colon (`Trade remains
 * resilient:`, `Budget revenue beat expectations in October:`); the sentence after it keeps its
 * capital. A lead-in with a number of its own (`in 2023`, `a 2nd month`) is a near-miss.
 */
const LEAD_INS: readonly (readonly [string, boolean])[] = [
  ['Trade remains resilient: ', false],
  ['Budget revenue beat expectations in October: ', false],
  ['Tourism recovery continued: ', false],
  ['Public investment picked up toward the year-end: ', false],
  ['Manufacturing stays strong, supporting solid IIP: ', false],
  ['Retail sales slowed due to flood impact: ', false],
  ['Growth momentum slowed in 2023: ', true],
  ['Inflation eased for a 2nd month: ', true],
  ['FDI inflows held up despite the G7 slowdown: ', true],
];
const leadIn: Transform = (c, i) => {
  const [lead, nearMiss] = LEAD_INS[i % LEAD_INS.length] as readonly [string, boolean];
  return same(c, `${lead}${c.text}`, nearMiss);
};

/**
 * (i) SLIPS of the source, as real copy prints them (`Vietnam ‘s`, `Vietnams`, a comma with no space
 * after it, a doubled space): the text changes, never the facts.
 */
const SLIPS: readonly ((t: string) => string)[] = [
  (t) => t.replace(/(\w)['’]s\b/, '$1 ‘s'),
  (t) => t.replace(/\bVietnam['’]s\b/, 'Vietnams'),
  (t) => t.replace(/, (?=[a-z])/, ','),
  (t) =>
    t.replace(/ (?=(?:rose|fell|grew|reached|hit|was|were|increased|declined|stood|came|posted|recorded)\b)/, '  '),
];
const slip: Transform = (c, i) => {
  for (let k = 0; k < SLIPS.length; k++) {
    const out = (SLIPS[(i + k) % SLIPS.length] as (t: string) => string)(c.text);
    if (out !== c.text) return same(c, out);
  }
  return undefined;
};

const TRANSFORMS: readonly (readonly [string, Transform])[] = [
  ['attribution', attribution],
  ['connective', connective],
  ['trailing-clause', trailer],
  ['bracket-comparison', comparison],
  ['bracket-quiet', quietBracket],
  ['numbered-name', named],
  ['appositive', appositive],
  ['spelling', spelling],
  ['lead-in', leadIn],
  ['slip', slip],
];
const BASES: readonly Phrasebook[] = [EN_CHANGES, EN_STRUCTURE, EN_FRAMES, EN_GENRES];
/** Cases drawn per transform × base area. */
const PER_CELL = 64;

/**
 * Draws the noise cases: per transform × base area, `perCell` cases at seeded random positions of the
 * base book — or, with `every`, every case of every base under every transform, in order (the full
 * draw `bench/noise-sweep.ts` scores to find latent silent wrong numbers the sample does not draw).
 */
export function drawNoiseEn(
  perCell = PER_CELL,
  every = false,
): { cases: PhraseCase[]; meta: NoiseMeta[]; bases: PhraseCase[] } {
  const cases: PhraseCase[] = [];
  const meta: NoiseMeta[] = [];
  const bases: PhraseCase[] = [];
  TRANSFORMS.forEach(([name, transform], ti) => {
    BASES.forEach((book, bi) => {
      const next = rng(1009 * (ti + 1) + 7919 * (bi + 1));
      const seen = new Set<number>();
      let made = 0;
      const limit = every ? book.cases.length : perCell * 40;
      for (let tries = 0; (every || made < perCell) && tries < limit; tries++) {
        const at = every ? tries : Math.floor(next() * book.cases.length);
        if (seen.has(at)) continue;
        seen.add(at);
        const base = book.cases[at] as PhraseCase;
        const out = transform(base, made);
        if (!out) continue;
        cases.push({ text: out.text, facts: out.facts });
        bases.push(base);
        meta.push({ transform: name, base: book.area, nearMiss: out.nearMiss || base.facts.length === 0 });
        made++;
      }
    });
  });
  return { cases, meta, bases };
}
const { cases, meta, bases } = drawNoiseEn();

/**
 * (h) fixed: a lead-in's year before a clause that dates itself (`Growth momentum slowed in 2023:
 * In February 2024, … over January`: January 2024, the month before — once read 2023-01, a latent
 * silent wrong base the full draw found), beside near-misses whose clause has no year of its own (the
 * lead-in dates it, as `In 2023,` would).
 */
const LEAD_IN_YEARS: readonly (readonly [string, RealFact, boolean])[] = [
  [
    'Growth momentum slowed in 2023: In March 2024, cement output was up 1.8 percent over February.',
    { ch: ['rate 1.8 previous-period'], p: '2024-03' },
    false,
  ],
  [
    'Consumption held up in 2022: Retail sales rose 4.6% in October 2024 against September.',
    { ch: ['rate 4.6 previous-period'], p: '2024-10' },
    false,
  ],
  [
    'Steel demand weakened in 2023: Steel output fell 3.1 per cent in May 2024 from April.',
    { ch: ['rate -3.1 previous-period'], p: '2024-05' },
    false,
  ],
  // (round 28: the yearless month before the clause's own is the previous period — the released
  // sets' convention, `against March` of April — whichever year the lead-in lends the clause)
  [
    'Steel demand weakened in 2023: Steel output fell 3.1 per cent in May from April.',
    { ch: ['rate -3.1 previous-period'], p: '2023-05' },
    true,
  ],
  [
    'Consumption held up in 2022: Retail sales rose 4.6% in October against September.',
    { ch: ['rate 4.6 previous-period'], p: '2022-10' },
    true,
  ],
];
/**
 * Round 28: the latent silent wrong readings of the full draw, as classes, each in other words —
 * `respectively` after a run of years behind a lead-in (split at its comma or its `and`, it was a
 * list of names), a comment after the plan phrase (`than the estimate reflecting …`, `of the
 * full-year-target mainly thanks to …`), a list's sign after a lead-in's colon, a definite
 * appositive, a hyphenated modifier between a goal's year and its noun — beside near-misses.
 */
const R28_CASES: readonly (readonly [string, readonly RealFact[], boolean])[] = [
  [
    'According to the GSO, the number of foreign visitors fell 12.5 per cent and 8.3 per cent in 2022 and 2023 respectively.',
    [
      { ch: ['rate -12.5 *'], p: '2022' },
      { ch: ['rate -8.3 *'], p: '2023' },
    ],
    false,
  ],
  [
    'Data from the Ministry of Planning and Investment showed that FDI disbursement rose 4.6% and 10% in 2021 and 2022, respectively.',
    [
      { ch: ['rate 4.6 *'], p: '2021' },
      { ch: ['rate 10 *'], p: '2022' },
    ],
    false,
  ],
  [
    'However, rice exports grew 7 percent and 9 percent, respectively, in 2023.',
    [
      { ch: ['rate 7 *'], p: '2023' },
      { ch: ['rate 9 *'], p: '2023' },
    ],
    true,
  ],
  [
    'Budget revenue reached VND 1,200 trillion in 2024, 8.5 percent higher than the estimate reflecting strong land-use fees.',
    [{ v: '1200000000000000', u: 'VND', c: '108.5', p: '2024' }],
    false,
  ],
  ['The firm met 64 percent of the year-target largely due to weak exports.', [{ c: '64' }], false],
  ['Disbursement reached 41.2% of the full-year-plan driven by key transport projects.', [{ c: '41.2' }], false],
  ['Spending on the five-year-plan projects reached VND 5 trillion.', [{ v: '5000000000000', u: 'VND' }], true],
  [
    'Retail sales held up in 2023: Sharp falls were seen in imports, notably 12.1 per cent in steel and 4.2 per cent in fertiliser.',
    [
      { ch: ['rate -12.1 *'], p: '2023' },
      { ch: ['rate -4.2 *'], p: '2023' },
    ],
    false,
  ],
  [
    'Exports recovered strongly: Steel posted the sharpest decline, 9.3 percent, followed by cement (4.1 percent) and glass (2.2 percent).',
    [{ ch: ['rate -4.1 *'] }, { ch: ['rate -2.2 *'] }],
    false,
  ],
  [
    'Price rises were broad: 4.1 per cent in rice and 2.2 per cent in pork.',
    [{ ch: ['rate 4.1 *'] }, { ch: ['rate 2.2 *'] }],
    true,
  ],
  ['Credit growth in June, the main driver of investment, stood at 6.1%.', [{ v: '6.1', u: 'percent' }], false],
  [
    'Speaking on 12 March 2024, the chairman said shareholders approved a 2024 after-tax profit target of VND 3 trillion.',
    [{ v: '3000000000000', u: 'VND', p: '2024', k: 'target' }],
    false,
  ],
];
for (const [text, facts, nearMiss] of R28_CASES) {
  cases.push({ text, facts });
  bases.push({ text, facts });
  meta.push({ transform: 'lead-in', base: EN_CHANGES.area, nearMiss });
}

for (const [text, fact, nearMiss] of LEAD_IN_YEARS) {
  cases.push({ text, facts: [fact] });
  bases.push({ text, facts: [fact] });
  meta.push({ transform: 'lead-in', base: EN_CHANGES.area, nearMiss });
}

export const NOISE_EN: Phrasebook = { area: 'noise-en', locale: 'en', cases };
/** Per case of {@link NOISE_EN}, in order: its transform, its base area, and whether it is a near-miss. */
export const NOISE_EN_META: readonly NoiseMeta[] = meta;
/** Per case of {@link NOISE_EN}, in order: the base case it was made from (to tell noise failures from base ones). */
export const NOISE_EN_BASE: readonly PhraseCase[] = bases;
