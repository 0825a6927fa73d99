/**
 * French and Kreyòl ways of saying when, read into the same date mentions as the English ones:
 * "hier soir", "aujourd'hui", "la semaine dernière", "le mois dernier", "depuis le début de
 * l'année", "ce vendredi", "lundi dernier", "dans la nuit de samedi à dimanche" (the Saturday:
 * dates.ts drops the second day of a night), "yè", "jodi a", "semèn pase". Weekdays are written
 * in lower case in both languages, so unlike English ones they need no capital.
 */
import { addDays, previousWeekday, sameOrPreviousWeekday, yearOf, ymd } from './calendar';
import { base, dayDate, type Handler, isYear, latestMonth } from './date-mention';
import { L0, L1, monthNumber, weekdayNumber } from './date-words';
import { relativePhrase } from './relative-dates';
import { foldWord } from './tokens';
import { dict, escapeRegExp } from './words';

const FR_WEEKDAY =
  '(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lendi|madi|mèkredi|mekredi|jedi|vandredi|samdi|dimanch)';

/** French and Kreyòl phrases and the English phrase relativePhrase reads. */
const RELATIVE: ReadonlyMap<string, string> = dict({
  hier: 'yesterday',
  'hier soir': 'last night',
  'hier matin': 'yesterday',
  'hier après-midi': 'yesterday',
  'avant-hier': 'two days ago',
  "aujourd'hui": 'today',
  'aujourd’hui': 'today',
  'ce matin': 'this morning',
  'ce soir': 'this evening',
  'cette nuit': 'last night',
  'la nuit dernière': 'last night',
  'la semaine dernière': 'last week',
  'la semaine passée': 'last week',
  'cette semaine': 'this week',
  'en début de semaine': 'earlier this week',
  'le week-end dernier': 'last weekend',
  'le weekend dernier': 'last weekend',
  'le week-end écoulé': 'last weekend',
  'le weekend écoulé': 'last weekend',
  'le week-end passé': 'last weekend',
  'le weekend passé': 'last weekend',
  'ce week-end': 'this weekend',
  'ce weekend': 'this weekend',
  'la semaine écoulée': 'last week',
  'le mois dernier': 'last month',
  'le mois passé': 'last month',
  'ce mois-ci': 'this month',
  "l'an dernier": 'last year',
  'l’an dernier': 'last year',
  "l'année dernière": 'last year',
  'l’année dernière': 'last year',
  "depuis le début de l'année": 'since the start of the year',
  'depuis le début de l’année': 'since the start of the year',
  yè: 'yesterday',
  'ye swa': 'last night',
  'yè swa': 'last night',
  'jodi a': 'today',
  'semèn pase': 'last week',
  'semen pase': 'last week',
  'mwa pase': 'last month',
  'ane pase': 'last year',
});

const RELATIVE_RE = new RegExp(
  `${L0}(${[...RELATIVE.keys()]
    .sort((a, b) => b.length - a.length)
    .map((k) => escapeRegExp(k).replace(/'/g, "['’]"))
    .join('|')})${L1}`,
  'giu',
);

const SPEAKS =
  /^\s+(?:said|says|told|added|explained|stated|noted|confirmed|declared|has|had|was|is|a\s+(?:déclaré|dit|indiqué|affirmé|précisé|expliqué|confirmé))\b/;

const MONTH_FR =
  '(janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)';

