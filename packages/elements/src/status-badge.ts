import type { Status } from '@chitieu/core';
import { statusBadgeView } from '@chitieu/core/view';
import { type CSSResultGroup, css, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ChitieuElement } from './base';
import { elementStyles } from './generated/styles';
import { statusBadge } from './render';

/**
 * `<ct-status-badge status="exceeded">` — an indicator's status as an icon and the core's word
 * (`Vượt kế hoạch`, `Đạt kế hoạch`, `Gần đạt`, `Không đạt`, `Chưa có kế hoạch`, `Chưa có số liệu`),
 * never by colour alone. An unknown status renders the inline message.
 *
 * @tag ct-status-badge
 * @attr status - `exceeded`, `met`, `near`, `missed`, `no-target` or `no-data`.
 * @attr locale - BCP 47 locale; default: the closest `<ct-provider>` or `[lang]`, else `vi-VN`.
 * @attr theme - `light`, `dark` or `system`; default: the closest provider's.
 * @csspart badge - The badge.
 * @csspart error - The inline message of a refused input.
 */
export class CtStatusBadge extends ChitieuElement {
  static override styles: CSSResultGroup = [elementStyles, css`:host { display: inline-block; }`];
  static override properties: PropertyDeclarations = { status: { type: String, reflect: true } };
  /** The status from the core's `evaluate`. */
  declare status: Status | undefined;
  protected readonly component = 'status-badge';

  protected renderView(): TemplateResult {
    const r = this.view((locale) => statusBadgeView(this.status, locale));
    return r.ok ? statusBadge(r.view, this.resolvedTheme) : this.renderError(r.error);
  }
}
