import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileScript, compileTemplate, parse } from '@vue/compiler-sfc';
import { describe, expect, it } from 'vitest';

/** The README's Vue example, compiled as Vite's Vue plugin would (with `isCustomElement` for ct- tags). */
const file = join(import.meta.dirname, '..', 'examples', 'vue', 'Dashboard.vue');
const source = readFileSync(file, 'utf8');

describe('Vue: examples/vue/Dashboard.vue compiles with the elements as custom elements', () => {
  const { descriptor, errors } = parse(source, { filename: 'Dashboard.vue' });
  const isCustomElement = (tag: string): boolean => tag.startsWith('ct-');
  const script = compileScript(descriptor, { id: 'dashboard', inlineTemplate: false });
  const template = compileTemplate({
    source: descriptor.template?.content ?? '',
    filename: 'Dashboard.vue',
    id: 'dashboard',
    compilerOptions: { isCustomElement, bindingMetadata: script.bindings ?? {} },
  });

  it('parses and compiles without errors', () => {
    expect(errors).toEqual([]);
    expect(template.errors).toEqual([]);
    expect(script.content).toContain("import '@chitieu/elements'");
  });

  it('the ct- tags stay elements (never resolved as Vue components)', () => {
    for (const tag of ['ct-provider', 'ct-report-summary', 'ct-indicator-card', 'ct-scorecard']) {
      expect(template.code).toContain(`"${tag}"`);
    }
    expect(template.code).not.toContain('resolveComponent');
  });

  it('objects are bound as properties (.prop) and the event listens to ct-sort-change', () => {
    // Vue marks a forced property binding with a leading dot: `.dataset`, `.evaluation`
    expect(template.code).toMatch(/"\.dataset"/);
    expect(template.code).toMatch(/"\.evaluation"/);
    expect(template.code).toMatch(/"\.evaluations"/);
    // `@ct-sort-change` becomes `onCtSortChange`, which Vue's runtime hyphenates back to the DOM event
    expect(template.code).toContain('onCtSortChange');
    // simple values stay attributes
    expect(template.code).toContain('locale: "vi-VN"');
    expect(template.code).toContain('size: "compact"');
  });

  it('without isCustomElement, Vue would try to resolve them as components (why the option is documented)', () => {
    const plain = compileTemplate({ source: descriptor.template?.content ?? '', filename: 'x.vue', id: 'x' });
    expect(plain.code).toContain('resolveComponent("ct-scorecard")');
  });
});
