/**
 * Guards the rule "the math never touches JavaScript floating point": scans the core's sources
 * with the TypeScript parser and fails on multiplicative arithmetic (`*`, `/`, `%`, `**` and their
 * assignments), `Math.*` rounding/arithmetic, `parseFloat` and `Number#toFixed`. Integer date
 * arithmetic or counters that truly need one carry `// float-ok: <reason>` on the same line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');
const FORBIDDEN_OPERATORS = new Set([
  ts.SyntaxKind.AsteriskToken,
  ts.SyntaxKind.SlashToken,
  ts.SyntaxKind.PercentToken,
  ts.SyntaxKind.AsteriskAsteriskToken,
  ts.SyntaxKind.AsteriskEqualsToken,
  ts.SyntaxKind.SlashEqualsToken,
  ts.SyntaxKind.PercentEqualsToken,
  ts.SyntaxKind.AsteriskAsteriskEqualsToken,
]);
const FORBIDDEN_MATH = new Set([
  'round',
  'floor',
  'ceil',
  'trunc',
  'pow',
  'sqrt',
  'cbrt',
  'exp',
  'log',
  'log10',
  'log2',
  'fround',
  'hypot',
]);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test(-d)?\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Finds float arithmetic in one source text; exported shape for the self-test below. */
function violations(fileName: string, text: string): string[] {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const lines = text.split('\n');
  const found: string[] = [];
  const flag = (node: ts.Node, what: string) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
    if (/float-ok:/.test(lines[line] ?? '')) return;
    found.push(`${fileName}:${line + 1} ${what}: ${(lines[line] ?? '').trim()}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node) && FORBIDDEN_OPERATORS.has(node.operatorToken.kind))
      flag(node, `operator ${node.operatorToken.getText(file)}`);
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
      if (node.expression.text === 'Math' && FORBIDDEN_MATH.has(node.name.text)) flag(node, `Math.${node.name.text}`);
      if (node.expression.text === 'Number' && node.name.text === 'parseFloat') flag(node, 'Number.parseFloat');
    }
    if (ts.isIdentifier(node) && node.text === 'parseFloat' && !ts.isPropertyAccessExpression(node.parent))
      flag(node, 'parseFloat');
    if (ts.isPropertyAccessExpression(node) && node.name.text === 'toFixed' && !/decimal\.ts$/.test(fileName))
      flag(node, 'toFixed');
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('no JavaScript floating point in the core', () => {
  it('the guard itself catches float arithmetic (so it can fail)', () => {
    expect(
      violations('x.ts', 'const a = b * c;\nconst d = Math.round(e);\nconst f = parseFloat(g);\nh /= 2;'),
    ).toHaveLength(4);
    expect(
      violations('x.ts', 'const a = i + 1; // counters are fine\nconst s = `a/b`;\nconst r = /a\\/b/;'),
    ).toHaveLength(0);
  });

  it('no source file of @chitieu/core does float arithmetic', () => {
    const found = sources(SRC).flatMap((path) => violations(relative(SRC, path), readFileSync(path, 'utf8')));
    expect(found).toEqual([]);
  });
});
