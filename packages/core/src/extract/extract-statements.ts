import { guardArguments } from '../errors/arguments';
import { ChitieuError } from '../errors/chitieu-error';
import { describeValue, quote } from '../errors/quote';
import { resolveLocale } from '../locale/resolve-locale';
import { isPeriodId } from '../period/period';
import { Assembler } from './assemble';
import { glueOf } from './glue';
import { en } from './grammar-en';
import { vi } from './grammar-vi';
import { scanSentence } from './scan';
import { sentences } from './segment';
import { spelledNumbers } from './spelled-number';
import { tokenize } from './tokenize';
import type { ExtractLocale, ExtractOptions, Reading, Statement } from './types';

function readOptions(options: ExtractOptions): { locale: ExtractLocale; period: string | undefined } {
  if (!options || typeof options !== 'object') {
    throw new ChitieuError('INVALID_OPTION', 'extractStatements needs options with a locale: { locale: "vi" }', {
      path: 'options',
    });
  }
  const resolved = resolveLocale(options.locale);
  if (resolved.language !== 'vi' && resolved.language !== 'en') {
    throw new ChitieuError(
      'INVALID_OPTION',
      `No report grammar for locale ${typeof options.locale === 'string' ? quote(options.locale) : describeValue(options.locale)}; use vi or en`,
      {
        path: 'options.locale',
      },
    );
  }
  if (options.period !== undefined && !isPeriodId(options.period)) {
    throw new ChitieuError(
      'INVALID_PERIOD',
      `Unknown period id ${typeof options.period === 'string' ? quote(options.period) : describeValue(options.period)}`,
      { path: 'options.period' },
    );
  }
  return { locale: resolved.language, period: options.period };
}

/**
 * Reads report prose into statements and lists every number it did not use, with the reason
 * (a date, a year, a document number, a number with no statement). See {@link extractStatements}.
 *
 * @example
 * const { statements, unused } = extractReport('Chiều 11-1, … ước đạt 3.630 tỷ đồng, đạt 100,6% kế hoạch giao.', { locale: 'vi', period: '2020' });
 * unused[0]; // { span: { text: '11', … }, reason: 'date', … }
 */
export function extractReport(text: string, options: ExtractOptions): Reading {
  if (typeof text !== 'string')
    throw new ChitieuError(
      'INVALID_OPTION',
      `extractReport: expected the report text as the first argument, got ${describeValue(text)}`,
      { path: 'text' },
    );
  const { locale, period } = guardArguments('extractReport', 'options', () => readOptions(options));
  const grammar = locale === 'vi' ? vi : en;
  const tokens = spelledNumbers(tokenize(text, glueOf(grammar)), grammar);
  const assembler = new Assembler(text, tokens, grammar, period);
  for (const sentence of sentences(tokens)) {
    assembler.sentence(sentence, scanSentence(text, tokens, sentence.from, sentence.to, grammar));
  }
  const { statements, unused } = assembler.finish();
  return { locale, statements, unused };
}

/**
 * Finds the indicator statements in Vietnamese or English report prose: per statement the
 * indicator's name as written, the value with scale and unit (`ước đạt 3.630 tỷ đồng`), the data
 * stage, the stated completion (`đạt 100,6% kế hoạch`, `vượt 5,88% kế hoạch`), stated changes with
 * their base (`tăng 3,2% so với cùng kỳ`, `gấp 51 lần`), density (`49,8 thuê bao/100 dân`), rank,
 * `trong đó` parents, next-period targets (`phấn đấu đạt`), the period, and the offsets of every
 * part. Each field names the rule that read it; what could not be read is listed in `unread`,
 * never guessed. Deterministic: patterns and a small grammar, no model.
 *
 * @example
 * const [s] = extractStatements('Tổng doanh thu toàn ngành ước đạt 3.630 tỷ đồng, đạt 100,6% kế hoạch giao.', { locale: 'vi', period: '2020' });
 * s.name?.value; // 'Tổng doanh thu toàn ngành'
 * s.value?.value.base; // '3630000000000'
 * s.stage?.value; // 'estimate'
 * s.completion?.value.percent.value; // '100.6'
 * @throws {ChitieuError} `INVALID_OPTION` without a usable locale; `INVALID_LOCALE` for a bad tag.
 */
export function extractStatements(text: string, options: ExtractOptions): Statement[] {
  return [...extractReport(text, options).statements];
}
