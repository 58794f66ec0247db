/**
 * Guards the promise of issue #11 that every word the extractor looks for lives in the locale
 * grammars (`src/extract/grammar-vi.ts`, `src/extract/grammar-en.ts`, declared in `grammar.ts`) —
 * and the number, scale and unit vocabulary in `src/parse/vocabulary.ts` — and nowhere else: it
 * parses every other source file of `src/extract/**` with the TypeScript parser and fails on a
 * word list written in a rule, a step or a doubt:
 *
 * - a `new Set([...])` or an array literal of words (lower-case words, phrases, currency codes);
 * - a string literal split into words (`'while whereas'.split(' ')`);
 * - an object literal keyed by two or more quoted words (`{ 'of this year': 0, … }`);
 * - a regular expression that alternates words (`/\b(?:while|whereas)\b/`);
 * - a chain of comparisons of a text with two or more words (`w === 'of' || w === 'với'`, `lead ===
 *   'that' || lead === 'those'`), whatever the variable holding the text is called.
 *
 * Internal tags that look like words (locales, base kinds, change forms, match levels, doubt
 * reasons, rule ids) are allowed below one by one, each with its reason. A word list found here
 * belongs in a `Grammar` field (`ctx.g.<field>`, `a.g.<field>`, `c.g.<field>`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const EXTRACT = join(import.meta.dirname, '..', '..', 'src', 'extract');

/** The files where words belong. */
const GRAMMARS = new Set(['grammar-en.ts', 'grammar-vi.ts']);

/** A word, a phrase of words, an abbreviation (`e.g`) or a currency code. */
const WORD = /^(?:\p{Ll}[\p{Ll}\p{M}'’.\- ]*|[A-Z]{3})$/u;
const isWord = (s: string): boolean => WORD.test(s) && /\p{L}{1}/u.test(s);

/** A word list found in a source: where, what kind, its words. */
interface Found {
  readonly file: string;
  readonly line: number;
  readonly kind: 'set' | 'array' | 'split' | 'object' | 'regex' | 'chain';
  readonly words: readonly string[];
}

/**
 * Lists of internal tags that look like words. Each entry allows the lists of `kind` in `file`
 * whose words are all in `words` (`'*'`: every such list of the file), with its reason.
 */
const TAGS: readonly {
  readonly file: string;
  readonly kind: Found['kind'];
  readonly words: readonly string[] | '*';
  readonly reason: string;
}[] = [
  { file: 'rules/context.ts', kind: 'array', words: ['vi', 'en'], reason: 'locale tags (EVERY_LOCALE)' },
  {
    file: 'certainty/messages.ts',
    kind: 'object',
    words: '*',
    reason: 'the messages keyed by DoubtReason tags (types.ts)',
  },
  {
    file: 'certainty/weigh.ts',
    kind: 'set',
    words: ['plan-frame', 'bracketed'],
    reason: 'doubt reason tags (DoubtReason) a target field is not weighed by',
  },
  {
    file: 'certainty/weigh.ts',
    kind: 'set',
    words: ['comparison', 'bracketed'],
    reason: 'doubt reason tags (DoubtReason) of a value on the other side of a comparison (round 68)',
  },
  {
    file: 'certainty/helpers.ts',
    kind: 'set',
    words: ['previous-period', 'same-period-last-year'],
    reason: 'comparison base kinds (ComparisonBase)',
  },
  {
    file: 'certainty/helpers.ts',
    kind: 'array',
    words: ['rate', 'points'],
    reason: 'change forms (ExtractedChange.form)',
  },
  {
    file: 'sentence/name-base.ts',
    kind: 'set',
    words: ['same-period-last-year', 'previous-period', 'december-last-year'],
    reason: 'comparison base kinds (ComparisonBase)',
  },
  {
    file: 'rules/context.ts',
    kind: 'array',
    words: ['exact', 'variant', 'no-diacritics', 'typo'],
    reason: 'match levels (MatchLevel), in their order',
  },
  {
    file: '*',
    kind: 'regex',
    words: [
      ...['sentence', 'context', 'figures', 'plan', 'before-figures', 'second-plan'],
      ...['compared-previous', 'labelled-part', 'labelled-bracket', 'period-named-part', 'bracket-label'],
      // (the period rules of a cut-off, `sentence/forecast-result.ts`; round 41)
      ...['month-end', 'end-of', 'ended', 'den-het', 'den-ngay', 'tinh-den', 'by-'],
    ],
    reason: 'rule ids (`en.name.before-figures`, `+sentence`): how a field was read, no words of the text',
  },
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    if (!entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts') || /test-util/u.test(entry.name)) return [];
    return GRAMMARS.has(entry.name) ? [] : [path];
  });
}

const stringOf = (n: ts.Node): string | undefined =>
  ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) ? n.text : undefined;

