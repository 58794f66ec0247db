/**
 * Writes `custom-elements.json` (Custom Elements Manifest schema 2.1.0) from the JSDoc of each
 * element class: `@tag`, `@attr`, `@prop`, `@fires`, `@csspart`, `@slot`, plus the design tokens
 * (`--ct-*` CSS custom properties) every element reads. Editors (VS Code, WebStorm) and
 * Storybook read it. A script of our own: @custom-elements-manifest/analyzer 0.11.0 installs and
 * runs on Node 20 (`cem analyze --litelement`), but it drops the object properties Lit declares
 * with `declare` + `static properties` (evaluation, indicator, observation, history, …) and the
 * CSS custom properties, and it rewrites package.json's `customElements` field.
 *
 *   node scripts/manifest.mjs          # write custom-elements.json
 *   node scripts/manifest.mjs --check  # fail when it is out of date
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const src = join(root, 'src');

const { tokens } = JSON.parse(readFileSync(join(src, 'generated', 'styles.json'), 'utf8'));

function parseTag(line) {
  // `@attr {number} width - Pixels …` / `@csspart bar - The bar.`
  const m = /^@(\w+)\s+(?:\{([^}]*)\}\s+)?(\S+)?(?:\s+-\s+(.*))?$/.exec(line.trim());
  return m === null ? null : { tag: m[1], type: m[2], name: m[3], description: m[4] ?? '' };
}

export function manifest() {
  const modules = [];
  for (const file of readdirSync(src).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.includes('.test.'),
  )) {
    const text = readFileSync(join(src, file), 'utf8');
    const re = /\/\*\*((?:(?!\*\/)[\s\S])*?)\*\/\s*export class (\w+) extends (\w+)/g;
    const declarations = [];
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const lines = m[1].split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
      const summary = [];
      const tags = [];
      for (const line of lines) {
        if (line.trim().startsWith('@')) tags.push(line.trim());
        else if (tags.length === 0) summary.push(line);
        else tags[tags.length - 1] += ` ${line.trim()}`;
      }
      const parsed = tags.map(parseTag).filter((t) => t !== null);
      const tagName = parsed.find((t) => t.tag === 'tag')?.name;
      if (tagName === undefined) continue;
      const base = m[3] === 'ChitieuElement';
      const attrs = parsed.filter((t) => t.tag === 'attr');
      const props = parsed.filter((t) => t.tag === 'prop');
      const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
      declarations.push({
        kind: 'class',
        description: summary.join(' ').replace(/\s+/g, ' ').trim(),
        name: m[2],
        tagName,
        customElement: true,
        superclass: base ? { name: 'ChitieuElement', module: 'src/base.ts' } : { name: 'LitElement', package: 'lit' },
        attributes: attrs.map((a) => ({
          name: a.name,
          type: { text: a.type ?? 'string' },
          description: a.description,
          fieldName: camel(a.name),
        })),
        members: [
          ...attrs.map((a) => ({
            kind: 'field',
            name: camel(a.name),
            type: { text: a.type ?? 'string' },
            description: a.description,
            attribute: a.name,
          })),
          ...props.map((p) => ({
            kind: 'field',
            name: p.name,
            type: { text: p.type ?? 'unknown' },
            description: p.description,
          })),
        ],
        events: parsed
          .filter((t) => t.tag === 'fires')
          .map((e) => ({ name: e.name, type: { text: e.type ?? 'Event' }, description: e.description })),
        cssParts: parsed.filter((t) => t.tag === 'csspart').map((p) => ({ name: p.name, description: p.description })),
        slots: parsed
          .filter((t) => t.tag === 'slot')
          .map((s) => ({ name: s.name === '-' ? '' : s.name, description: s.description })),
        cssProperties: base
          ? tokens.map((name) => ({
              name,
              description: 'Design token shared with @chitieu/react (set on any ancestor).',
            }))
          : [],
      });
    }
    if (declarations.length === 0) continue;
    modules.push({
      kind: 'javascript-module',
      path: `src/${file}`,
      declarations,
      exports: declarations.flatMap((d) => [
        { kind: 'js', name: d.name, declaration: { name: d.name, module: `src/${file}` } },
        { kind: 'custom-element-definition', name: d.tagName, declaration: { name: d.name, module: `src/${file}` } },
      ]),
    });
  }
  modules.sort((a, b) => a.path.localeCompare(b.path));
  return `${JSON.stringify({ schemaVersion: '2.1.0', readme: 'README.md', modules }, null, 2)}\n`;
}

if (process.argv[1] === import.meta.filename) {
  const text = manifest();
  const out = join(root, 'custom-elements.json');
  if (process.argv.includes('--check')) {
    if (readFileSync(out, 'utf8') !== text) {
      console.error('custom-elements.json is out of date: run `node scripts/manifest.mjs`');
      process.exit(1);
    }
  } else writeFileSync(out, text);
  const count = modules(text);
  console.log(`custom-elements.json: ${count} elements`);
}

function modules(text) {
  return JSON.parse(text).modules.reduce((n, m) => n + m.declarations.length, 0);
}
