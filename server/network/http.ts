import { Router, type Request } from 'express';
import { sendHttpError } from '../auth/http.js';
import { badInput } from '../errors.js';
import type { Services } from '../services.js';
import { sendDownload } from '../targets/http.js';
import { exportCollaborationNetwork, networkExportFormat, networkExportTable } from './export.js';

/**
 * GET /api/network/collaboration/export?format=csv|xlsx|gexf&cluster=&year=&table=nodes|edges
 * (xlsx when format is absent; table: which table a CSV holds, nodes when absent): the
 * collaboration network of the page's filters as a download (the app requires a session first;
 * the network service checks the role and applies disclosure). Errors are JSON `{ code, message }`.
 */
function one(req: Request, name: string): string | null {
  const value = req.query[name];
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string') throw badInput(`${name} must be given once`, { field: name });
  return value;
}

export function networkExportRouter(services: Pick<Services, 'network' | 'clusters'>): Router {
  const router = Router();
  router.get('/api/network/collaboration/export', async (req, res) => {
    try {
      const yearText = one(req, 'year');
      if (yearText !== null && !/^\d{4}$/.test(yearText))
        throw badInput('year must be a four-digit year (年份应为四位数字)', { field: 'year' });
      const clusterId = one(req, 'cluster');
      const format = networkExportFormat(req.query.format);
      const table = networkExportTable(req.query.table);
      const actor = req.auth?.user ?? null;
      const [cluster] = clusterId ? await services.clusters.byIds([clusterId], actor) : [null];
      const file = await exportCollaborationNetwork(
        services.network,
        { clusterId, clusterName: cluster?.name ?? null, year: yearText === null ? null : Number(yearText), table },
        format,
        actor,
      );
      sendDownload(res, file, 'collaboration-network');
    } catch (error) {
      sendHttpError(res, error);
    }
  });
  return router;
}
