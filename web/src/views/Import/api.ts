import { ApiError, apiErrorOf, rest } from '../../api/client';

/**
 * The import endpoints (server/imports/http.ts). The shapes below are the JSON of the server's
 * ImportReport (server/imports/service.ts), which the web build cannot import (it uses Node).
 */
export interface ImportIssue {
  file: string;
  row: number | null;
  column: string | null;
  code: string;
  message: { zh: string; en: string };
}

export interface FileReport {
  file: string;
  name: string;
  format: 'csv' | 'xlsx';
  encoding: 'utf-8' | 'gb18030' | null;
  rows: number;
  created: number | null;
  updated: number | null;
  unchanged: number | null;
  /** a dry run's preview of what each row would change */
  changes?: {
    created: number;
    updated: number;
    unchanged: number;
    createdRows: { row: number; key: string }[];
    updatedRows: { row: number; key: string; fields: { column: string; before: unknown; after: unknown }[] }[];
    truncated: boolean;
  };
}

export interface ImportReport {
  ok: boolean;
  dryRun: boolean;
  mode: 'single-transaction' | 'staged';
  files: FileReport[];
  errors: ImportIssue[];
  errorCounts: { file: string; column: string | null; code: string; count: number }[];
  errorTotal: number;
  errorsTruncated: boolean;
  warnings: ImportIssue[];
  warningTotal: number;
  durationMs: number;
  notes: string[];
}

export interface ImportFileSpec {
  file: string;
  title: { zh: string; en: string };
  columns: { name: string; zh: string; required: boolean; hint: { zh: string; en: string } | null }[];
}

export interface ImportFormat {
  maxFileBytes: number;
  maxFiles: number;
  files: ImportFileSpec[];
}

export function fetchFormat(signal?: AbortSignal): Promise<ImportFormat> {
  return rest<ImportFormat>('/api/import/files', { signal });
}

/**
 * Uploads the files (XMLHttpRequest, for upload progress) and resolves with the report, also
 * when the data has errors (IMPORT_INVALID); other failures reject with an ApiError.
 */
export function uploadImport(files: File[], dryRun: boolean, onProgress: (fraction: number) => void): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const file of files) form.append('files', file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/import${dryRun ? '?dryRun=1' : ''}`);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.upload.onload = () => onProgress(1);
    xhr.onerror = () => reject(new ApiError('NETWORK', 'network error'));
    xhr.onload = () => {
      const body = xhr.response as (ImportReport & { code?: string; report?: ImportReport }) | null;
      if (xhr.status === 200 && body) return resolve(body);
      if (body?.code === 'IMPORT_INVALID' && body.report) return resolve(body.report);
      reject(apiErrorOf(xhr.status, body) ?? new ApiError('INTERNAL', `HTTP ${xhr.status}: no report`, xhr.status));
    };
    xhr.send(form);
  });
}
