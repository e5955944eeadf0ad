import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Router, type NextFunction, type Request, type Response } from 'express';
import multer from 'multer';
import { sendHttpError } from '../auth/http.js';
import type { Actor } from '../auth/policy.js';
import type { CypherLibrary } from '../cypher.js';
import type { Database } from '../db/index.js';
import { AppError } from '../errors.js';
import { ImportService, type ImportProgress, type ImportReport } from './service.js';
import { FILE_NAMES, FILE_SPECS, fileSpecFor, type FileName, type ImportFormat } from './spec.js';
import { templateFor } from './templates.js';
import { ImportConflictError } from './write.js';

/**
 * The importer over HTTP, for the web app's 导入 page. Free of authentication on purpose: the
 * app wraps it where it is mounted (editor role, a later issue).
 *
 * - `POST /api/import?dryRun=1` — multipart upload of one or more files named as in
 *   DATA-FORMAT.md (`enterprises.csv`, `supply_links.xlsx`, ...; any form field name).
 *   200: the ImportReport. 400 `{ code: 'IMPORT_INVALID', message, report }` when the data has
 *   errors (nothing written). 400 `{ code: 'BAD_INPUT', message }` for a bad upload (no files,
 *   a wrong file name, too large, too many files, not multipart). 409 CONFLICT when the data
 *   changed under a staged import, 503 DATABASE_UNAVAILABLE. Uploaded files are always deleted.
 * - `GET /api/import/templates/<file>.csv|.xlsx` — an empty template (CSV: English header;
 *   XLSX: Chinese headers with notes).
 * - `GET /api/import/files` — the files and their columns (English and Chinese names, required,
 *   allowed values), so the page can show them without repeating the format.
 * - `GET /api/import/progress` — the import running now: `{ running: false }`, or `{ running:
 *   true, startedAt, dryRun, files, progress }` (progress: phase validate|write, file, done,
 *   total, unit bytes|rows; null before the first report). File names and figures only for
 *   whoever started it and administrators; anyone else sees `{ running: true }`.
 *
 * Imports run one at a time (a second request waits for the first): two imports writing the
 * same nodes at once would only conflict.
 */
export interface ImportRouterOptions {
  /** largest file accepted, in bytes (default 100 MB) */
  maxFileBytes?: number;
  /** most files per upload (default: one of each kind, 10) */
  maxFiles?: number;
  /** where uploads are stored until imported (default: a new folder in the OS temp dir) */
  uploadDir?: string;
  /** who sent the request (the app: the session's user); the import service decides what they may import */
  actorOf?: (req: Request) => Actor | null;
}

export type ImportDeps = { service: ImportService } | { db: Database; cypher: CypherLibrary };

/** The answer of `GET /api/import/progress`. */
export interface ImportStatus {
  running: boolean;
  startedAt?: string;
  dryRun?: boolean;
  files?: string[];
  progress?: ImportProgress | null;
}

interface RunningImport {
  actorId: string | null;
  startedAt: string;
  dryRun: boolean;
  files: string[];
  progress: ImportProgress | null;
}

const DEFAULT_MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

const mb = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 ** 2) * 10) / 10} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

class UploadError extends Error {
  override name = 'UploadError';
}

