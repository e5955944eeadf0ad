import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import '../../graph/ui.css';
import { bytes } from '../../lib/format';
import { FilePicker } from './FilePicker';
import './import.css';
import { NS } from './messages';
import { ReportView } from './ReportView';
import { TemplateTable } from './TemplateTable';
import { useImport } from './useImport';

/** 导入 (/import): templates, upload of several CSV/XLSX files, a validation report, then the import. */
export function ImportView() {
  const { t } = useTranslation(NS);
  const state = useImport();
  const { format, phase, result, stale } = state;

  return (
    <section className="view view-import">
      <header className="view-header">
        <h2>{t('heading')}</h2>
        <p className="hint import-hint">{t('hint')}</p>
      </header>
      <div className="import-body">
        <section className="import-card">
          <h3>{t('step1')}</h3>
          <p className="muted small">{t('step1Hint')}</p>
          {format.isLoading && <Loading />}
          {format.error && <ErrorMessage error={format.error} onRetry={() => void format.refetch()} />}
          {format.data && <TemplateTable format={format.data} />}
        </section>

        <section className="import-card">
          <h3>{t('step2')}</h3>
          <p className="muted small">{t('step2Hint', { max: bytes(state.maxBytes) })}</p>
          <FilePicker state={state} />
        </section>

        {(phase.step === 'done' || phase.step === 'failed') && (
          <section className="import-card" data-testid="import-result" ref={result}>
            <h3>{phase.step === 'done' && !phase.report.dryRun ? t('step3Written') : t('step3')}</h3>
            {phase.step === 'failed' && <ErrorMessage error={phase.error} />}
            {phase.step === 'done' && <ReportView report={phase.report} format={format.data} stale={stale} />}
          </section>
        )}
      </div>
    </section>
  );
}
