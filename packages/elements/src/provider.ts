import { css, html, LitElement, type PropertyValues } from 'lit';
import type { Theme } from './base';

/**
 * `<ct-provider locale="en" theme="dark">` — shares a locale and a theme with every Chỉ tiêu
 * element inside it (however deep, also inside other shadow roots). Providers nest: an inner one
 * overrides only what it sets; an element's own `locale`/`theme` attribute wins over any provider.
 * Without a provider, the closest `[lang]` ancestor gives the locale. The provider itself renders
 * its children only (`display: contents`).
 *
 * @tag ct-provider
 * @attr locale - BCP 47 locale for the elements inside (`vi-VN`, `en`).
 * @attr theme - `light`, `dark` or `system` for the elements inside.
 * @slot - Any content; the Chỉ tiêu elements in it inherit the settings.
 */
export class CtProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = {
    locale: { type: String, reflect: true },
    theme: { type: String, reflect: true },
  };

  /** BCP 47 locale for the elements inside (`vi-VN`, `en`). */
  declare locale: string | undefined;
  /** `light`, `dark` or `system` for the elements inside. */
  declare theme: Theme | undefined;

  override render() {
    return html`<slot></slot>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.hasUpdated || changed.size === 0) return;
    notify(this);
  }
}

/** Tells every Chỉ tiêu element under `root` (light DOM and open shadow roots) that settings changed. */
export function notify(root: Element | ShadowRoot): void {
  for (const element of root.querySelectorAll('*')) {
    // duck-typed (no import of the elements' base): any Chỉ tiêu element re-renders
    const target = element as Element & { settingsChanged?: unknown };
    if (typeof target.settingsChanged === 'function') (target.settingsChanged as () => void)();
    if (element.shadowRoot !== null) notify(element.shadowRoot);
  }
}
