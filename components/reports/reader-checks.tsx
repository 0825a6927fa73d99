import type { ReviewCheck } from '@/lib/reports/review-checks';
import styles from './review.module.css';

/** "Check first: 2" beside an incident's heading; the count is read out in words too. */
export function CheckBadge({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <span className={styles.badge}>
      <span aria-hidden="true">⚠ </span>Check first: {count}
      <span className="visually-hidden"> {count === 1 ? 'thing' : 'things'} the reader was unsure of</span>
    </span>
  );
}

export function AddedBadge() {
  return <span className={`${styles.badge} ${styles.added}`}>Added by you</span>;
}

/** The reader's doubts about one incident, as a labelled list the editor reads first. */
export function ReaderChecks({ id, checks }: { id: string; checks: readonly ReviewCheck[] }) {
  if (checks.length === 0) return null;
  return (
    <section className={styles.checks} aria-labelledby={`${id}-checks`}>
      <h4 id={`${id}-checks`}>
        <span aria-hidden="true">⚠ </span>The reader was unsure of
      </h4>
      <ul>
        {checks.map((c) => (
          <li key={`${c.code}-${c.message}`}>{c.message}</li>
        ))}
      </ul>
    </section>
  );
}

/** On a stored report: what the reader was unsure of when it drafted the incident. */
export function StoredChecks({ id, flags }: { id: string; flags: readonly ReviewCheck[] }) {
  if (flags.length === 0) return null;
  return (
    <div className={styles.storedChecks}>
      <p id={id} className="muted">
        <span aria-hidden="true">⚠ </span>The reader was unsure of:
      </p>
      <ul aria-labelledby={id}>
        {flags.map((f) => (
          <li key={`${f.code}-${f.message}`}>{f.message}</li>
        ))}
      </ul>
    </div>
  );
}
