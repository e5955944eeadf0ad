import type { Core } from 'cytoscape';
import type { TFunction } from 'i18next';
import { GAP_STATUSES } from '#shared/enums.js';
import { GAP_STATUS_LABELS } from '#shared/labels.js';
import { LOCAL_SCOPE_LABELS } from '#shared/regions.js';
import { exportPng, exportSvg, fileSafe, today, type ExportFrame } from '../../graph/export';
import { STATUS_SYMBOLS } from '../../graph/palette';
import { pick } from '../../i18n';
import { percent } from '../../lib/format';
import { legendElements } from './chainElements';
import type { Evolution } from './forward/queries';
import type { ChainReport } from './queries';

/**
 * Exports the chain map as PNG or SVG: the picture carries its own legend (keys drawn like the cards, under the
 * chain), the frame adds the title and facts; the on-screen selection is left out (what-if marks stay: they are the point).
 */
export function exportChain(
  cy: Core,
  kind: 'png' | 'svg',
  t: TFunction,
  report: ChainReport,
  evolution: Evolution | undefined,
  affected: boolean,
): void {
  const frame: ExportFrame = {
    title: t('exportTitle', { cluster: report.clusterName, chain: report.chainName ?? '' }),
    footnote: [
      t('exportSubtitle', {
        completeness: percent(report.completeness),
        year: report.year ?? '—',
        scope: pick(LOCAL_SCOPE_LABELS[report.scope]),
        date: today(),
      }),
      ...(evolution
        ? [
            t('evolution.summary', {
              ns: 'chainForward',
              from: evolution.fromYear,
              healed: evolution.gapsHealed,
              fresh: evolution.gapsNew,
              persistent: evolution.gapsPersistent,
              before: percent(evolution.completenessFrom),
              now: percent(evolution.completenessTo),
            }),
          ]
        : []),
      t('exportFootnote'),
    ].join(' · '),
  };
  const fileBase = `${fileSafe(report.clusterName)}-${t('heading')}-${report.year ?? ''}`;
  const chosen = cy.nodes('.chosen');
  chosen.removeClass('chosen');
  const legend = cy.add(
    legendElements(
      cy.elements().boundingBox(),
      GAP_STATUSES.map((s) => ({ status: s, label: `${STATUS_SYMBOLS[s]} ${pick(GAP_STATUS_LABELS[s])}` })),
      [
        t('legend.atRisk', { share: percent(report.thresholds.singleSourceShare) }),
        ...(affected ? [t('legend.affectedExport')] : []),
        ...(evolution ? [t('evolution.legend', { ns: 'chainForward' })] : []),
      ],
    ),
  );
  try {
    if (kind === 'png') void exportPng(cy, frame, `${fileBase}.png`);
    else void exportSvg(cy, frame, `${fileBase}.svg`);
  } finally {
    cy.remove(legend);
    chosen.addClass('chosen');
  }
}
