/** A period expression: `năm 2020`, `quý I/2020`, `6 tháng đầu năm`, `the first 11 months of 2020`. */
export interface PeriodMatch {
  readonly from: number;
  readonly to: number;
  /** Period id when the year is written; otherwise the kind and index to complete with a context year. */
  readonly id?: string | undefined;
  readonly partial?: { readonly kind: 'half' | 'quarter' | 'month' | 'ytd'; readonly index: number } | undefined;
  /** `năm nay`, `this year`, `last year`: a relative period the text does not anchor. */
  readonly relative?: 0 | -1 | 1 | undefined;
  readonly rule: string;
}