/** The word-like alternatives of a regular expression's source (`(?:while|whereas)` → both). */
function regexWords(source: string): string[] {
  const body = source.slice(1, source.lastIndexOf('/'));
  if (!body.includes('|')) return [];
  const alternatives = body
    .replace(/\(\?(?:[:=!]|<[=!])/gu, '(')
    .replace(/\\[bBsSdDwWpPu](?:\{[^}]*\})?/gu, ' ')
    .split(/[|()[\]^$?*+{}]/u)
    .map((a) => a.trim())
    .filter((a) => a.length > 1);
  return alternatives.filter((a) => /^\p{L}[\p{L}\p{M}' .-]*$/u.test(a));
}

/**
 * What a tag is read through (`it.kind`, `f.rule`, `c.value.form`, `hit.level`, `it.why`, `x.t`):
 * a comparison of anything else with a word compares text, whatever its variable is called (`w`,
 * `t.forms.fold`, `lead`, `first`, `fold(…)`).
 */
const TAG_SIDE = /kind|rule|\bform\b|reason|what|unit|locale|language|\blevel\b|\bwhy\b|\.t\b|\.id\b|\.value\b/u;

/** The word a comparison `<text> === 'word'` (or `!==`) tests, if it is one. */
function comparedWord(node: ts.Node, source: ts.SourceFile): string | undefined {
  if (!ts.isBinaryExpression(node)) return undefined;
  const op = node.operatorToken.kind;
  if (op !== ts.SyntaxKind.EqualsEqualsEqualsToken && op !== ts.SyntaxKind.ExclamationEqualsEqualsToken)
    return undefined;
  const literal =
    stringOf(node.right) !== undefined ? node.right : stringOf(node.left) !== undefined ? node.left : undefined;
  if (!literal) return undefined;
  const word = stringOf(literal) as string;
  const other = (literal === node.right ? node.left : node.right).getText(source);
  return isWord(word) && word.length > 1 && !TAG_SIDE.test(other) ? word : undefined;
}

/** Every word list in one source text. */
function wordLists(file: string, text: string): Found[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Found[] = [];
  const add = (node: ts.Node, kind: Found['kind'], words: readonly string[]) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push({ file, line: line + 1, kind, words });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Set') {
      const list = node.arguments?.[0];
      if (list && ts.isArrayLiteralExpression(list)) {
        const words = list.elements.map(stringOf).filter((s): s is string => s !== undefined && isWord(s));
        if (words.length > 0) {
          add(node, 'set', words);
          return;
        }
      }
    }
    if (ts.isArrayLiteralExpression(node)) {
      // (the words of a list of pairs count by their first element: `[['bank', 1], ['fund', 2]]`)
      const first = (e: ts.Expression): string | undefined =>
        ts.isArrayLiteralExpression(e) && e.elements[0] ? stringOf(e.elements[0]) : stringOf(e);
      const strings = node.elements.map(first).filter((s): s is string => s !== undefined);
      const words = strings.filter(isWord);
      if (words.length >= 2 && words.length * 2 >= node.elements.length) add(node, 'array', words);
    }
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'split'
    ) {
      const text = stringOf(node.expression.expression);
      const words = text?.split(/[\s,|]+/u).filter(isWord) ?? [];
      if (words.length >= 2) add(node, 'split', words);
    }
    if (ts.isObjectLiteralExpression(node)) {
      const keys = node.properties.flatMap((p) => (p.name && ts.isStringLiteral(p.name) ? [p.name.text] : []));
      const words = keys.filter(isWord);
      if (words.length >= 2) add(node, 'object', words);
    }
    if (
      ts.isBinaryExpression(node) &&
      (node.operatorToken.kind === ts.SyntaxKind.BarBarToken ||
        node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) &&
      !(ts.isBinaryExpression(node.parent) && node.parent.operatorToken.kind === node.operatorToken.kind)
    ) {
      const words: string[] = [];
      const collect = (x: ts.Node): void => {
        const e = ts.isParenthesizedExpression(x) ? x.expression : x;
        if (ts.isBinaryExpression(e) && e.operatorToken.kind === node.operatorToken.kind) {
          collect(e.left);
          collect(e.right);
        } else {
          const w = comparedWord(e, source);
          if (w !== undefined && !words.includes(w)) words.push(w);
        }
      };
      collect(node);
      if (words.length >= 2) add(node, 'chain', words);
    }
    if (ts.isRegularExpressionLiteral(node)) {
      const words = regexWords(node.text);
      if (words.length >= 2) add(node, 'regex', words);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The tag entry that allows a found list, if any. */
const allowedBy = (f: Found) =>
  TAGS.find(
    (tag) =>
      (tag.file === '*' || tag.file === f.file) &&
      tag.kind === f.kind &&
      (tag.words === '*' || f.words.every((w) => (tag.words as readonly string[]).includes(w))),
  );

const show = (f: Found): string => `${f.file}:${f.line} ${f.kind} [${f.words.slice(0, 8).join(', ')}]`;

describe('every word of the extractor lives in the grammars', () => {
  const files = sources(EXTRACT);
  const lists = files.flatMap((path) => {
    const file = relative(EXTRACT, path).split('\\').join('/');
    return wordLists(file, readFileSync(path, 'utf8'));
  });

  it('reads the sources (the scan is not empty)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => f.endsWith('grammar-en.ts'))).toBe(false);
  });

  it('finds no word list outside grammar-vi.ts / grammar-en.ts (tags allowed one by one)', () => {
    const words = lists.filter((f) => !allowedBy(f)).map(show);
    expect(words, 'move these lists into a Grammar field (grammar.ts) and read them through the grammar').toEqual([]);
  });

  it('allows no tag entry that allows nothing (the allow-list does not rot)', () => {
    const unused = TAGS.filter((tag) => !lists.some((f) => allowedBy(f) === tag)).map((t) => `${t.file} ${t.kind}`);
    expect(unused).toEqual([]);
  });

  it('flags a planted list of every kind, and not the tags', () => {
    const planted = [
      "const OPENERS = new Set(['while', 'whereas', 'meanwhile']);",
      "const ONE = new Set(['versus']);",
      "const LEADS = ['so với', 'cao hơn mức'];",
      "const STOPS = 'the a an'.split(' ');",
      "const YEARS = { 'this year': 0, 'last year': -1 };",
      "const CURRENCIES = new Set(['VND', 'USD']);",
      'const PERCENT = /^(?:percent|per cent|pct)$/u;',
      "const kinds = ['vi', 'en'];",
      'const rule = /\\+(sentence|context)$/u;',
      "const PAIRS = [['bank', 1], ['fund', 2]];",
      "const weak = w === 'of' || w === 'với';",
      "const joined = t.kind === 'word' && (t.forms.fold === 'and' || t.forms.fold === 'or');",
      "const tags = it.kind === 'figure' || it.kind === 'change';",
      "const twice = a.forms.lower === 'to' || b.forms.lower === 'to';",
      // (a chain is a chain whatever the compared text's variable is called)
      "const demonstrative = lead === 'that' || lead === 'those';",
      "const copula = (first === 'is' || first === 'are') && last !== 'to';",
      "const levels = hit.level === 'exact' || hit.level === 'variant';",
      "const why = it.why === 'qualifier' || it.why === 'identifier';",
      "const signs = new Set(['+', '-', '%']);",
      'const year = /^(19|20)\\d\\d$/u;',
    ].join('\n');
    const found = wordLists('sentence/planted.ts', planted);
    expect(found.map((f) => `${f.kind} ${f.words.join('|')}`)).toEqual([
      'set while|whereas|meanwhile',
      'set versus',
      'array so với|cao hơn mức',
      'split the|a|an',
      'object this year|last year',
      'set VND|USD',
      'regex percent|per cent|pct',
      'array vi|en',
      'regex sentence|context',
      'array bank|fund',
      'chain of|với',
      'chain and|or',
      'chain that|those',
      'chain is|are',
    ]);
    expect(found.filter((f) => !allowedBy(f)).map((f) => `${f.kind} ${f.words[0]}`)).toEqual([
      'set while',
      'set versus',
      'array so với',
      'split the',
      'object this year',
      'set VND',
      'regex percent',
      // (locale tags are allowed only where the rules' EVERY_LOCALE is written)
      'array vi',
      'array bank',
      'chain of',
      'chain and',
      'chain that',
      'chain is',
    ]);
  });
});
