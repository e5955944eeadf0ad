import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bytes } from '../../lib/format';
import { kindOf } from './importText';
import { NS } from './messages';
import type { useImport } from './useImport';

/** Step 2: the drop zone, the chosen files with their problems, the buttons and the upload's progress. */
export function FilePicker({ state }: { state: ReturnType<typeof useImport> }) {
  const { t } = useTranslation(NS);
  const { files, problems, busy, phase } = state;
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <div
        className={dragging ? 'dropzone dragging' : 'dropzone'}
        data-testid="dropzone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          state.addFiles(event.dataTransfer.files);
        }}
      >
        <span>{t('drop')}</span>
        <button type="button" onClick={() => input.current?.click()} disabled={busy}>
          {t('choose')}
        </button>
        <input
          ref={input}
          type="file"
          multiple
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="file-input"
          hidden
          onChange={(event) => {
            state.addFiles(event.target.files);
            event.target.value = '';
          }}
        />
      </div>
      {files.length > 0 && (
        <>
          <p className="small muted selected-count">{t('selected', { count: files.length })}</p>
          <ul className="file-list" data-testid="file-list">
            {files.map((file, i) => (
              <li key={file.name} className={problems[i] ? 'has-problem' : ''}>
                <span className="file-name mono">{file.name}</span>
                <span className="muted small">{state.titleOf(kindOf(file.name, state.format.data))}</span>
                <span className="muted small">{bytes(file.size)}</span>
                {problems[i] && <span className="warn small">⚠ {problems[i]}</span>}
                <button type="button" className="link-button" disabled={busy} onClick={() => state.removeFile(file)}>
                  {t('remove')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="import-actions">
        <button type="button" className="primary" data-testid="validate" disabled={busy || files.length === 0} onClick={state.validate}>
          {t('validate')}
        </button>
        <button type="button" data-testid="confirm-import" disabled={busy || !state.validated || state.stale} onClick={state.confirm}>
          {t('confirm')}
        </button>
        <button type="button" disabled={busy || files.length === 0} onClick={state.clear}>
          {t('clear')}
        </button>
      </div>
      {phase.step === 'uploading' && <UploadProgress fraction={phase.fraction} dryRun={phase.dryRun} />}
    </>
  );
}

function UploadProgress({ fraction, dryRun }: { fraction: number; dryRun: boolean }) {
  const { t } = useTranslation(NS);
  const uploaded = fraction >= 1;
  const percent = Math.round(fraction * 100);
  return (
    <div className="upload-progress" data-testid="upload-progress">
      <div
        className={uploaded ? 'bar indeterminate' : 'bar'}
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={uploaded ? undefined : percent}
      >
        <div className="fill" style={{ width: uploaded ? '100%' : `${percent}%` }} />
      </div>
      <span className="small">{uploaded ? (dryRun ? t('validating') : t('writing')) : t('uploading', { percent })}</span>
    </div>
  );
}
