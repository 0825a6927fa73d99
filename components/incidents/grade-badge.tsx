import { GRADE_LABELS, type Grade } from '@/lib/incidents/grade';

const MEANING: Record<Grade, string> = {
  confirmed: 'two or more independent sources, or an official statement',
  fair: 'one credible source',
  weak: 'a single unverified or social-media-only source',
  contested: 'its sources disagree on who did it',
};

/** How sure we are, in words a screen reader reads too ("Grade: Confirmed"). */
export function GradeBadge({ grade }: { grade: Grade }) {
  return (
    <span className={`grade-badge grade-${grade}`} title={`${GRADE_LABELS[grade]}: ${MEANING[grade]}`}>
      <span className="visually-hidden">Grade: </span>
      {GRADE_LABELS[grade]}
    </span>
  );
}
