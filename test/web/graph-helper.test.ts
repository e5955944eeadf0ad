import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Browser tests read and drive graphs through test/helpers/graph.ts (graphOf(page)), the one
 * place that knows where the app keeps its Cytoscape instance. This fails on any other test
 * file that reaches for it, so the cast is never copied again.
 */
const GLOBAL = ['__', 'cy'].join(''); // spelt in two parts so that this file does not find itself
const OWNER = 'test/helpers/graph.ts';

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(file);
    return /\.tsx?$/.test(entry.name) ? [file.split(path.sep).join('/')] : [];
  });
}

describe('the graph helper', () => {
  it('is the only test code that reaches into the page for the Cytoscape instance', () => {
    const offenders = testFiles('test')
      .filter((file) => file !== OWNER)
      .flatMap((file) =>
        fs
          .readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, i) => (line.includes(GLOBAL) ? [`${file}:${i + 1}`] : [])),
      );
    expect(offenders).toEqual([]);
  });

  it('finds the instance where the app puts it', () => {
    expect(fs.readFileSync(OWNER, 'utf8')).toContain(`window as unknown as { ${GLOBAL}?: Core }`);
    expect(fs.readFileSync('web/src/graph/useCytoscape.ts', 'utf8')).toContain(`.${GLOBAL} = cy`);
  });
});
