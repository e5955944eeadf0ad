import { graphql } from '../../gql';
import type { PanoramaQuery } from '../../gql/graphql';
import { bigMoney } from '../../lib/format';

/** The panorama's operation (clusters) and the grouping of its clusters by county, shared by the graph and the list. */
export const PANORAMA_QUERY = graphql(`
  query Panorama {
    clusters {
      id
      name
      county
      level
      output
      year
      memberCount
      chainName
    }
  }
`);

export type PanoramaCluster = PanoramaQuery['clusters'][number];

/** Output as read in the panorama: 亿 with one decimal in Chinese, billions with two in English, no separators. */
export const amount = (wan: number | null, language?: string) => bigMoney(wan, { digits: 1, enDigits: 2, grouping: false, language });

export interface County {
  name: string;
  /** its clusters, largest output first */
  list: PanoramaCluster[];
  output: number;
}

/** The counties, largest total output first, each with its clusters. */
export function byCounty(clusters: readonly PanoramaCluster[]): County[] {
  const groups = new Map<string, PanoramaCluster[]>();
  for (const c of clusters) groups.set(c.county, [...(groups.get(c.county) ?? []), c]);
  return [...groups.entries()]
    .map(([name, list]) => ({
      name,
      list: [...list].sort((a, b) => (b.output ?? 0) - (a.output ?? 0)),
      output: list.reduce((s, c) => s + (c.output ?? 0), 0),
    }))
    .sort((a, b) => b.output - a.output);
}
