import { ApiError, apiErrorOf, rest } from '../../api/client';
import type { ImportFormat } from '../../../../server/imports/spec';
import type { ImportReport } from '../../../../server/imports/service';

/** The import endpoints (server/imports/http.ts); the answers' types are the server's own. */
export type { ImportFormat } from '../../../../server/imports/spec';
export type { ImportIssue } from '../../../../server/imports/issues';
export type { ImportReport } from '../../../../server/imports/service';

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
