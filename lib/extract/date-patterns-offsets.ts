/**
 * Days counted from the day the text told last ("Their arrival came a day after …", "two days
 * earlier", "the next morning", "the day before", « la veille », « le lendemain », "that same day"):
 * each an offset that resolveOffsets (analyze.ts) turns into a date.
 */
import { base, type Handler } from './date-mention';
import { L0, L1 } from './date-words';
import { foldWord } from './tokens';
import { wordNumbers } from './words';

/** « Cette arrivée intervient », « L'attaque survient »: a subject that names an event told before. */
const LEAD_COMES =
  /^\s*(?:cette|cet|ce|l['’]|le|la|the|this)\s*([\p{L}-]+)(?:\s+[\p{L}'’-]+){0,3}\s+(?:intervient|survient|intervenait|survenait|arrive|vient|comes|came)\s*$/iu;

/** The event the sentence's subject names, by the first letters of its noun (« arriv » of « arrivée »). */
function leadNoun(before: string): { fromLead: string } | Record<string, never> {
  const noun = LEAD_COMES.exec(before)?.[1];
  // Folded as analyze.ts folds the sentences it looks for the stem in.
  return noun ? { fromLead: foldWord(noun).slice(0, 5) } : {};
}

const AGO_COUNTS = wordNumbers('a:1 an:1 one:1 two:2 three:3 four:4 five:5 six:6 seven:7');

/**
 * « Le lendemain, aux environs de 3 heures du matin », "the day after, before dawn": the small hours
 * after the day told, which the overnight convention (« la nuit de X à Y » is X) dates to that day.
 */
const SMALL_HOURS =
  /^[^.;]{0,40}?(?:(?<!\d)(?:[0-4]|minuit|midnight)\s*(?:h(?:eures?)?(?![\p{L}])|a\.?m\.?(?![\p{L}]))|before\s+dawn|at\s+dawn|avant\s+l['’]aube|à\s+l['’]aube|early\s+hours|petit\s+matin)/iu;
function smallHours(m: RegExpExecArray): boolean {
  return SMALL_HOURS.test(m.input.slice(m.index + m[0].length));
}

export const OFFSET_PATTERNS: Array<[RegExp, Handler, string]> = [
  // A live blog's entry, "13:30 — Separately, in Croix-des-Bouquets, …": the day the blog is of.
  [
    /^\s*(?:[01]?\d|2[0-3])[:h][0-5]\d\s*(?:—|–|-)/gu,
    (_m, ref) =>
      ref ? { ...base('day', false, false), date: ref, label: 'the day of the live blog' } : null,
    'd',
  ],
  // "Their arrival came a day after gunmen opened fire", "The ambush came exactly a week after two
  // officers were shot dead": the arrival or event just told came on the day the text gave last,
  // so the earlier event that many days before it (not "This comes a day after", the news). « La veille de leur arrivée » is the day before it,
  // « le lendemain de l'attaque » the day after, « le jour même où » that day.
  // "The report was made public four days after gunmen stormed Thomazeau": counted back from the
  // day the text told the report on, not from the last day it gave.
  [
    new RegExp(
      `${L0}(?:arrival|ambush|attack|assault|raid|killings?|deployment|incident|massacre|operation|offensive|shooting|clash(?:es)?|(report|statement|announcement))\\s+(?:came|comes|happened|occurred|took place|was (?:made public|released|published|issued))\\s+(?:exactly\\s+|just\\s+|only\\s+)?(a|an|one|two|three|four|five|six|seven|\\d{1,2})\\s+(days?|weeks?|months?)\\s+after${L1}`,
      'giu',
    ),
    (m) => {
      const n = AGO_COUNTS.get(m[2]?.toLowerCase() ?? '') ?? Number(m[2]);
      const unit = m[3]?.toLowerCase() ?? '';
      // "The incident comes a month after …": that month, not a day (unless the month is told: "… in late January").
      const told =
        /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)\b/;
      if (unit.startsWith('month') && told.test(m.input.slice(m.index + m[0].length))) return null;
      if (unit.startsWith('month'))
        return {
          ...base('month', false, false),
          offsetMonths: -n,
          ...(m[1] ? { fromLead: foldWord(m[1]).slice(0, 5) } : {}),
        };
      return {
        ...base('day', false, false),
        offsetDays: -(unit.startsWith('week') ? 7 * n : n),
        ...(m[1] ? { fromLead: foldWord(m[1]).slice(0, 5) } : {}),
      };
    },
    'r',
  ],
  [
    // « La veille, à Bel-Air, … », « le lendemain »: the day before or after the one told last.
    new RegExp(
      `${L0}(?:la\\s+(veille)|le\\s+(lendemain)|le\\s+jour\\s+même(?=\\s+(?:de|d['’]|où)))(?:\\s+(?:de|d['’]|où)|(?=\\s*[,.;:)]))${L1}`,
      'giu',
    ),
    (m) => ({
      ...base('day', false, false),
      offsetDays: m[1] ? -1 : m[2] && !smallHours(m) ? 1 : 0,
    }),
    'f',
  ],
  // « Cette arrivée intervient au lendemain d'affrontements … »: the new event that follows was the
  // day before the day told last; « au lendemain de l'attaque » (one told already): the day after.
  [
    new RegExp(`${L0}au\\s+lendemain(?=\\s+(?:(du|des|de\\s+la|de\\s+l['’])|d['’]|de\\s))`, 'giu'),
    (m) => ({
      ...base('day', false, false),
      offsetDays: m[1] ? 1 : -1,
      // « L'arrivée du contingent intervient au lendemain de … »: counted from the arrival's day.
      ...leadNoun(m.input.slice(0, m.index)),
    }),
    'f',
  ],
  // "on the same day", "that same night", « le même jour », « ce jour-là », « menm jou a »: the day the text gave last.
  [
    new RegExp(
      `${L0}(?:(?:(?:on|during)\\s+)?(?:the|that)\\s+same\\s+(?:day|night|evening)|(?:le|ce)\\s+même\\s+jour|ce\\s+jour-là|menm\\s+jou\\s+a)${L1}`,
      'giu',
    ),
    () => ({ ...base('day', false, false), offsetDays: 0 }),
    'r',
  ],
  [
    new RegExp(
      `${L0}(?:(a|an|one|two|three|four|five|six|seven|\\d{1,2})\\s+(days?|weeks?)\\s+(earlier|later)|the\\s+(previous|following|next)\\s+(?:day|morning|afternoon|evening|night)|the\\s+day\\s+(before|after)(?=\\s*[,.;:)]))${L1}`,
      'giu',
    ),
    (m) => {
      // "the day before", "the day after": one day from the day told last.
      const n = m[4] || m[5] ? 1 : (AGO_COUNTS.get(m[1]?.toLowerCase() ?? '') ?? Number(m[1]));
      const days = m[2]?.toLowerCase().startsWith('week') ? 7 * n : n;
      const back = ['earlier', 'previous', 'before'].includes((m[3] ?? m[4] ?? m[5] ?? '').toLowerCase());
      const sign = back ? -1 : m[5] && smallHours(m) ? 0 : 1;
      return { ...base('day', false, false), offsetDays: sign * days };
    },
    'r',
  ],
];
