import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Issue #14: no web component is longer than 150 lines. A longer one draws too much at once: split it into a hook
 * that owns its data and state and smaller components that draw it (docs/architecture.md). A component is a
 * function declaration or a `const` holding an arrow / function expression whose name starts with a capital.
 */
const WEB = path.resolve(import.meta.dirname, '../../web/src');
const MAX_LINES = 150;

/** `Name (lines)` of every component of `source` longer than `max` lines. */
function oversized(fileName: string, source: string, max = MAX_LINES): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const measure = (name: string, node: ts.Node) => {
    if (!/^[A-Z]/.test(name)) return;
    const first = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
    const last = file.getLineAndCharacterOfPosition(node.getEnd()).line;
    if (last - first + 1 > max) found.push(`${name} (${last - first + 1} lines)`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isFunctionDeclaration(node) && node.name) measure(node.name.text, node);
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const init = node.initializer;
      if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) measure(node.name.text, init);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('component size', () => {
  it('names a capitalised function or arrow const over the limit, not a hook or a short component', () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => `  const v${i} = ${i};`).join('\n');
    const source = [
      `export function Long() {\n${body(5)}\n  return null;\n}`,
      `export const Arrow = () => {\n${body(5)}\n  return null;\n};`,
      `export function useLong() {\n${body(5)}\n}`,
      `function Short() {\n  return null;\n}`,
    ].join('\n');
    expect(oversized('x.tsx', source, 7)).toEqual(['Long (8 lines)', 'Arrow (8 lines)']);
  });

  it(`no web component is longer than ${MAX_LINES} lines`, () => {
    const files = (fs.readdirSync(WEB, { recursive: true }) as string[]).filter((f) => f.endsWith('.tsx'));
    expect(files.length).toBeGreaterThan(50);
    const tooLong = files.flatMap((f) => oversized(f, fs.readFileSync(path.join(WEB, f), 'utf8')).map((c) => `${f}: ${c}`));
    expect(tooLong).toEqual([]);
  });
});
