import type { Dataset, EvaluateOptions, Evaluation, SummarizeOptions, Summary } from '@chitieu/core';
import { reportSummaryView } from '@chitieu/core/view';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { ChitieuElement, chitieuDataset, defineDatasetProperty } from './base';

/**
 * `<ct-report-summary>` — the scorecard in words: the core's `narrateSummary` paragraph, then one
 * `narrate` sentence per indicator (unless `no-detail`).
 *
 * @tag ct-report-summary
 * @attr {boolean} no-detail - Only the paragraph, no sentence per indicator.
 * @attr locale - BCP 47 locale; default: inherited, else `vi-VN`.
 * @attr theme - `light`, `dark` or `system`.
 * @prop {Dataset} dataset - A dataset (from `parseDataset`), evaluated by the core.
 * @prop {Evaluation[]} evaluations - Results of `evaluateDataset`; win over `dataset`.
 * @prop {Summary} summary - The core's `summarize` result; computed when not set.
 * @prop {EvaluateOptions} evaluateOptions - Options of `evaluateDataset`.
 * @prop {SummarizeOptions} summarizeOptions - Options of `summarize`.
 * @csspart summary - The section.
 * @csspart lead - The paragraph.
 * @csspart list - The list of sentences.
 * @csspart error - The inline message of a refused input.
 */
export class CtReportSummary extends ChitieuElement {
  static override properties: PropertyDeclarations = {
    evaluations: { attribute: false },
    summary: { attribute: false },
    evaluateOptions: { attribute: false },
    summarizeOptions: { attribute: false },
    noDetail: { type: Boolean, attribute: 'no-detail', reflect: true },
  };
  declare evaluations: readonly Evaluation[] | undefined;
  declare summary: Summary | undefined;
  declare evaluateOptions: EvaluateOptions | undefined;
  declare summarizeOptions: SummarizeOptions | undefined;
  declare noDetail: boolean;
  protected readonly component = 'report-summary';

  constructor() {
    super();
    this.noDetail = false;
  }

  protected renderView(): TemplateResult {
    const r = this.view((locale) =>
      reportSummaryView(
        {
          dataset: chitieuDataset(this) as Dataset | undefined,
          evaluations: this.evaluations,
          summary: this.summary,
          evaluateOptions: this.evaluateOptions,
          summarizeOptions: this.summarizeOptions,
        },
        locale,
        { detail: !this.noDetail },
      ),
    );
    if (!r.ok) return this.renderError(r.error);
    const theme = this.resolvedTheme;
    return html`<section part="summary" class="ct-root ct-report-summary" data-ct-theme=${theme ?? nothing}>
      <p class="ct-report-summary__lead" part="lead">${r.view.lead}</p>
      ${
        r.view.sentences.length > 0
          ? html`<ul class="ct-report-summary__list" part="list">
              ${repeat(
                r.view.sentences,
                (s) => s.key,
                (s) => html`<li>${s.text}</li>`,
              )}
            </ul>`
          : nothing
      }
    </section>`;
  }
}

defineDatasetProperty(CtReportSummary);
