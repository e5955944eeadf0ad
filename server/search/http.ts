import { Router } from 'express';
import { AppError } from '../errors.js';
import type { Services } from '../services.js';
import { SRDI_LEVELS, type SrdiLevel } from '#shared/enums.js';
import { sendHttpError } from '../auth/http.js';
import { sendDownload } from '../targets/http.js';

/**
 * GET /api/search/export?q=&format=csv|xlsx (xlsx when absent) with the search page's filters
 * (county, clusterId, segmentId, local=1|0, leader=1|0, srdi=LEVEL,LEVEL): the results as a download.
 */
export function searchExportRouter(services: Pick<Services, 'search'>): Router {
  const router = Router();
  router.get('/api/search/export', async (req, res) => {
    try {
      const one = (name: string): string | null => {
        const value = req.query[name];
        if (value === undefined) return null;
        if (typeof value !== 'string') throw new AppError('BAD_INPUT', `${name} must be given once`, { field: name });
        return value;
      };
      const flag = (name: string): boolean | null => {
        const value = one(name);
        if (value === null || value === '') return null;
        if (value !== '1' && value !== '0') throw new AppError('BAD_INPUT', `${name} must be 1 or 0`, { field: name });
        return value === '1';
      };
      const srdi = one('srdi');
      const srdiLevels = srdi ? (srdi.split(',') as SrdiLevel[]) : null;
      if (srdiLevels?.some((level) => !SRDI_LEVELS.includes(level)))
        throw new AppError('BAD_INPUT', `srdi must be levels among ${SRDI_LEVELS.join(', ')}`, { field: 'srdi' });
      const file = await services.search.exportSearch(
        {
          query: one('q') ?? '',
          county: one('county'),
          clusterId: one('clusterId'),
          segmentId: one('segmentId'),
          local: flag('local'),
          chainLeader: flag('leader'),
          srdiLevels,
        },
        (one('format') ?? 'xlsx').toLowerCase(),
        req.auth?.user ?? null,
      );
      sendDownload(res, file, 'search');
    } catch (error) {
      sendHttpError(res, error);
    }
  });
  return router;
}
