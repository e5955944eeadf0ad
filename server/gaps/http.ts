import { Router, type Request, type Response } from 'express';
import { sendHttpError } from '../auth/http.js';
import { badInput } from '../errors.js';
import type { LocalScope } from '#shared/regions.js';
import type { Services } from '../services.js';
import type { ExportFile } from '../exports/files.js';
import { exportFormat, exportRisks, exportWhatIf } from './export.js';

/**
 * Downloads of the chain map's lists (the app requires a session first; the gap service checks the role):
 * - GET /api/clusters/:clusterId/single-source-risks/export?format=csv|xlsx&year=&segmentId=&scope=county|city|province
 * - GET /api/clusters/:clusterId/what-if/export?format=csv|xlsx&remove=CODE,CODE&year=
 * Errors are JSON `{ code, message }` (400 BAD_INPUT, 404 NOT_FOUND, 503 DATABASE_UNAVAILABLE).
 */
function one(req: Request, name: string): string | null {
  const value = req.query[name];
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string') throw badInput(`${name} must be given once`, { field: name });
  return value;
}

function year(req: Request): number | null {
  const text = one(req, 'year');
  if (text === null) return null;
  if (!/^\d{4}$/.test(text)) throw badInput('year must be a four-digit year (年份应为四位数字)', { field: 'year' });
  return Number(text);
}

/** ?scope= as the chain map writes it (county, city, province; any case): checked by the gap service (BAD_INPUT naming scope). */
function scope(req: Request): LocalScope | null {
  return (one(req, 'scope')?.toUpperCase() as LocalScope | undefined) ?? null;
}

export function gapExportRouter(services: Pick<Services, 'gaps'>): Router {
  const router = Router();
  router.get('/api/clusters/:clusterId/single-source-risks/export', async (req, res) => {
    try {
      send(
        res,
        await exportRisks(
          services.gaps,
          { clusterId: String(req.params.clusterId), year: year(req), segmentId: one(req, 'segmentId'), scope: scope(req) },
          exportFormat(req.query.format),
          req.auth?.user ?? null,
        ),
      );
    } catch (error) {
      sendHttpError(res, error);
    }
  });
  router.get('/api/clusters/:clusterId/what-if/export', async (req, res) => {
    try {
      const remove = (one(req, 'remove') ?? '').split(/[,;，；\s]+/).filter(Boolean);
      send(
        res,
        await exportWhatIf(
          services.gaps,
          { clusterId: String(req.params.clusterId), remove, year: year(req) },
          exportFormat(req.query.format),
          req.auth?.user ?? null,
        ),
      );
    } catch (error) {
      sendHttpError(res, error);
    }
  });
  return router;
}

function send(res: Response, file: ExportFile): void {
  // Browsers use filename* (UTF-8, the Chinese name); filename is the ASCII fallback.
  const ascii = `export${file.filename.slice(file.filename.lastIndexOf('.'))}`;
  const rfc5987 = encodeURIComponent(file.filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  res
    .status(200)
    .set({
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987}`,
      'Content-Length': String(file.body.length),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    })
    .end(file.body);
}
