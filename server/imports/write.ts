import type { CypherLibrary, CypherStatement } from '../cypher.js';
import type { Tx } from '../db/index.js';
import { HOME_COUNTIES } from '#shared/facts.js';
import type { FileName } from './spec.js';
import type { RowData } from './validate.js';

/**
 * Writes validated rows: one batched `UNWIND $rows AS row MERGE ... SET ...` statement per
 * file (cypher/imports/write/*.cypher), idempotent on the keys, returning how many rows it
 * created and updated (the rest were unchanged). The caller decides the transactions.
 */
export interface BatchCounts {
  rows: number;
  created: number;
  updated: number;
}

/** Who writes and when: every row an import creates or changes gets `updatedBy` / `updatedAt`. */
export interface WriteStamp {
  /** the importing user's id (`system` for the seed and the command line) */
  user: string;
  /** ISO 8601 instant of the import, the same for all its rows */
  at: string;
}

/** The database changed between validation and writing (a referenced node vanished). */
export class ImportConflictError extends Error {
  override name = 'ImportConflictError';
}

const STATEMENTS = {
  chains: 'imports/write/chains',
  segments: 'imports/write/segments',
  clusters: 'imports/write/clusters',
  cluster_years: 'imports/write/cluster-years',
  enterprises: 'imports/write/enterprises',
  enterprise_years: 'imports/write/enterprise-years',
  institutes: 'imports/write/institutes',
  platforms: 'imports/write/platforms',
  supply_links: 'imports/write/supply-links',
  collaborations: 'imports/write/collaborations',
  synonyms: 'imports/write/synonyms',
} as const satisfies Record<FileName, string>;

const COUNTY_CODES: Record<string, string> = Object.fromEntries(HOME_COUNTIES.map((c) => [c.name, c.divisionCode]));

export class GraphWriter {
  private readonly statements: Record<FileName, CypherStatement>;
  private readonly feeds: CypherStatement;
  private readonly products: CypherStatement;

  constructor(cypher: CypherLibrary) {
    const picked = cypher.pick(...Object.values(STATEMENTS), 'imports/write/segment-feeds', 'imports/write/products');
    this.statements = Object.fromEntries(Object.entries(STATEMENTS).map(([file, name]) => [file, picked[name]])) as Record<
      FileName,
      CypherStatement
    >;
    this.feeds = picked['imports/write/segment-feeds'];
    this.products = picked['imports/write/products'];
  }

  /**
   * Writes one batch of rows of a file. For segments, rows whose node and FEEDS did not change
   * are returned in `unchangedIds` so that a FEEDS change found later can count them as updated.
   */
  async writeBatch(tx: Tx, file: FileName, rows: RowData[], stamp: WriteStamp): Promise<BatchCounts & { unchangedIds?: string[] }> {
    const [result] = await tx.run<{ rows: number; created: number; updated: number; unchangedIds?: string[] }>(this.statements[file], {
      rows,
      countyCodes: COUNTY_CODES,
      user: stamp.user,
      at: stamp.at,
    });
    if (!result || result.rows !== rows.length) {
      throw new ImportConflictError(
        `${file}: ${rows.length - (result?.rows ?? 0)} rows refer to nodes that disappeared from the database after validation`,
      );
    }
    return result;
  }

  /** Replaces the FEEDS of the segments whose feeds cell was given; returns the ids whose FEEDS changed. */
  async writeFeeds(tx: Tx, rows: RowData[], stamp: WriteStamp): Promise<string[]> {
    const withFeeds = rows.filter((row) => Array.isArray(row.feeds)).map((row) => ({ id: row.id, feeds: row.feeds }));
    if (withFeeds.length === 0) return [];
    const [result] = await tx.run<{ changedIds: string[] }>(this.feeds, { rows: withFeeds, user: stamp.user, at: stamp.at });
    return result?.changedIds ?? [];
  }

  /** Recomputes Enterprise.products for these suppliers. */
  async writeProducts(tx: Tx, codes: string[]): Promise<void> {
    if (codes.length > 0) await tx.run(this.products, { codes });
  }
}

/** Splits a list into batches. */
export function* batches<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