export function importRouter(deps: ImportDeps, options: ImportRouterOptions = {}): Router {
  const service = 'service' in deps ? deps.service : new ImportService(deps.db, deps.cypher);
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const maxFiles = options.maxFiles ?? FILE_NAMES.length;
  let uploadDir = options.uploadDir;
  const ensureDir = () => {
    uploadDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'chainatlas-upload-'));
    fs.mkdirSync(uploadDir, { recursive: true });
    return uploadDir;
  };

  const upload = multer({
    storage: multer.diskStorage({
      destination: (_req, _file, cb) => {
        try {
          cb(null, ensureDir());
        } catch (error) {
          cb(error as Error, '');
        }
      },
      // A random name: the user's name says which file it is, never where it goes.
      filename: (_req, _file, cb) => cb(null, `${Date.now()}-${crypto.randomUUID()}.upload`),
    }),
    // Browsers send UTF-8 names; a Chinese file name must read back as it was typed.
    defParamCharset: 'utf8',
    limits: { fileSize: maxFileBytes, files: maxFiles, fields: 20, fieldSize: 64 * 1024, parts: maxFiles + 20 },
    fileFilter: (_req, file, cb) => {
      // Any .csv / .xlsx: a file not named as the format says is recognised by its header (recognise.ts).
      if (fileSpecFor(file.originalname) || /\.(csv|xlsx)$/i.test(file.originalname.trim())) return cb(null, true);
      cb(
        new UploadError(
          `无法识别的文件“${file.originalname}”：只接受 .csv 或 .xlsx 文件（.xls 请另存为 .xlsx） (only .csv and .xlsx files are accepted: save an .xls as .xlsx)`,
        ),
      );
    },
  });

  let queue: Promise<unknown> = Promise.resolve();
  const serialised = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job, job);
    queue = next.catch(() => {});
    return next;
  };

  // The import being written now (one at a time), for GET /api/import/progress.
  let running: RunningImport | null = null;
  const actorOf = options.actorOf ?? ((r: Request) => r.auth?.user ?? null);

  const router = Router();

  router.get('/api/import/progress', (req, res) => {
    const current = running;
    const actor = actorOf(req);
    let body: ImportStatus = { running: current !== null };
    if (current && actor && (actor.role === 'admin' || actor.id === current.actorId)) {
      body = { running: true, startedAt: current.startedAt, dryRun: current.dryRun, files: current.files, progress: current.progress };
    }
    res.set('Cache-Control', 'no-store').json(body);
  });

  router.get('/api/import/files', (_req, res) => {
    const body: ImportFormat = {
      maxFileBytes,
      maxFiles,
      files: FILE_NAMES.map((file) => ({
        file,
        title: FILE_SPECS[file].title,
        columns: FILE_SPECS[file].columns.map((c) => ({ name: c.name, zh: c.zh, required: c.required, hint: c.hint ?? null })),
      })),
    };
    res.set('Cache-Control', 'no-store').json(body);
  });

  router.get('/api/import/templates/:name', async (req, res) => {
    const match = /^([a-z_]+)\.(csv|xlsx)$/.exec(String(req.params.name));
    if (!match || !(FILE_NAMES as readonly string[]).includes(match[1]!)) {
      res.status(404).json({
        code: 'NOT_FOUND',
        message: `没有这个模板：${String(req.params.name)}（应为 ${FILE_NAMES.join('、')} 之一，.csv 或 .xlsx） (no such template)`,
      });
      return;
    }
    const file = match[1] as FileName;
    const format = match[2] as 'csv' | 'xlsx';
    try {
      const body = await templateFor(file, format);
      res
        .status(200)
        .set({
          'Content-Type':
            format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'Content-Disposition': `attachment; filename="${file}.${format}"`,
          'Content-Length': String(body.length),
          'Cache-Control': 'no-store',
          'X-Content-Type-Options': 'nosniff',
        })
        .end(body);
    } catch (error) {
      sendError(res, error);
    }
  });

  router.post(
    '/api/import',
    (req: Request, res: Response, next: NextFunction) => {
      if (!req.is('multipart/form-data')) {
        res
          .status(400)
          .json({ code: 'BAD_INPUT', message: '请以 multipart/form-data 方式上传文件 (upload the files as multipart/form-data)' });
        return;
      }
      upload.any()(req, res, (error: unknown) => {
        if (!error) return next();
        void removeFiles(req).then(() => sendUploadError(res, error, maxFileBytes, maxFiles));
      });
    },
    async (req: Request, res: Response) => {
      const files = Array.isArray(req.files) ? req.files : [];
      // The answer is sent only once the uploaded files are gone.
      let answer: () => void;
      try {
        const dryRunParam = req.query.dryRun;
        if (dryRunParam !== undefined && (typeof dryRunParam !== 'string' || !/^(1|0|true|false)$/i.test(dryRunParam))) {
          answer = () => res.status(400).json({ code: 'BAD_INPUT', message: 'dryRun 只能是 1 或 0 (dryRun must be 1 or 0)' });
        } else if (files.length === 0) {
          answer = () => res.status(400).json({ code: 'BAD_INPUT', message: '没有上传任何文件 (no files were uploaded)' });
        } else {
          const dryRun = typeof dryRunParam === 'string' && /^(1|true)$/i.test(dryRunParam);
          const actor = actorOf(req);
          const report: ImportReport = await serialised(async () => {
            const current: RunningImport = {
              actorId: actor?.id ?? null,
              startedAt: new Date().toISOString(),
              dryRun,
              files: files.map((f) => f.originalname),
              progress: null,
            };
            running = current;
            try {
              return await service.importFiles(
                files.map((f) => ({ name: f.originalname, path: f.path })),
                { dryRun, actor, onProgress: (p) => (current.progress = p) },
              );
            } finally {
              running = null;
            }
          });
          answer = report.ok
            ? () => res.status(200).json(report)
            : () =>
                res.status(400).json({
                  code: 'IMPORT_INVALID',
                  message: `导入数据有误：发现 ${report.errorTotal} 个错误，未写入任何数据 (the import has ${report.errorTotal} error(s); nothing was written)`,
                  report,
                });
        }
      } catch (error) {
        answer = () => sendError(res, error);
      } finally {
        await removeFiles(req);
      }
      answer();
    },
  );

  return router;
}

