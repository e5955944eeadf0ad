import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { pick } from '../../i18n';
import { bytes } from '../../lib/format';
import { fetchFormat, uploadImport, type ImportFormat, type ImportReport } from './api';
import { kindOf } from './importText';
import { NS } from './messages';

export type Phase =
  | { step: 'idle' }
  | { step: 'uploading'; dryRun: boolean; fraction: number }
  | { step: 'done'; report: ImportReport; files: File[] }
  | { step: 'failed'; error: ApiError };

/** The import page's state: the format, the chosen files and their problems, and the upload's phase. */
export function useImport() {
  const { t } = useTranslation(NS);
  const queryClient = useQueryClient();
  const format = useQuery<ImportFormat, ApiError>({
    queryKey: ['import-format'],
    queryFn: ({ signal }) => fetchFormat(signal),
    staleTime: Infinity,
  });
  const [files, setFiles] = useState<File[]>([]);
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const maxBytes = format.data?.maxFileBytes ?? 100 * 1024 * 1024;

  const titleOf = (kind: string | null) => {
    const spec = format.data?.files.find((f) => f.file === kind);
    return spec ? pick(spec.title) : null;
  };

  // Problems the page can see before uploading (the server checks them again).
  const problems = useMemo(() => {
    const seen = new Map<string, string>();
    return files.map((file) => {
      const kind = kindOf(file.name, format.data);
      // another name is fine for a .csv / .xlsx: the server recognises the file by its header
      if (!kind && !/\.(csv|xlsx)$/i.test(file.name))
        return t('unknownName', { names: (format.data?.files ?? []).map((f) => f.file).join('、') });
      if (file.size > maxBytes) return t('tooLarge', { max: bytes(maxBytes) });
      if (!kind) return null;
      const other = seen.get(kind);
      if (other) return t('duplicateKind', { other });
      seen.set(kind, file.name);
      return null;
    });
  }, [files, format.data, maxBytes, t]);

  const addFiles = (list: FileList | null) => {
    if (!list) return;
    const added = [...list];
    setFiles((current) => [...current.filter((f) => !added.some((a) => a.name === f.name)), ...added]);
    setPhase({ step: 'idle' });
  };
  const removeFile = (file: File) => setFiles((current) => current.filter((f) => f !== file));
  const clear = () => {
    setFiles([]);
    setPhase({ step: 'idle' });
  };

  const run = async (dryRun: boolean, chosen: File[]) => {
    setPhase({ step: 'uploading', dryRun, fraction: 0 });
    try {
      const report = await uploadImport(chosen, dryRun, (fraction) => setPhase({ step: 'uploading', dryRun, fraction }));
      setPhase({ step: 'done', report, files: chosen });
      // A written import changes what every view shows.
      if (report.ok && !report.dryRun) void queryClient.invalidateQueries();
    } catch (error) {
      setPhase({ step: 'failed', error: error instanceof ApiError ? error : new ApiError('INTERNAL', String(error)) });
    }
  };
  const validate = () => void run(true, files);
  const confirm = () => {
    if (phase.step === 'done') void run(false, phase.files);
  };

  // The result is what the user waits for: bring it into view when it arrives.
  const result = useRef<HTMLElement>(null);
  useEffect(() => {
    if (phase.step === 'done' || phase.step === 'failed') result.current?.scrollIntoView({ block: 'start' });
  }, [phase.step]);

  const busy = phase.step === 'uploading';
  const validated = phase.step === 'done' && phase.report.ok && phase.report.dryRun;
  const stale = phase.step === 'done' && phase.files !== files;

  return {
    format,
    files,
    problems,
    maxBytes,
    titleOf,
    addFiles,
    removeFile,
    clear,
    validate,
    confirm,
    phase,
    busy,
    validated,
    stale,
    result,
  };
}
