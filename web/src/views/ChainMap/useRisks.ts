import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SINGLE_SOURCE_RISKS_DEFAULT_PAGE, SINGLE_SOURCE_RISKS_MAX_PAGE } from '#shared/limits.js';
import { LOCAL_SCOPE_LABELS } from '#shared/regions.js';
import { asText } from '#shared/spreadsheet.js';
import { gql, useGql } from '../../api/client';
import { downloadCsv, fileSafe, today } from '../../graph/export';
import { pick } from '../../i18n';
import { RISK_PAGE_QUERY, type ChainReport, type Risk } from './queries';

/** Risks asked for per "show more" click, and per request while exporting all of them. */
export const RISKS_MORE = SINGLE_SOURCE_RISKS_DEFAULT_PAGE;
const RISKS_EXPORT_PAGE = SINGLE_SOURCE_RISKS_MAX_PAGE;
const NONE: Risk[] = [];

/** Every single-source risk of the report, page by page (the API returns at most a page at a time). */
async function fetchAllRisks(report: ChainReport): Promise<Risk[]> {
  const all: Risk[] = [];
  for (;;) {
    const data = await gql(RISK_PAGE_QUERY, {
      clusterId: report.clusterId,
      year: report.year,
      scope: report.scope,
      first: RISKS_EXPORT_PAGE,
      offset: all.length,
    });
    const page = data.chainGapReport!.singleSourceRisks;
    all.push(...page);
    if (page.length < RISKS_EXPORT_PAGE || all.length >= data.chainGapReport!.singleSourceRiskCount) return all;
  }
}

/**
 * The single-source risks the risks tab shows: the report's first page (or, filtered, the segment's first page),
 * the pages fetched by "show more", and the CSV of all of them.
 */
export function useRisks(report: ChainReport, segmentFilter: string | null) {
  const { t } = useTranslation('chainMap');
  // the pages after the first, for the report and filter they were fetched for (another report or filter starts again)
  const [fetched, setFetched] = useState<{ report: ChainReport; segmentId: string | null; rows: Risk[] }>({
    report,
    segmentId: null,
    rows: [],
  });
  const [loading, setLoading] = useState<'more' | 'export' | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  const filtered = report.segments.find((s) => s.segmentId === segmentFilter) ?? null;
  // the report carries the first page of all segments; a segment's first page is asked for
  const segmentPage = useGql(
    RISK_PAGE_QUERY,
    { clusterId: report.clusterId, year: report.year, scope: report.scope, first: RISKS_MORE, offset: 0, segmentId: filtered?.segmentId },
    { enabled: filtered !== null && filtered.singleSourceRiskCount > 0, retry: false },
  );
  const segmentId = filtered?.segmentId ?? null;
  const more = fetched.report === report && fetched.segmentId === segmentId ? fetched.rows : NONE;
  const firstPage = filtered ? segmentPage.data?.chainGapReport?.singleSourceRisks : report.singleSourceRisks;
  const rows = useMemo(() => [...(firstPage ?? NONE), ...more], [firstPage, more]);
  const total = filtered ? filtered.singleSourceRiskCount : report.singleSourceRiskCount;

  /** runs one action at a time, keeping its failure for the error message */
  async function busy(kind: 'more' | 'export', run: () => Promise<void>) {
    setLoading(kind);
    setFailed(null);
    try {
      await run();
    } catch (error) {
      setFailed(error);
    } finally {
      setLoading(null);
    }
  }

  const showMore = () =>
    busy('more', async () => {
      const data = await gql(RISK_PAGE_QUERY, {
        clusterId: report.clusterId,
        year: report.year,
        scope: report.scope,
        first: RISKS_MORE,
        offset: rows.length,
        segmentId: filtered?.segmentId,
      });
      setFetched({ report, segmentId, rows: [...more, ...data.chainGapReport!.singleSourceRisks] });
    });

  const exportCsv = () =>
    busy('export', async () => {
      // every risk of the report, whatever the filter
      const all = !filtered && rows.length >= total ? rows : await fetchAllRisks(report);
      downloadCsv(
        `${fileSafe(report.clusterName)}-${t('csv.risks')}-${pick(LOCAL_SCOPE_LABELS[report.scope])}-${today()}.csv`,
        [
          t('risks.buyer'),
          t('csv.buyerCode'),
          t('risks.segment'),
          t('risks.supplier'),
          t('csv.supplierCode'),
          t('risks.local'),
          t('risks.value'),
        ],
        all.map((r) => [
          r.buyerName,
          asText(r.buyerCode),
          r.segmentName,
          r.supplierName ?? t('panel.hiddenSupplier'),
          r.supplierCode ? asText(r.supplierCode) : '',
          r.supplierLocal ? t('firm.local') : t('firm.outside'),
          r.value ?? r.valueBand ?? '',
        ]),
      );
    });

  return { filtered, segmentPage, rows, total, loading, failed, showMore, exportCsv };
}
