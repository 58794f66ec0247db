/**
 * Every TypeScript code block of the READMEs (root, core, react) as a developer copies it:
 * compiled with strict tsc against the packed packages, and the `.ts` blocks run, with each
 * output they show in a comment checked against what the code really returns.
 *
 * Output comments that are checked, after an expression statement on the same line or on the
 * comment lines right below it:
 *   expr; // 'text'                 the value is exactly this string
 *   expr; // '1.0060…'              … or ... in a string: the parts appear in this order (a prefix, etc.)
 *   expr; // 'vi text'   en: '…'    also: the same expression with the locale 'vi' → 'en'
 *   expr; // 18                     a number
 *   expr; // ['a', …, 'z']          an array: exactly these items, or with … these first and last ones
 *   expr; // { a: 'x', b: { … } }   the value has at least these properties (… = and more);
 *                                   a (parenthesised remark) inside is prose and skipped
 *   expr; // PARSE_ERROR: text …    throws ChitieuError with this code and message parts
 * Anything after the value is prose. The compiler options are `strict` and
 * `exactOptionalPropertyTypes` (readme/tsconfig.blocks.json); `noUncheckedIndexedAccess` is left
 * off because it judges the snippet's own `statements[4]`, not the packages' types.
 * Names a block uses without declaring (an `evaluation`,
 * a `dataset`, or core functions imported in an earlier block) come from ./context.tsx.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const here = import.meta.dirname;
export const READMES = ['README.md', 'packages/core/README.md', 'packages/react/README.md'];
const LANGS = new Set(['ts', 'tsx', 'typescript']);

/** Fenced code blocks of one README: `{ lang, code, line }` (line of the first code line, 1-based). */
export function codeBlocks(markdown) {
  const blocks = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(\w*)/.exec(lines[i] ?? '');
    if (!open) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^\s*```\s*$/.test(lines[end] ?? '')) end++;
    blocks.push({ lang: open[2] ?? '', code: lines.slice(start, end).join('\n'), line: start + 1 });
    i = end;
  }
  return blocks;
}

/** Reads one JS-like value from the start of `text`; returns `{ code, rest }` or null. */
function readValue(text) {
  let i = 0;
  let code = '';
  let depth = 0;
  const brackets = [];
  const s = text;
  const readString = () => {
    const quote = s[i];
    let j = i + 1;
    while (j < s.length && s[j] !== quote) j += s[j] === '\\' ? 2 : 1;
    const raw = s.slice(i + 1, j);
    i = j + 1;
    const parts = raw.split(/…|\.\.\./);
    return parts.length > 1 ? `__parts(${JSON.stringify(parts.filter((p) => p !== ''))})` : JSON.stringify(raw);
  };
  while (i < s.length) {
    const c = s[i];
    if (c === "'" || c === '"') {
      code += readString();
      if (depth === 0) break;
      continue;
    }
    if (depth === 0 && !/[{[\d-]/.test(c ?? '')) return null;
    if (c === '{' || c === '[') {
      depth++;
      brackets.push(c);
    }
    if (c === '}' || c === ']') {
      depth--;
      brackets.pop();
    }
    if (c === '…') {
      // in an array: "and more in between"; in an object: "and more properties"
      if (brackets.at(-1) === '[') code += '__GAP';
      i++;
      continue;
    }
    if (c === '(' && depth > 0 && /\s$/.test(s.slice(0, i))) {
      // a remark in prose inside an object: skip it
      let d = 0;
      do {
        if (s[i] === '(') d++;
        if (s[i] === ')') d--;
        i++;
      } while (i < s.length && d > 0);
      continue;
    }
    code += c;
    i++;
    if (depth === 0) {
      if (/[\d.-]/.test(c ?? '') && /[\d.]/.test(s[i] ?? '')) continue;
      break;
    }
  }
  if (depth !== 0) return null;
  // drop the commas left before a closing brace by a removed …
  code = code.replace(/,(\s*,)+/g, ',').replace(/,\s*([}\]])/g, ' $1');
  return { code, rest: s.slice(i) };
}

/** The check an output comment asks for, as code, or null when the comment is prose. */
export function outputCheck(expr, comment, line) {
  const c = comment.trim();
  const error = /^([A-Z][A-Z_]+): (.*)$/.exec(c);
  if (error) {
    const parts = (error[2] ?? '').split(/…|\.\.\./).map((p) => p.trim());
    return `__throws(() => (${expr}), ${JSON.stringify(error[1])}, ${JSON.stringify(parts.filter(Boolean))}, ${line});`;
  }
  const value = readValue(c);
  if (!value) return null;
  let code = `__check(() => (${expr}), ${value.code}, ${line});`;
  const en = /^\s*(?:,\s*)?en: (.*)$/.exec(value.rest);
  if (en && /'vi'/.test(expr)) {
    const alt = readValue(en[1] ?? '');
    if (alt) code += ` __check(() => (${expr.replaceAll("'vi'", "'en'")}), ${alt.code}, ${line});`;
  }
  return code;
}

const STATEMENT =
  /^(?!\s*(?:const|let|var|import|export|return|type|interface|function|class|await)\b)(\S.*?);\s*(?:\/\/\s*(.*))?$/;

/** A runnable module from a `.ts` block: output comments become checks, on the same lines. */
export function instrument(code, readmeLine) {
  const lines = code.split('\n');
  let checks = 0;
  for (let i = 0; i < lines.length; i++) {
    const m = STATEMENT.exec(lines[i] ?? '');
    if (!m || /^\s/.test(lines[i] ?? '') || (lines[i] ?? '').trim().startsWith('<')) continue;
    const expr = m[1] ?? '';
    let comment = m[2];
    if (comment === undefined) {
      // the output on the comment lines below
      const below = [];
      for (let j = i + 1; j < lines.length && /^\s*\/\//.test(lines[j] ?? ''); j++) {
        below.push((lines[j] ?? '').replace(/^\s*\/\/\s?/, ''));
      }
      if (below.length === 0 || !/^\s*['"{[]/.test(below[0] ?? '')) continue;
      comment = below.map((l, k) => (k === 0 ? l : l.trim())).join(' ');
    }
    const check = outputCheck(expr, comment, readmeLine + i);
    if (!check) continue;
    lines[i] = check;
    checks++;
  }
  return { code: lines.join('\n'), checks };
}

const IDENT = /[A-Za-z_$][\w$]*/g;

/** Names a block declares or imports itself. */
function declared(code) {
  const names = new Set();
  for (const m of code.matchAll(/\b(?:const|let|var|function|class)\s+([A-Za-z_$][\w$]*)/g)) names.add(m[1]);
  for (const m of code.matchAll(/\b(?:const|let|var)\s*[{[]([^}\]]*)[}\]]\s*=/g)) {
    for (const n of (m[1] ?? '').matchAll(IDENT)) names.add(n[0]);
  }
  for (const m of code.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from/g)) {
    for (const part of (m[1] ?? '').split(',')) {
      const n = part
        .trim()
        .split(/\s+as\s+/)
        .pop()
        ?.replace(/^type\s+/, '');
      if (n) names.add(n);
    }
  }
  return names;
}

/** One wrong output per kind of check: each must be reported. */
const NEGATIVE_CONTROL = `formatNumber('2890000', { locale: 'vi' }); // '2.890.001'
formatNumber('2890000', { locale: 'vi' }); // '2.890.000'   en: '2.890.000'
formatNumber('2890000', { locale: 'vi' }); // '2.8…1'
formatNumber('2890000', { locale: 'vi' }).length; // 8
allocate('3745', { evenly: 12 }).parts; // ['313', '312', '312']
allocate('3745', { evenly: 12 }).parts; // ['313', …, '313']
allocate('100', { weights: ['1', '2'], decimals: 1 }); // { method: 'split', parts: ['33.3', '66.6'], … }
parseNumber('1.5', 'vi'); // INVALID_DECIMAL: anything
parseNumber('1.5', 'vi'); // PARSE_ERROR: a message it does not have
parseNumber('1,5', 'vi'); // PARSE_ERROR: …
`;

/** Writes blocks/*.ts(x), context.tsx, the seed report and tsconfig.json into the fixture. */
export function prepareReadmeBlocks(root, fixture, coreNames) {
  const dir = join(fixture, 'blocks');
  mkdirSync(dir, { recursive: true });
  cpSync(join(here, 'context.tsx'), join(dir, 'context.tsx'));
  cpSync(join(here, 'tsconfig.blocks.json'), join(fixture, 'tsconfig.json'));
  cpSync(
    join(root, 'packages/core/test/extract/thanh-hoa-ict-2020.vi.txt'),
    join(fixture, 'thanh-hoa-ict-2020.vi.txt'),
  );
  const contextSource = readFileSync(join(here, 'context.tsx'), 'utf8');
  const contextNames = new Set([...contextSource.matchAll(/^export (?:const|function) ([\w$]+)/gm)].map((m) => m[1]));
  const manifest = [];
  for (const readme of READMES) {
    const blocks = codeBlocks(readFileSync(join(root, readme), 'utf8')).filter((b) => LANGS.has(b.lang));
    blocks.forEach((block, n) => {
      const tsx = block.lang === 'tsx';
      const body = tsx ? { code: block.code, checks: 0 } : instrument(block.code, block.line);
      const own = declared(block.code);
      const used = new Set(body.code.replace(/'[^'\n]*'|"[^"\n]*"|\/\/.*$/gm, '').match(IDENT) ?? []);
      const fromContext = [...used].filter((x) => !own.has(x) && (contextNames.has(x) || coreNames.has(x))).sort();
      const header = fromContext.length
        ? `import { ${fromContext.join(', ')} } from './context.js';`
        : `import './context.js';`;
      const file = `${readme.replace(/\/?README\.md$/, '').replaceAll('/', '-') || 'root'}-${n + 1}.${tsx ? 'tsx' : 'ts'}`;
      // one header line, then the block line for line: tsc's line numbers map back to the README
      writeFileSync(join(dir, file), `${header}\n${body.code}\n`);
      manifest.push({ readme, line: block.line, file, tsx, checks: body.checks });
    });
  }
  // The negative control: outputs that are wrong in each way a README can be wrong must fail.
  const control = instrument(NEGATIVE_CONTROL, 1);
  writeFileSync(
    join(dir, 'negative-control.ts'),
    `import { __check, __GAP, __parts, __throws, allocate, formatNumber, parseNumber } from './context.js';\n${control.code}\n`,
  );
  manifest.push({
    readme: '(negative control)',
    line: 1,
    file: 'negative-control.ts',
    tsx: false,
    checks: control.checks,
    negative: true,
  });
  writeFileSync(join(fixture, 'blocks.json'), JSON.stringify(manifest, null, 2));
  return manifest;
}

/** Compiles every block (one check each) and runs the `.ts` ones (one check each). */
export async function runReadmeChecks({ fixture, check, sh }) {
  const manifest = JSON.parse(readFileSync(join(fixture, 'blocks.json'), 'utf8'));
  const compiled = await sh('node', [join(here, 'compile.mjs')], { cwd: fixture });
  let diagnostics = {};
  const ok = await check('readme: the TypeScript program of all blocks builds', () => {
    if (!compiled.ok) return compiled.output;
    diagnostics = JSON.parse(compiled.output);
    return [...(diagnostics['(options)'] ?? []), ...(diagnostics['context.tsx'] ?? [])].join('\n') || undefined;
  });
  if (!ok) return;
  for (const b of manifest) {
    const where = `${b.readme}:${b.line}`;
    const own = diagnostics[b.file] ?? [];
    await check(`readme ${where}: compiles under strict tsc against the packed packages`, () =>
      // (LINE,COL) in the block file: line 1 is the import header, so README line = b.line + LINE - 2
      own.length
        ? own
            .map((d) => d.replace(/^\((\d+),(\d+)\)/, (_, l, c) => `${b.readme}:${b.line + Number(l) - 2}:${c}`))
            .join('\n')
        : undefined,
    );
    if (b.tsx) continue;
    if (b.negative) {
      await check(
        `readme checker: each of the ${b.checks} wrong outputs of the negative control is reported`,
        async () => {
          const r = await sh('node', [join('out', 'negative-control.js')], { cwd: fixture });
          const reported = new Set([...r.output.matchAll(/^line (\d+):/gm)].map((m) => m[1]));
          const expected = Array.from({ length: b.checks }, (_, k) => String(k + 1));
          const missed = expected.filter((l) => !reported.has(l));
          if (r.ok || missed.length) return `not reported: lines ${missed.join(', ')}\n${r.output}`;
          return undefined;
        },
      );
      continue;
    }
    await check(`readme ${where}: runs, and its ${b.checks} shown output(s) are what the code returns`, async () => {
      if (own.length) return 'not run: it does not compile';
      const r = await sh('node', [join('out', b.file.replace(/\.ts$/, '.js'))], { cwd: fixture });
      return r.ok ? undefined : r.output;
    });
  }
}
