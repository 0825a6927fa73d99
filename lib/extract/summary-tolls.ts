/**
 * A toll told first as a sum and then event by event: "A wave of gang attacks across the
 * Port-au-Prince area over the weekend left at least eight people dead. On Saturday, gunmen killed
 * five people in Gressier. On Sunday, three people were killed in Cabaret." The eight are the five
 * and the three: the lead is the weekend's figure, not a third event (which would count 16 dead).
 * Only when two or more events of the report fall in the lead's days and places and their counts
 * of that kind make its number exactly.
 */

import { victimSide } from './affiliation-words';
import { CAPITAL_KEY, type GazetteerIndex } from './places';
import type { CasualtyDraft, FigureDraft, IncidentDraft } from './schema';
import { eitherPattern } from './words';

function within(part: IncidentDraft, lead: IncidentDraft, index: GazetteerIndex): boolean {
  if (!part.date || !lead.date || part === lead) return false;
  const end = lead.dateEnd ?? lead.date;
  if (part.date < lead.date || part.date > end || (part.dateEnd ?? part.date) > end) return false;
  const scope = lead.place;
  if (!scope || scope.precision === 'country') return true;
  const key = part.place?.key;
  if (key === undefined) return false;
  // "across the Port-au-Prince area": the capital stands for its department's towns around it.
  if (scope.key === CAPITAL_KEY) return part.place?.department === scope.department;
  return index.lineage(key).includes(scope.key);
}

const SEPARATE = eitherPattern(
  /\b(?:separately|elsewhere|in a separate|in separate)\b/i,
  /(?<![\p{L}])(?:par ailleurs|ailleurs|séparément)(?![\p{L}])/iu,
);

/** The parts' count of the lead's kind and side. */
const total = (list: IncidentDraft[], lead: CasualtyDraft) =>
  list.reduce(
    (sum, i) =>
      sum +
      i.casualties
        .filter((c) => c.kind === lead.kind && victimSide(c) === victimSide(lead))
        .reduce((s, c) => s + c.count, 0),
    0,
  );

/** The incidents, less the leads that only sum the others up; those leads' tolls become figures. */
export function summaryTolls(
  incidents: IncidentDraft[],
  index: GazetteerIndex,
): { incidents: IncidentDraft[]; figures: FigureDraft[] } {
  const figures: FigureDraft[] = [];
  const kept = incidents.filter((lead) => {
    // A lead spans days ("over the weekend"); one day's toll is that day's event.
    if (!lead.date || !lead.dateEnd || lead.casualties.length === 0) return true;
    const parts = incidents.filter((i) => within(i, lead, index));
    // "Separately, five people were killed in Léogâne …": other events, not the lead's parts.
    if (parts.some((p) => SEPARATE.test(p.evidence))) return true;
    if (parts.length < 2) return true;
    const summed = lead.casualties.every((c) => c.count === total(parts, c));
    if (!summed) return true;
    for (const c of lead.casualties)
      figures.push({
        metric: c.kind,
        value: c.count,
        hedge: c.hedge,
        period: `${lead.date}–${lead.dateEnd}`,
        periodStart: lead.date,
        periodEnd: lead.dateEnd,
        scope: lead.place?.name ?? 'Haiti',
        affiliation: null,
        country: null,
        attributedTo: c.attribution ?? null,
        note: `the sum of the ${parts.length} events the report then tells one by one`,
        evidence: c.evidence,
        evidenceSpans: lead.evidenceSpans,
      });
    return false;
  });
  return { incidents: kept, figures };
}
