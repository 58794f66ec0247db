import type { RealFact } from '../real-corpus/types';
import { cross, type Phrasebook, type PhraseCase } from './harness';

/**
 * PHRASEBOOK AREA `kinds-headlines-en` (round 30): target or actual — a headline's future in the
 * infinitive.
 *
 * (a) THE HEADLINE'S INFINITIVE: `VINACOMIN to sell 36 tons of coal`, `Vietnam to have 2,000 MW of
 *     rooftop solar power capacity in 2020`, `Health insurance to cover 91.05 million people by the end
 *     of this year`: a headline (no full stop) that opens with its subject, `to` and a verb of having,
 *     building, selling, spending or reaching a figure tells what is to come — a goal (it was read a
 *     certain actual; test11, test13b, test18). Every subject (a name, a city, a ministry, a
 *     possessive noun phrase) crossed with every verb and object and a period or none.
 * Near-misses: `to` as a preposition before a name or a noun (`Exports to China reach US$5 billion`,
 * `Loans to businesses hit VND 50 trillion`), an infinitive of purpose inside a subject that has a
 * verb of its own (`Funds to build roads reach VND 5 trillion`, `Capital to upgrade schools rose to
 * VND 2 trillion`): actual.
 *
 * Annotated as the real corpus (`real-corpus/test18-en.ts`, `test13b-en.ts`): the headline's figure is
 * `k: 'target'`; a year after `in` or `by` is its period.
 */

const SUBJECTS: readonly string[] = [
  'Vietnam',
  'HCM City',
  'VINACOMIN',
  'The Ministry of Transport',
  'Hanoi’s power sector',
  'PetroVietnam',
];

/** Each verb phrase with the fact of its figure. */
const OBJECTS: readonly (readonly [words: string, fact: RealFact])[] = [
  ['sell 36 tonnes of coal', { v: '36', u: 'tonne' }],
  ['spend VND 5 trillion on new metro lines', { v: '5000000000000', u: 'VND' }],
  ['build 500 km of expressways', { v: '500', u: 'km' }],
  ['invest US$2 billion in renewable energy', { v: '2000000000', u: 'USD' }],
  ['disburse VND 50 trillion of public investment', { v: '50000000000000', u: 'VND' }],
  ['raise rice exports to 8 million tonnes', { v: '8000000', u: 'tonne' }],
  ['collect VND 300 trillion in budget revenue', { v: '300000000000000', u: 'VND' }],
  ['hit US$4 billion in exports', { v: '4000000000', u: 'USD' }],
];

const PERIODS: readonly (readonly [words: string, p: string | undefined])[] = [
  ['', undefined],
  [' in 2025', '2025'],
  [' by 2030', '2030'],
];

function headlineCases(): PhraseCase[] {
  return cross(SUBJECTS, OBJECTS, PERIODS).map(([subject, [words, fact], [when, p]]) => ({
    text: `${subject} to ${words}${when}`,
    facts: [{ ...fact, k: 'target', ...(p ? { p } : {}) }],
  }));
}

/** `to` before a name or a noun, and a subject's purpose infinitive before its own verb: results. */
function nearMisses(): PhraseCase[] {
  const plain: readonly (readonly [text: string, fact: RealFact])[] = [
    ['Exports to China reach US$5 billion', { v: '5000000000', u: 'USD' }],
    ['Rice exports to the Philippines hit 2 million tonnes', { v: '2000000', u: 'tonne' }],
    ['Loans to businesses hit VND 50 trillion', { v: '50000000000000', u: 'VND' }],
    ['Funds to build roads reach VND 5 trillion', { v: '5000000000000', u: 'VND' }],
    ['Capital to upgrade schools rose to VND 2 trillion', { v: '2000000000000', u: 'VND' }],
    ['Visitors to Hanoi reach 5 million', { v: '5000000' }],
    ['Exports to the US rise to US$10 billion', { v: '10000000000', u: 'USD' }],
    ['Shipments to Japan total 300,000 tonnes', { v: '300000', u: 'tonne' }],
    ['FDI to Vietnam hits US$20 billion', { v: '20000000000', u: 'USD' }],
    ['Remittances to HCM City reach US$9 billion', { v: '9000000000', u: 'USD' }],
    ['Spending to support farmers reached VND 3 trillion', { v: '3000000000000', u: 'VND' }],
    ['Aid to flood victims reaches VND 500 billion', { v: '500000000000', u: 'VND' }],
  ];
  return cross(plain, PERIODS).map(([[text, fact], [when, p]]) => ({
    text: `${text}${when}`,
    facts: [{ ...fact, ...(p ? { p } : {}) }],
  }));
}

export const KINDS_HEADLINES_EN: Phrasebook = {
  area: 'kinds-headlines-en',
  locale: 'en',
  cases: [...headlineCases(), ...nearMisses()],
};
