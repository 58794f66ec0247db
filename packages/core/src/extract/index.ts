/**
 * `@chitieu/core/extract` — read indicator statements from report prose and audit their
 * numbers. A separate entry point: importing `@chitieu/core` costs nothing of this.
 *
 * @packageDocumentation
 */
export { extractReport, extractStatements } from './extract-statements';
export type {
  Extracted,
  ExtractedChange,
  ExtractedDensity,
  ExtractedRank,
  ExtractLocale,
  ExtractOptions,
  MatchLevel,
  PrintedNumber,
  Quantity,
  Reading,
  Span,
  StatedCompletion,
  Statement,
  Unread,
  UnreadReason,
  UnusedNumber,
} from './types';
