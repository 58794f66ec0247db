import type { InlineErrorView, ViewResult } from '@chitieu/core/view';
import { guardView } from '@chitieu/core/view';
import {
  type CSSResultGroup,
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { elementStyles } from './generated/styles';

/** Colour theme: `light`, `dark`, or `system` (follows `prefers-color-scheme`). */
export type Theme = 'light' | 'dark' | 'system';

/** The locale used when neither the element, a `<ct-provider>` nor a `lang` ancestor gives one. */
export const DEFAULT_LOCALE = 'vi-VN';

const THEMES: ReadonlySet<string> = new Set(['light', 'dark', 'system']);

/** The parent of a node, crossing shadow roots (a `<ct-provider>` outside a host's shadow root still counts). */
function parentOf(node: Node): Element | null {
  if (node instanceof Element && node.parentElement !== null) return node.parentElement;
  const parent = node.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
}

/**
 * Settings inherited from the closest ancestor that gives them: the locale from the closest
 * `<ct-provider locale>` or `[lang]` element, the theme from the closest `<ct-provider theme>`
 * (or `[data-ct-theme]`). Crosses shadow roots, so elements inside another component's shadow
 * root inherit too.
 */
export function inheritedSettings(from: Element): { locale: string | undefined; theme: Theme | undefined } {
  let locale: string | undefined;
  let theme: Theme | undefined;
  for (
    let node = parentOf(from);
    node !== null && (locale === undefined || theme === undefined);
    node = parentOf(node)
  ) {
    const provider = node.localName === 'ct-provider';
    if (locale === undefined) {
      const given = provider ? node.getAttribute('locale') : node.getAttribute('lang');
      if (given !== null && given !== '') locale = given;
      else if (provider && node.getAttribute('lang')) locale = node.getAttribute('lang') ?? undefined;
    }
    if (theme === undefined) {
      const given = provider ? node.getAttribute('theme') : node.getAttribute('data-ct-theme');
      if (given !== null && THEMES.has(given)) theme = given as Theme;
    }
  }
  return { locale, theme };
}

/**
 * The base of every Chỉ tiêu element: `locale` and `theme` attributes (else inherited, see
 * {@link inheritedSettings}), the shared stylesheet, and the guarded render path — a bad input
 * renders the inline message of the view layer (`role="alert"`, in the user's language,
 * `part="error"`) and never throws into the host page.
 */
export abstract class ChitieuElement extends LitElement {
  static override styles: CSSResultGroup = elementStyles;

  static override properties: PropertyDeclarations = {
    locale: { type: String, reflect: true },
    theme: { type: String, reflect: true },
  };

  /** BCP 47 locale of every number and word (`vi-VN`, `en`); default: the closest provider's or `[lang]`, else `vi-VN`. */
  declare locale: string | undefined;
  /** `light`, `dark` or `system`; default: the closest provider's. */
  declare theme: Theme | undefined;

  /** The component name in `data-ct-component` of an inline error (`status-badge`). */
  protected abstract readonly component: string;

  /** The locale this element renders in (its attribute, else inherited, else `vi-VN`). */
  get resolvedLocale(): unknown {
    const own: unknown = this.locale;
    if (own !== undefined && own !== null) return own;
    return inheritedSettings(this).locale ?? DEFAULT_LOCALE;
  }

  /** The theme this element renders in, or undefined (light, the stylesheet's default). */
  get resolvedTheme(): Theme | undefined {
    const own: unknown = this.theme;
    if (typeof own === 'string' && THEMES.has(own)) return own as Theme;
    return inheritedSettings(this).theme;
  }

  /** Runs a view function through the view layer's guard (never throws). */
  protected view<T>(build: (locale: string) => T): ViewResult<T> {
    return guardView(this.resolvedLocale, build);
  }

  /** The inline message of a refused input. */
  protected renderError(error: InlineErrorView): TemplateResult {
    return html`<span
      role="alert"
      part="error"
      class="ct-root ct-error"
      data-ct-theme=${this.resolvedTheme ?? nothing}
      data-ct-component=${this.component}
      data-ct-prop=${error.prop}
      data-ct-error=${error.problem}
      ><strong>${error.title}:</strong> <span>${error.message}</span></span
    >`;
  }

  /** Renders, and on any unexpected error the inline message (an element never throws into the page). */
  protected abstract renderView(): TemplateResult | typeof nothing;

  override render(): TemplateResult | typeof nothing {
    try {
      return this.renderView();
    } catch (error) {
      const r = guardView(this.resolvedLocale, () => {
        throw error;
      });
      return r.ok ? nothing : this.renderError(r.error);
    }
  }

  /** Re-render when a provider above changes (called by `<ct-provider>`). */
  settingsChanged(): void {
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
  }
}

const nativeDataset = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'dataset')?.get;

/**
 * Gives a class a `dataset` property that takes a Chỉ tiêu dataset (the property name),
 * while `HTMLElement#dataset` (the `data-*` attributes) stays readable until one is set: reading
 * `element.dataset` returns the Chỉ tiêu dataset when one was set, else the native DOMStringMap.
 */
export function defineDatasetProperty(target: typeof ChitieuElement): void {
  const store = new WeakMap<object, unknown>();
  Object.defineProperty(target.prototype, 'dataset', {
    configurable: true,
    enumerable: true,
    get(this: ChitieuElement) {
      return store.has(this) ? store.get(this) : nativeDataset?.call(this);
    },
    set(this: ChitieuElement, value: unknown) {
      const old = store.get(this);
      if (value === undefined || value === null) store.delete(this);
      else store.set(this, value);
      this.requestUpdate('dataset', old);
    },
  });
}

/** The Chỉ tiêu dataset set on an element, or undefined (never the native DOMStringMap). */
export function chitieuDataset(element: HTMLElement): unknown {
  const value: unknown = element.dataset;
  return value instanceof DOMStringMap ? undefined : value;
}
