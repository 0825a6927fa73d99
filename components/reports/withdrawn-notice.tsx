import { FormattedDate } from '@/components/formatted-date';
import type { ReportDetail } from '@/lib/reports/queries';
import styles from './corrections.module.css';

/** On a withdrawn report: that it no longer counts, who withdrew it, when and why. */
export function WithdrawnNotice({ withdrawn }: { withdrawn: NonNullable<ReportDetail['withdrawn']> }) {
  return (
    <p className={`notice ${styles.withdrawn}`}>
      <strong>Withdrawn</strong> on <FormattedDate iso={withdrawn.at.slice(0, 10)} />
      {withdrawn.by ? ` by ${withdrawn.by}` : ''}
      {withdrawn.reason ? `: ${withdrawn.reason}` : ''}. It is kept for the record only: it supports no
      incident and no figure.
    </p>
  );
}
