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
import { ViewPage } from '../../components/ViewPage';

/** 导入 (/import): templates, upload of several CSV/XLSX files, a validation report, then the import. */
export function ImportView() {
  const { t } = useTranslation(NS);
  const state = useImport();
  const { format, phase, result, stale } = state;

  return (
    <ViewPage className="view-import" title={t('heading')} hint={t('hint')} hintClassName="import-hint">
      <div className="import-body">
        <section className="card import-card">
          <h3>{t('step1')}</h3>
          <p className="muted small">{t('step1Hint')}</p>
          {format.isLoading && <Loading />}
          {format.error && <ErrorMessage error={format.error} onRetry={() => void format.refetch()} />}
          {format.data && <TemplateTable format={format.data} />}
        </section>

        <section className="card import-card">
          <h3>{t('step2')}</h3>
          <p className="muted small">{t('step2Hint', { max: bytes(state.maxBytes) })}</p>
          <FilePicker state={state} />
        </section>

        {(phase.step === 'done' || phase.step === 'failed') && (
          <section className="card import-card" data-testid="import-result" ref={result}>
            <h3>{phase.step === 'done' && !phase.report.dryRun ? t('step3Written') : t('step3')}</h3>
            {phase.step === 'failed' && <ErrorMessage error={phase.error} />}
            {phase.step === 'done' && <ReportView report={phase.report} format={format.data} stale={stale} />}
          </section>
        )}
      </div>
    </ViewPage>
  );
}
