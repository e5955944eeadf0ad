import { requireClusterScope, type Actor } from '../auth/policy.js';
import { AppError } from '../errors.js';
import type { FileName } from './spec.js';
import type { RowData } from './validate.js';

/**
 * The clusters an import touches, collected from the valid rows as they are validated, for the
 * editors' rule: an editor may import only data of the clusters assigned to them. A row touches
 * the clusters it names (clusters, cluster years, an enterprise's cluster_ids) and the clusters
 * its firms already belong to (enterprises, their years, supply links at both ends,
 * collaborations). Chains, segments, institutes and platforms are shared by every cluster:
 * importing them is for administrators.
 */
export const SHARED_FILES: readonly FileName[] = ['chains', 'segments', 'institutes', 'platforms', 'synonyms'];

export class ImportScope {
  readonly files = new Set<FileName>();
  readonly clusterIds = new Set<string>();
  readonly creditCodes = new Set<string>();

  add(file: FileName, row: RowData): void {
    this.files.add(file);
    const text = (value: unknown) => (typeof value === 'string' ? [value] : []);
    switch (file) {
      case 'clusters':
        for (const id of text(row.id)) this.clusterIds.add(id);
        break;
      case 'cluster_years':
        for (const id of text(row.clusterId)) this.clusterIds.add(id);
        break;
      case 'enterprises':
        for (const code of text(row.creditCode)) this.creditCodes.add(code);
        if (Array.isArray(row.clusterIds)) for (const id of row.clusterIds) if (typeof id === 'string') this.clusterIds.add(id);
        break;
      case 'enterprise_years':
      case 'collaborations':
        for (const code of text(row.creditCode)) this.creditCodes.add(code);
        break;
      case 'supply_links':
        for (const code of [...text(row.supplier), ...text(row.buyer)]) this.creditCodes.add(code);
        break;
      default:
        break;
    }
  }

  /** FORBIDDEN unless `actor` may import all of this; `clustersOf` gives the current clusters of firms. */
  async check(actor: Actor, clustersOf: (codes: string[]) => Promise<string[]>): Promise<void> {
    if (actor.role === 'admin') return;
    const shared = SHARED_FILES.filter((file) => this.files.has(file));
    if (shared.length > 0) {
      throw new AppError('FORBIDDEN', `没有权限：${shared.join('、')} 是各集群共用的数据，只有管理员可以导入 (${shared.join(', ')} are shared by every cluster: only administrators import them)`, { files: shared });
    }
    const touched = new Set(this.clusterIds);
    for (const id of await clustersOf([...this.creditCodes])) touched.add(id);
    requireClusterScope(actor, touched, '导入的数据');
  }
}
