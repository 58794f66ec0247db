/**
 * `@chitieu/core/extract` — read indicator statements from report prose and audit their
 * numbers. A separate entry point: importing `@chitieu/core` costs nothing of this.
 *
 * @packageDocumentation
 */

export { auditDataset } from '../audit/audit-dataset';
export { auditStatements } from '../audit/audit-statements';
export type { AuditOptions, Finding, FindingKind, FindingQuantity } from '../audit/types';
export { extractReport, extractStatements } from './extract-statements';
export type {
  Confidence,
  Doubt,
  DoubtReason,
  Extracted,
  ExtractedChange,
  ExtractedDensity,
  ExtractedRank,
  ExtractLocale,
  ExtractOptions,
  MatchLevel,
  PlanKind,
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
