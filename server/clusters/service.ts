import { GraphService } from '../graph-service.js';
import { requirePermission, type Actor } from '../auth/policy.js';
import { badInput } from '../errors.js';
import { CLUSTER_LEVELS, type ClusterLevel } from '#shared/enums.js';

export interface ClusterSummary {
  id: string;
  name: string;
  county: string;
  level: ClusterLevel;
  leadIndustry: string | null;
  chainId: string | null;
  chainName: string | null;
  year: number | null;
  output: number | null;
  growth: number | null;
  taxShare: number | null;
  memberCount: number;
}

export interface CountySummary {
  name: string;
  clusterCount: number;
  output: number;
}

export interface Overview {
  clusters: number;
  provincialOrAbove: number;
  national: number;
  counties: number;
  enterprises: number;
  clusterFirms: number;
  platforms: number;
  institutes: number;
  supplyLinks: number;
}

export interface ClusterFilter {
  county?: string | null;
  level?: string | null;
}

/** Clusters and counties: the panorama's data. */
export class ClusterService extends GraphService('clusters/list', 'clusters/by-ids', 'clusters/overview') {
  async list(filter: ClusterFilter, actor: Actor | null): Promise<ClusterSummary[]> {
    requirePermission(actor, 'graph:read');
    const county = filter.county?.trim() || null;
    if (county && county.length > 50) throw badInput('county is too long (50 characters at most)');
    const level = filter.level ?? null;
    if (level !== null && !CLUSTER_LEVELS.includes(level as ClusterLevel)) throw badInput(`unknown level ${level}`);
    return this.answers.get('clusters', actor, { county, level }, () =>
      this.db.read<ClusterSummary & Record<string, unknown>>(this.q['clusters/list'], { county, level }),
    );
  }

  /** Batched lookup in the order asked (null where unknown): the DataLoader's batch function. */
  async byIds(ids: readonly string[], actor: Actor | null): Promise<(ClusterSummary | null)[]> {
    requirePermission(actor, 'graph:read');
    return this.answers.get('clustersByIds', actor, ids, async () => {
      const rows = await this.db.read<ClusterSummary & Record<string, unknown>>(this.q['clusters/by-ids'], { ids: [...ids] });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  async overview(actor: Actor | null): Promise<Overview> {
    requirePermission(actor, 'graph:read');
    return this.answers.get('overview', actor, {}, async () => {
      const [row] = await this.db.read<Overview & Record<string, unknown>>(this.q['clusters/overview']);
      return row!;
    });
  }

  /** Counties with clusters, aggregated from the list (one query). */
  async counties(actor: Actor | null): Promise<CountySummary[]> {
    const clusters = await this.list({}, actor);
    const counties = new Map<string, CountySummary>();
    for (const cluster of clusters) {
      const county = counties.get(cluster.county) ?? { name: cluster.county, clusterCount: 0, output: 0 };
      county.clusterCount += 1;
      county.output += cluster.output ?? 0;
      counties.set(cluster.county, county);
    }
    return [...counties.values()].sort((a, b) => b.output - a.output);
  }
}