async function removeFiles(req: Request): Promise<void> {
  const files = Array.isArray(req.files) ? req.files : [];
  await Promise.all(files.filter((f) => f.path).map((f) => fs.promises.rm(f.path, { force: true }).catch(() => {})));
}

function sendUploadError(res: Response, error: unknown, maxFileBytes: number, maxFiles: number): void {
  if (error instanceof UploadError) {
    res.status(400).json({ code: 'BAD_INPUT', message: error.message });
  } else if (error instanceof multer.MulterError) {
    const name = (error as { filename?: string }).filename;
    const messages: Partial<Record<string, string>> = {
      LIMIT_FILE_SIZE: `文件${name ? `“${name}”` : ''}过大：每个文件不能超过 ${mb(maxFileBytes)} (${name ?? 'a file'} is larger than ${mb(maxFileBytes)})`,
      LIMIT_FILE_COUNT: `文件过多：一次最多上传 ${maxFiles} 个文件 (at most ${maxFiles} files at once)`,
      LIMIT_PART_COUNT: `上传内容过多：一次最多上传 ${maxFiles} 个文件 (too many parts)`,
      LIMIT_FIELD_COUNT: '表单字段过多 (too many form fields)',
      LIMIT_FIELD_VALUE: '表单字段过长 (a form field is too long)',
    };
    res.status(400).json({ code: 'BAD_INPUT', message: messages[error.code] ?? `上传失败：${error.message} (upload failed)` });
  } else if (error instanceof Error && /Unexpected end of form|Malformed part header|Multipart: Boundary not found/i.test(error.message)) {
    res
      .status(400)
      .json({ code: 'BAD_INPUT', message: `上传的内容不完整或格式有误 (the upload is incomplete or malformed: ${error.message})` });
  } else if (error instanceof Error && /Request (aborted|closed)/.test(error.message)) {
    // The client went away: there is no one to answer.
    if (!res.headersSent) res.status(400).end();
  } else {
    sendError(res, error);
  }
}

function sendError(res: Response, error: unknown): void {
  if (error instanceof ImportConflictError) {
    sendHttpError(
      res,
      new AppError(
        'CONFLICT',
        `导入期间数据发生变化，已全部撤销，请重新导入 (the data changed during the import; everything was rolled back: ${error.message})`,
      ),
    );
  } else {
    sendHttpError(res, error);
  }
}
