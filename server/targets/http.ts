import { Router, type Response } from 'express';
import { sendHttpError } from '../auth/http.js';
import { AppError } from '../errors.js';
import type { Services } from '../services.js';

/**
 * GET /api/target-lists/:id/export?format=csv|xlsx (xlsx when absent): the list as a download,
 * for callers who may read target lists (the service checks; the app requires a session first).
 * Errors are JSON `{ code, message }` with the API's codes (400 BAD_INPUT, 404 NOT_FOUND, ...).
 */
export function targetExportRouter(services: Pick<Services, 'targets'>): Router {
  const router = Router();
  router.get('/api/target-lists/:id/export', async (req, res) => {
    try {
      const format = req.query.format ?? 'xlsx';
      if (typeof format !== 'string') throw new AppError('BAD_INPUT', 'format must be csv or xlsx, given once');
      const file = await services.targets.exportTargetList(req.params.id, format.toLowerCase(), req.auth?.user ?? null);
      sendDownload(res, file, 'target-list');
    } catch (error) {
      sendHttpError(res, error);
    }
  });
  return router;
}

/** Sends a file as a download: filename* (UTF-8, the Chinese name) for browsers, an ASCII fallback named `fallback`. */
export function sendDownload(res: Response, file: { filename: string; contentType: string; body: Buffer }, fallback: string): void {
  const ascii =
    /^[\x20-\x7e]+$/.test(file.filename) && !/["\\]/.test(file.filename)
      ? file.filename
      : `${fallback}${file.filename.slice(file.filename.lastIndexOf('.'))}`;
  res
    .status(200)
    .set({
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987(file.filename)}`,
      'Content-Length': String(file.body.length),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    })
    .end(file.body);
}

/** Percent-encodes a header parameter value as RFC 5987 asks (encodeURIComponent leaves ' ( ) * alone). */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
