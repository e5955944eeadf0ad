import { useTranslation } from 'react-i18next';
import { SelectField, type SelectProps } from './Select';
import './SegmentFilter.messages';

/** A list's segment filter as its view holds it (in the URL): one segment's id, or null for every segment. */
export interface SegmentFilterProps {
  segmentFilter: string | null;
  onSegmentFilter: (segmentId: string | null) => void;
}

/** The segment filter's select in its label (环节): 全部环节 (null) first, then `items`. */
export function SegmentFilter<T>({
  segmentFilter,
  onSegmentFilter,
  ...select
}: SegmentFilterProps & Omit<SelectProps<T>, 'value' | 'onChange' | 'children'>) {
  const { t } = useTranslation('segmentFilter');
  return (
    <SelectField label={t('label')} spaced value={segmentFilter ?? ''} onChange={(id) => onSegmentFilter(id || null)} {...select}>
      <option value="">{t('all')}</option>
    </SelectField>
  );
}
