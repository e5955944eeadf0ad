import { useTranslation } from 'react-i18next';
import type { Firm } from './queries';

/** "加入断链推演" for a firm of the segment panel, or "已加入" once it is picked. */
export function WhatIfButton({ firm, picked, onWhatIf }: { firm: Firm; picked: ReadonlySet<string>; onWhatIf: (firm: Firm) => void }) {
  const { t } = useTranslation('chainMap');
  return picked.has(firm.creditCode) ? (
    <span className="in-whatif">{t('panel.inWhatIf')}</span>
  ) : (
    <button type="button" className="link-button" onClick={() => onWhatIf(firm)}>
      {t('panel.toWhatIf')}
    </button>
  );
}
