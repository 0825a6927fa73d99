import { incidentChecks } from '@/lib/reports/review-checks';
import type { ReviewIncidentInput } from '@/lib/reports/review-schema';
import styles from './review.module.css';

/** "2 of 3 incidents need a check: Incident 1, Incident 3", each a link to the incident. */
export function CheckSummary({ incidents }: { incidents: readonly ReviewIncidentInput[] }) {
  const fromReader = incidents.filter((i) => !i.added);
  const flagged = incidents.flatMap((incident, i) =>
    incident.decision !== 'reject' && incidentChecks(incident).length > 0 ? [i] : [],
  );
  if (fromReader.length === 0) return null;
  if (flagged.length === 0) {
    return <p className={styles.summary}>The reader flagged nothing to check first.</p>;
  }
  return (
    <div className={`notice ${styles.summary}`}>
      <strong>
        <span aria-hidden="true">⚠ </span>
        {flagged.length} of {fromReader.length} incident{fromReader.length === 1 ? '' : 's'}{' '}
        {flagged.length === 1 ? 'needs' : 'need'} a check:
      </strong>{' '}
      <ul>
        {flagged.map((i) => (
          <li key={i}>
            <a href={`#incident-${i}-heading`}>Incident {i + 1}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
