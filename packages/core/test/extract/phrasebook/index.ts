import { BARE_COUNTS_EN, BARE_COUNTS_VI } from './bare-counts';
import { COMPARED_EN, COMPARED_VI } from './compared-figures';
import { DATES_IN_WORDS_EN, DATES_IN_WORDS_VI } from './dates-in-words';
import { DOUBTED_EN, DOUBTED_VI } from './doubted';
import { EN_CHANGES } from './en-changes';
import { EN_FRAMES } from './en-frames';
import { EN_GENRES } from './en-genres';
import { EN_MARKETS } from './en-markets';
import { EN_MULTIPLES } from './en-multiples';
import { EN_OPEN_RATES } from './en-open-rates';
import { EN_PAIRS_FORECASTS } from './en-pairs-forecasts';
import { EN_PERIODS } from './en-periods';
import { EN_STRUCTURE } from './en-structure';
import { EXCEEDED_LISTS_EN, EXCEEDED_LISTS_VI } from './exceeded-lists';
import { GROWTH_GOALS_EN, GROWTH_GOALS_VI } from './growth-goals';
import type { Phrasebook } from './harness';
import { HOSTILE_EN, HOSTILE_VI } from './hostile';
import { HOSTILE_MARKET_EN, HOSTILE_MARKET_VI } from './hostile-market';
import { KINDS_EN, KINDS_VI } from './kinds';
import { KINDS_HEADLINES_EN } from './kinds-headlines';
import { LATER_PERIODS_EN, LATER_PERIODS_VI } from './later-periods';
import { LEVELS_EN, LEVELS_VI } from './levels';
import { NOISE_EN } from './noise-en';
import { NOISE_VI } from './noise-vi';
import { PRESS_PERIODS_EN } from './press-periods';
import { REGION_MONEY_EN } from './region-money';
import { STOCK_CUT_OFFS_VI } from './stock-cut-offs';
import { VI_ACHIEVED } from './vi-achieved';
import { VI_BREAKDOWNS } from './vi-breakdowns';
import { VI_CHANGES } from './vi-changes';
import { VI_CONTESTS } from './vi-contests';
import { VI_FORECAST_COMPLETIONS } from './vi-forecast-completions';
import { VI_GENRES } from './vi-genres';
import { VI_LOCAL } from './vi-local';
import { VI_MASS } from './vi-mass';
import { VI_OPEN_BOUNDS } from './vi-open-bounds';
import { VI_STRUCTURE } from './vi-structure';
import { YEAR_TO_DATE_EN } from './year-to-date';

/**
 * Every area of the phrasebook, as `bench/phrasebook-score.ts` lists them. Each area lives in its
 * own file (`<locale>-<area>.ts`) with its own test (`<locale>-<area>.test.ts`).
 */
export const PHRASEBOOK: readonly Phrasebook[] = [
  EN_STRUCTURE,
  EN_FRAMES,
  EN_CHANGES,
  EN_GENRES,
  VI_CHANGES,
  VI_STRUCTURE,
  VI_GENRES,
  VI_LOCAL,
  HOSTILE_VI,
  HOSTILE_EN,
  HOSTILE_MARKET_VI,
  HOSTILE_MARKET_EN,
  NOISE_EN,
  COMPARED_EN,
  COMPARED_VI,
  NOISE_VI,
  LEVELS_VI,
  LEVELS_EN,
  VI_MASS,
  DOUBTED_EN,
  DOUBTED_VI,
  VI_CONTESTS,
  EN_MULTIPLES,
  EN_PERIODS,
  EN_MARKETS,
  LATER_PERIODS_EN,
  LATER_PERIODS_VI,
  EN_OPEN_RATES,
  DATES_IN_WORDS_EN,
  DATES_IN_WORDS_VI,
  KINDS_VI,
  KINDS_EN,
  KINDS_HEADLINES_EN,
  GROWTH_GOALS_EN,
  GROWTH_GOALS_VI,
  STOCK_CUT_OFFS_VI,
  PRESS_PERIODS_EN,
  VI_BREAKDOWNS,
  YEAR_TO_DATE_EN,
  EXCEEDED_LISTS_EN,
  EXCEEDED_LISTS_VI,
  VI_ACHIEVED,
  BARE_COUNTS_EN,
  BARE_COUNTS_VI,
  REGION_MONEY_EN,
  VI_OPEN_BOUNDS,
  VI_FORECAST_COMPLETIONS,
  EN_PAIRS_FORECASTS,
];
