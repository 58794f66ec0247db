import type { RealFact } from '../real-corpus/types';
import { cross, type Phrasebook, type PhraseCase } from './harness';

/**
 * PHRASEBOOK AREA `en-multiples` (round 28): a MULTIPLE VERB STANDING ALONE — `doubled`, `tripled`,
 * `quadrupled`, `doubling`, and the base forms `double`, `triple` after a bound (`more than`,
 * `almost`, `nearly`) or a modal (`could`, `might`, `will`) — states a multiple of change, `times N`,
 * with no base after it (`Egg production has almost quadrupled`, `saw container volumes more than
 * double in the first quarter of 2016`, `Vietnam’s coal imports could triple …`). Before round 28
 * such a word was read only with its base right after it (`doubled year-on-year`).
 *
 * Classes crossed: the subject (exports, visitors, output, profit, capacity, sales), the verb form
 * (past, present perfect, a bound before it, a modal or `will`), and what follows it: nothing (the
 * sentence ends), a period (`in 2023`, `in the first quarter of 2016`: the statement's period, never
 * the base), a level after `to` (`to 36.8 million tonnes`, the statement's value), a base (`compared
 * to the same period last year`, `from a year earlier`), a joiner and a second clause. A bound is
 * unmarked on a multiple (`more than doubled` is `times 2`, as `test8-en.ts` and `test17b-en.ts` read).
 *
 * NEAR-MISSES (a fifth or more): the verb with an object (`doubled its efforts`, `to double the
 * capacity`, `tripled its workforce`), `doubled down`, the adjective and the noun (`a double taxation
 * agreement`, `double-digit growth`, `a triple-A rating`), `to double` with no bound or modal before
 * it, and an -ing form with an object (`nearly doubling the rate recorded a year earlier`): no
 * multiple of change is read from them.
 */

const SPLY = 'same-period-last-year';

const SUBJECTS: readonly string[] = [
  'Exports of cashew nuts',
  'The number of international visitors',
  'Egg production',
  'The company’s net profit',
  'Rooftop solar capacity',
  'Online retail sales',
];

/** The verb, its multiple, and whether it is a forecast (a modal or `will`: a target). */
const VERBS: readonly (readonly [string, string, boolean])[] = [
  ['doubled', '2', false],
  ['tripled', '3', false],
  ['has almost quadrupled', '4', false],
  ['more than doubled', '2', false],
  ['nearly tripled', '3', false],
  ['could triple', '3', true],
  ['will double', '2', true],
];

/** What follows the verb, and the fields it gives the fact. */
const TAILS: readonly (readonly [string, Omit<RealFact, 'ch'>, string])[] = [
  ['.', {}, '*'],
  [' in 2023.', { p: '2023' }, '*'],
  [' in the first quarter of 2024.', { p: '2024-Q1' }, '*'],
  [' compared to the same period last year.', {}, SPLY],
  [', the statistics office said.', {}, '*'],
];

const READS: PhraseCase[] = cross(SUBJECTS, VERBS, TAILS).map(
  ([subject, [verb, n, forecast], [tail, fields, base]]) => ({
    text: `${subject} ${verb}${tail}`,
    facts: [{ ch: [`times ${n} ${base}`], ...fields, ...(forecast ? { k: 'target' as const } : {}) }],
  }),
);

/** A level after `to`: the statement's value beside the multiple. */
const TO_LEVELS: PhraseCase[] = [
  {
    text: 'Coal imports doubled to 36.8 million tonnes in 2023.',
    facts: [{ v: '36800000', u: 'tonne', ch: ['times 2 *'], p: '2023' }],
  },
  {
    text: 'Shrimp exports more than doubled to 120,000 tonnes in the first half of 2024.',
    facts: [{ v: '120000', u: 'tonne', ch: ['times 2 *'], p: '2024-H1' }],
  },
  {
    text: 'The number of tourists tripled to 1.2 million in 2023.',
    facts: [{ v: '1200000', ch: ['times 3 *'], p: '2023' }],
  },
];

/** Near-misses: no multiple of change. */
const NEAR: readonly string[] = [
  'The province doubled its efforts to attract investors in 2023.',
  'The city decided to double efforts to tackle the issues.',
  'The company tripled its workforce in 2023.',
  'The bank doubled down on retail lending in 2023.',
  'The two countries signed a double taxation agreement in 2023.',
  'Exports posted double-digit growth in 2023.',
  'The bank kept its triple-A rating in 2023.',
  'The government plans to double the capacity of the port.',
  'Average income rose 2.5 percent quarter-on-quarter, nearly doubling the rate recorded a year earlier.',
  'Investors doubled their bets on the stock market.',
  'The plant will double as a training centre for engineers.',
  'The ministry will triple-check the figures before publishing them.',
];

const NEAR_CASES: PhraseCase[] = NEAR.map((text) => {
  // (the -ing near-miss keeps the rate before it)
  if (text.startsWith('Average income')) return { text, facts: [{ ch: ['rate 2.5 previous-period'] }] };
  return { text, facts: [] };
});

/** Fronts of real reports before a near-miss (the noise changes no fact). */
const FRONTS: readonly string[] = ['', 'Meanwhile, ', 'According to the report, ', 'In the meantime, ', 'Notably, '];

export const EN_MULTIPLES: Phrasebook = {
  area: 'en-multiples',
  locale: 'en',
  cases: [
    ...READS,
    ...TO_LEVELS,
    ...cross(NEAR_CASES, FRONTS).map(([c, front]) => ({
      ...c,
      text: front ? `${front}${c.text.charAt(0).toLowerCase()}${c.text.slice(1)}` : c.text,
    })),
  ],
};