export const FRENCH_DATE_PATTERNS: Array<[RegExp, Handler, string]> = [
  [
    // « le samedi 14 courant », « le 3 courant »: that day of the month the report is written in.
    new RegExp(`${L0}(?:le\\s+)?(?:${FR_WEEKDAY}\\s+)?(\\d{1,2})(?:er)?\\s+courant${L1}`, 'giu'),
    (m, ref) => (ref ? dayDate(yearOf(ref), Number(ref.slice(5, 7)), Number(m[2]), ref, m[1]) : null),
    'dF',
  ],
  [
    // "du mercredi 2 au jeudi 3 octobre 2024", "entre le jeudi 11 et le vendredi 12 décembre":
    // two days of one month; a night from one into the other ("la nuit du 2 au 3") is the first.
    new RegExp(
      `${L0}(du|entre\\s+le|de)\\s+(?:${FR_WEEKDAY}\\s+)?(\\d{1,2})(?:er)?\\s+(?:au|et\\s+le|à)\\s+(?:${FR_WEEKDAY}\\s+)?(\\d{1,2})\\s+${MONTH_FR}(?:\\s+(\\d{4}))?${L1}`,
      'giu',
    ),
    (m, ref, readOn) => {
      const month = monthNumber(m[6] ?? '');
      if (month === null) return null;
      const [a, b] = [Number(m[3]), Number(m[5])];
      const year = m[7] ? Number(m[7]) : null;
      const first = dayDate(year, month, a, ref, m[2], readOn);
      if (!first?.date || b <= a) return first;
      const night = /\b(?:nuit|nwit)\s+$/i.test(m.input.slice(Math.max(0, m.index - 12), m.index));
      if (night) return first;
      const last = ymd(yearOf(first.date), month, b);
      return last ? { ...first, dateEnd: last, precision: 'week' } : first;
    },
    'mdF',
  ],
  [
    RELATIVE_RE,
    (m, ref) => {
      const key = foldWord(m[1] ?? '')
        .replace(/’/g, "'")
        .replace(/\s+/g, ' ');
      const english = [...RELATIVE].find(([k]) => foldWord(k).replace(/’/g, "'") === key)?.[1];
      if (!english) return null;
      if (english === 'two days ago') {
        return ref ? { ...base('day', false, false), date: addDays(ref, -2) } : base('day', false, false);
      }
      return relativePhrase(english, ref);
    },
    'fF',
  ],
  [
    // "ce vendredi", "lundi dernier", "le mardi", "dans la nuit de samedi", "depuis lundi".
    new RegExp(
      `${L0}(?:(ce|le|du|de|depuis|dès|jusqu['’]à|d['’]ici|lè|depi)\\s+)?${FR_WEEKDAY}(?:\\s+(soir|matin|après-midi|swa|maten))?(?:\\s+(dernier|passé|pase|prochain|pwochen))?${L1}(?!\\s+\\d)`,
      'giu',
    ),
    (m, ref) => {
      const day = weekdayNumber(m[2] ?? '');
      if (day === null) return null;
      // "Jean Lundi": a capitalised weekday right after a name, mid-sentence, is a surname.
      const before = m.input.slice(Math.max(0, m.index - 30), m.index);
      if (!m[1] && /^\p{Lu}/u.test(m[2] ?? '') && /(?:^|[^.!?:"“«—–-])\s*\p{Lu}\p{Ll}+\s+$/u.test(before))
        return null;
      // "Dimanche said …": a surname, speaking.
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 20);
      if (/^\p{Lu}/u.test(m[2] ?? '') && SPEAKS.test(after)) return null;
      const lead = foldWord(m[1] ?? '');
      const tail = foldWord(m[4] ?? '');
      if (tail === 'prochain' || tail === 'pwochen' || lead === "jusqu'a" || lead === 'jusqu’a')
        return { ...base('day', false, false), role: 'future' };
      if (!ref) return { ...base('day', false, false), weekday: day };
      const date = tail ? previousWeekday(ref, day) : sameOrPreviousWeekday(ref, day);
      const role = lead === 'depuis' || lead === 'depi' ? 'since' : undefined;
      return {
        ...base('day', false, false),
        date,
        weekday: day,
        ...(tail ? { lastWeekday: true } : {}),
        ...(role ? { role } : {}),
      };
    },
    'vF',
  ],
  [
    // A month alone: « en juin », « depuis janvier », « début mars », « à la mi-octobre », « au
    // cours du mois de mai », « en juin dernier ». The latest such month, as "in June" in English.
    new RegExp(
      `${L0}(depuis\\s+(?:la\\s+)?(?:mi-)?|dès\\s+|en\\s+|début\\s+|fin\\s+|(?:à\\s+)?(?:la\\s+)?mi-|courant\\s+|(?:au\\s+|le\\s+)?mois\\s+(?:de\\s+|d['’])|(?:au\\s+cours|pendant|durant|dans\\s+le\\s+courant)\\s+du\\s+mois\\s+(?:de\\s+|d['’]))${MONTH_FR}(?:\\s+(dernier|passé))?${L1}(?!\\s*\\d)`,
      'giu',
    ),
    (m, ref) => {
      const month = monthNumber(m[2] ?? '');
      if (month === null) return null;
      const since = /^(?:depuis|dès)/i.test(m[1] ?? '');
      // The label keeps what narrows the month (« début mars », « mi-octobre »), not the preposition.
      const narrow = /(?:début|fin|mi-)(?=\s*$)/i.exec(m[1] ?? '')?.[0];
      const label = `${narrow ? `${narrow}${narrow.endsWith('-') ? '' : ' '}` : ''}${m[2] ?? ''}${m[3] ? ` ${m[3]}` : ''}`;
      const found = { ...base('month', true, false), label, ...(since ? { role: 'since' as const } : {}) };
      if (!ref) return found;
      return { ...found, date: latestMonth(month, ref, Boolean(m[3])) };
    },
    'mF',
  ],
  [
    // A year: « en 2024 », « depuis 2021 », « au cours de l'année 2024 », « pendant 2024 ».
    new RegExp(
      `${L0}(en|depuis|dès|pendant|durant|au\\s+cours\\s+de|(?:au\\s+cours|pendant|durant)\\s+de\\s+l['’]année|pour)\\s+(\\d{4})${L1}(?!\\s*[-–/]\\s*\\d)`,
      'giu',
    ),
    (m) => {
      const year = Number(m[2]);
      if (!isYear(year)) return null;
      const since = /^(?:depuis|dès)/i.test(m[1] ?? '');
      return {
        ...base('year', true, true),
        date: `${year}-01-01`,
        dateEnd: `${year}-12-31`,
        role: since ? 'since' : 'period',
        label: String(year),
      };
    },
    'yF',
  ],
];
