import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Every Cypher statement lives in cypher/<feature>/<name>.cypher with named $parameters.
 * The library is read once at start-up; services pick the statements they use when they are
 * constructed, so an unknown name fails at start-up rather than at request time.
 */
export const CYPHER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../cypher');

export class UnknownCypherError extends Error {
  override name = 'UnknownCypherError';
}

export class CypherLibrary {
  private constructor(private readonly statements: ReadonlyMap<string, string>) {}

  static load(dir: string = CYPHER_DIR): CypherLibrary {
    const statements = new Map<string, string>();
    const walk = (folder: string) => {
      for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.cypher')) {
          const name = path
            .relative(dir, full)
            .replace(/\\/g, '/')
            .replace(/\.cypher$/, '');
          statements.set(name, fs.readFileSync(full, 'utf8').trim());
        }
      }
    };
    walk(dir);
    return new CypherLibrary(statements);
  }

  get names(): string[] {
    return [...this.statements.keys()].sort();
  }

  get(name: string): string {
    const text = this.statements.get(name);
    if (text === undefined) throw new UnknownCypherError(`Unknown Cypher statement "${name}": no file cypher/${name}.cypher`);
    return text;
  }

  /** The named statements, checked now; a typed record keyed by the names asked for. */
  pick<const N extends string>(...names: N[]): { readonly [K in N]: CypherStatement } {
    const out = {} as Record<N, CypherStatement>;
    for (const name of names) out[name] = { name, text: this.get(name) };
    return out;
  }

  /** A family of statements, one per kind (`<prefix><kind>`, e.g. imports/journal/restore-chains), keyed by kind; checked now. */
  pickEach<const K extends string>(prefix: string, kinds: readonly K[]): Record<K, CypherStatement> {
    const out = {} as Record<K, CypherStatement>;
    for (const kind of kinds) out[kind] = { name: `${prefix}${kind}`, text: this.get(`${prefix}${kind}`) };
    return out;
  }

  /** Statements of a schema folder file, split on ';' at line ends, in file-name order. */
  schemaStatements(folder = 'schema'): CypherStatement[] {
    return this.names
      .filter((name) => name.startsWith(`${folder}/`))
      .flatMap((name) =>
        this.get(name)
          .split(/;\s*(?:\n|$)/)
          .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
          .filter(Boolean)
          .map((text, i) => ({ name: `${name}#${i + 1}`, text })),
      );
  }
}

export interface CypherStatement {
  readonly name: string;
  readonly text: string;
}
