/**
 * Running tolls told in passing: "…, bringing the number of officers killed this year to 45",
 * "raising the death toll to 112". A figure, never an incident.
 */
import type { SentenceFacts } from './analyze';
import { evidenceOf } from './evidence';
import { demonymOf } from './lexicon';
import type { FigureDraft, Hedge } from './schema';

const TOLL =
  /\b(?:bringing|raising|taking|pushing)\s+(?:the|its)\s+(?:overall\s+|total\s+)?(?:death\s+toll|toll|number|total|tally|count)\b([^.;]{0,80}?)\bto\s+(at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|about\s+|some\s+)?(\d{1,3}(?:,\d{3})+|\d+)\b/gi;

const TOLL_HEAD = /^\w+\s+(?:the|its)\s+(?:overall\s+|total\s+)?(?:death\s+)?toll\b/i;
const VICTIMS =
  /\b(?:killed|dead|deaths?|died|victims?|casualt(?:y|ies)|fatalities|murder(?:s|ed)?|slain|injur(?:ed|ies|y)|wounded|missing|kidnapp(?:ed|ings?)|abduct(?:ed|ions?)|hostages?|lives)\b/i;

function hedgeOf(words: string): Hedge {
  if (/least|more|over/i.test(words)) return 'at_least';
  if (/nearly|about|some/i.test(words)) return 'about';
  return 'exact';
}

export function tollFigures(f: SentenceFacts): FigureDraft[] {
  const out: FigureDraft[] = [];
  const text = f.sentence.text;
  TOLL.lastIndex = 0;
  for (let m = TOLL.exec(text); m !== null; m = TOLL.exec(text)) {
    const about = m[1] ?? '';
    const value = Number((m[3] ?? '').replace(/,/g, ''));
    // "…six more bodies, bringing the toll to 20": the event's dead (toll-cues.ts), not a figure.
    if (!value || f.casualties.some((c) => c.revised && c.count === value)) continue;
    // "bringing the total number of Kenyan officers in Haiti to 600" counts people deployed: a
    // number or total is a toll only when what it counts is victims.
    if (!TOLL_HEAD.test(m[0]) && !VICTIMS.test(about)) continue;
    const metric = /injur|wound/i.test(about)
      ? 'injured'
      : /missing/i.test(about)
        ? 'missing'
        : /kidnapp|abduct|hostage/i.test(about)
          ? 'kidnapped'
          : 'killed';
    // "officers killed": the officers the sentence has already been about.
    const side = /officers?|police|soldiers?|troops/i.test(about)
      ? f.casualties.find(
          (c) => c.affiliation === 'mss' || c.affiliation === 'police' || c.affiliation === 'army',
        )
      : undefined;
    const start = f.sentence.from + m.index;
    const period = f.dates.find(
      (d) => d.start >= start && d.end <= start + m[0].length && d.role !== 'point',
    );
    out.push({
      metric,
      value,
      hedge: hedgeOf(m[2] ?? ''),
      period: period?.label ?? null,
      periodStart: period?.date ?? null,
      periodEnd: period?.dateEnd ?? null,
      scope:
        side?.affiliation === 'mss' && side.country ? `${demonymOf(side.country)} MSS contingent` : 'Haiti',
      affiliation: side?.affiliation ?? null,
      country: side?.country ?? null,
      attributedTo: null,
      note: 'a running toll the report gives in passing',
      ...evidenceOf([f.sentence]),
    });
  }
  return out;
}
