import { type CSSResult, unsafeCSS } from 'lit';
import generated from './styles.json';

/** The public design tokens (CSS custom properties) the elements read: set them on any ancestor. */
export const TOKENS: readonly string[] = generated.tokens;

/** The components' stylesheet for a shadow root (the same rules as @chitieu/react's styles.css; see scripts/styles.mjs). */
export const elementStyles: CSSResult = unsafeCSS(generated.css);
