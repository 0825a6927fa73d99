/**
 * When a deployment figure holds, for the deployment reader (deployments.ts): the day or month its
 * clause names, else the month it was reported.
 */
import type { DateMention } from './dates';
import type { DatePrecision, DeploymentDraft } from './schema';

export interface FigureDate {
  date: string;
  precision: DatePrecision;
}

function partial(d: DateMention): FigureDate | null {
  if (!d.date) return null;
  if (d.precision === 'day') return { date: d.date, precision: 'day' };
  return { date: d.date.slice(0, 7), precision: d.precision === 'week' ? 'month' : d.precision };
}

/**
 * The date of a figure of kind `kind`, from the dates its clause names (`own`). A plan is for now
 * or later: a past month read from "in November" may be next November or the month a plan was
 * authorised, which the date alone cannot tell, so such a plan is dated when it was reported (as a
 * careful coder dates "will be leaving Kenya for Haiti in November"). `dated` is false for a figure
 * dated only as reported.
 */
export function figureDate({
  own,
  kind,
  publishedAt,
}: {
  own: DateMention[];
  kind: DeploymentDraft['kind'];
  publishedAt: string | null;
}): { when: FigureDate | null; dated: boolean } {
  const month = publishedAt?.slice(0, 7) ?? null;
  const planned = kind === 'planned';
  const dated = own.find(
    (d) =>
      (d.role === 'point' || (planned && d.role === 'deadline')) &&
      !(planned && month && (d.date ?? '').slice(0, 7) < month),
  );
  const named = dated && partial(dated);
  if (named) return { when: named, dated: true };
  return { when: month ? { date: month, precision: 'month' } : null, dated: false };
}
