import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The web's layers (docs/architecture.md): a view (web/src/views/<Name>/) uses the shared layer
 * (components, hooks, lib, graph, api, ...) and its own files, never another view's; the shared
 * layer never reaches into a view. Only the router (App.tsx) imports the views. Stylesheets and
 * message files count as imports (a view's CSS is the view's).
 */
const WEB = path.resolve(import.meta.dirname, '../../web/src');
const ROUTER = new Set(['App.tsx']);

function webFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'gql') webFiles(full, out);
    } else if (/\.tsx?$/.test(entry.name)) out.push(full);
  }
  return out;
}

/** The file a relative import names, as a path under web/src (web imports name no extension; a stylesheet names its own). */
function target(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return path.relative(WEB, candidate);
  }
  return path.relative(WEB, base);
}

/** `views/<Name>` for a file of a view, else null (the shared layer). */
const viewOf = (file: string): string | null => /^views\/([^/]+)\//.exec(file.split(path.sep).join('/'))?.[1] ?? null;

/** Every import that crosses the layers the wrong way, as "from → to". */
function crossings(imports: Map<string, string[]>): string[] {
  const wrong: string[] = [];
  for (const [file, targets] of imports) {
    if (ROUTER.has(file)) continue;
    const own = viewOf(file);
    for (const to of targets) {
      const other = viewOf(to);
      if (other !== null && other !== own) wrong.push(`${file} → ${to}`);
    }
  }
  return wrong.sort();
}

describe('web layers', () => {
  it('finds a view importing another view, and the shared layer importing a view', () => {
    const imports = new Map([
      ['views/Targets/TargetsView.tsx', ['views/ChainMap/chain-map.css', 'views/Targets/targets.css', 'components/Pager.tsx']],
      ['components/EnterpriseSearchBox.tsx', ['views/Enterprise/messages.ts', 'hooks/useDebounced.ts']],
      ['views/ChainMap/ChainMapView.tsx', ['views/ChainMap/chain-map.css', 'components/widgets.css']],
      ['App.tsx', ['views/ChainMap/ChainMapView.tsx']],
    ]);
    expect(crossings(imports)).toEqual([
      'components/EnterpriseSearchBox.tsx → views/Enterprise/messages.ts',
      'views/Targets/TargetsView.tsx → views/ChainMap/chain-map.css',
    ]);
  });

  it('no view imports another view, and no shared module imports a view', () => {
    const imports = new Map<string, string[]>();
    for (const file of webFiles(WEB)) {
      const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
      imports.set(
        path.relative(WEB, file),
        importedFiles.map((imported) => target(file, imported.fileName)).filter((to): to is string => to !== null),
      );
    }
    expect(imports.size).toBeGreaterThan(100);
    expect([...imports.values()].flat().filter((to) => to.endsWith('.css')).length).toBeGreaterThan(5);
    expect(crossings(imports)).toEqual([]);
  });
});
