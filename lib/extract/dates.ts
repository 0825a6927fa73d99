/**
 * Date expressions in a sentence, resolved against the publication date. Absolute dates
 * ("February 23, 2025") resolve on their own; relative ones ("on Tuesday", "last month",
 * "this past weekend") need the publication date and stay unresolved without it.
 */

import { addDays } from './calendar';
import { arrivedInCareOn, closedOn, diedInCareOn, mournedOn, stillOn, takenToCareOn } from './date-aftermath';
import type { DateMention, DateRole } from './date-mention';
import { DATE_PATTERNS } from './date-patterns';
import { countInWhenClause, dayRange, eventInWhenClause, WHEN_AFTER } from './date-spans';
import { isMonthWord, isWeekdayWord, L0 } from './date-words';
import { type Token, tokenize } from './tokens';
import { wordSet } from './words';

export type { DateMention, DateRole } from './date-mention';

const LEAD_PREPOSITION = /^(?:on|in|during|over|of|at|for|throughout|from|the)\s+/i;

/** "…, the mission said on Wednesday", "said in a statement Friday": the day of the telling, not of the event. */
const SAID_BEFORE =
  /\b(?:said|says|(?:told|telling)(?:\s+(?!that\b)[\p{L}.’']+){0,3}|announced|reported|confirmed|stated|added|issued|tweeted|posted|published|released|statement)(?:\s+(?:in|a|an|the|its|their|his|her|statement|release|news|conference|press|to|reporters|journalists|late|early|on|at|this|last|by|phone|telephone|interview|radio|text|message))*\s*$/u;
/**
 * "In a statement released in Nairobi on Tuesday", "a statement from the National Police Service
 * (NPS) on Wednesday", "a statement issued by the GSF on Tuesday", "The JDF, in a release yesterday": the day of the telling; so is the day a
 * family "learnt of his death on Wednesday".
 */
const RELEASED_IN =
  /\b(?:(?:statement|released|issued)\s+in\s+\p{Lu}\p{Ll}+\s+(?:on\s+)?|(?:statement|release|communiqué)\s+(?:(?:issued|released|published|sent)\s+)?(?:from|by)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}’'-]*|\(\p{Lu}+\)|of|and|police|force|mission|ministry|government|army|embassy|office)\s+){1,8}(?:on\s+)?|\bin\s+(?:a|its|their)\s+(?:press\s+)?release\s+|\b(?:learnt|learned|heard|informed|notified)\s+of\s+(?:his|her|their|the)\s+(?:death|deaths|killing)\s+(?:on\s+)?)$/u;
/** French: "a déclaré ce vendredi", "intervenait sur Magik 9 ce vendredi", "dans un communiqué publié lundi". */
const SAID_BEFORE_FR =
  /(?<![\p{L}])(?:a|ont|avait)?\s*(?:déclaré|annoncé|indiqué|confirmé|affirmé|précisé|rapporté|expliqué|dit|publié|intervenait|intervenant|interrogée?|communiqué|s['’]exprimant|dénoncé|condamné|avan[cç](?:é|ait|aient)|évoqu(?:é|ait|aient)|chiffr(?:é|ait|aient)|(?:fait|faisait) état)(?:\s+(?:à|au|aux)(?:\s+[\p{L}’'-]+){1,4})?(?:[\s,]+(?:sur|à|au|du|dans|lors|de|d['’]|la|le|les|l['’]|un|une|son|sa|ses|leur|en|fin|début|journée|soirée|matinée|[\p{Lu}][\p{L}\p{N}.’']*|\d+))*[\s,]*$/u;

/**
 * "On Wednesday, the UN said …", « Mardi, la police a annoncé … »: a day that opens the sentence and
 * its teller (a few words, no relative clause: not "a journalist who had reported") is the day of the telling.
 */
const SAID_AFTER =
  /^\s*,?\s*(?:(?!(?:who|that|which|had|qui|que|killed|attacked|shot|opened|stormed|kidnapped|abducted|wounded|injured|burned|torched|ont)\s)[\p{L}.’'-]+\s+){0,6}?(?:said|says|announced|reported|confirmed|told|stated|declared|(?:a|ont)\s+(?:annoncé|déclaré|indiqué|confirmé|affirmé|rapporté|précisé|fait savoir)|faisai(?:en)?t état|avançai(?:en)?t|parlai(?:en)?t d)(?![\p{L}])/iu;

const TELLING_NEXT =
  /^\s*(?:said|says|told|reported|announced|confirmed|revised|raised|lowered|updated|corrected|wished|condemned|expressed|vowed|pledged|promised|urged|praised|hailed|thanked|welcomed|paid)\b/i;

/** "the death toll … rose to 25 on Wednesday": the day the toll was given, not the day of the event. */
const TOLL_ROSE_BEFORE =
  /\b(?:death\s+toll\b.*\b(?:rose|risen|climbed|jumped|increased|grew|reached|hit|stood|stands)\s+(?:to\s+|at\s+)?|(?:put|puts|placed|estimated)\s+the\s+(?:death\s+)?toll\b.*\bat\s+|death\s+toll\b.*\bup\s+from\s+)(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|about\s+)?(?:[\d,]+|[a-z-]+)(?:\s+[a-z]+)?\s*,?\s*(?:on|by|as\s+of)?\s*$/i;

const EVENT_OF =
  /(?:massacre|attack|ambush|assault|raid|killings?|attaque|embuscade|tuerie)\s+(?:of|du|de)\s+(?:le\s+)?$/i;
const TOLD_IN = /^[^.;]{0,50}?,\s*(?:in which|during which|where|when|au cours d|lors d|où|qui)/iu;
/** "since the assassination of President Jovenel Moïse in July 2021": the day of the event it names. */
const SINCE_EVENT =
  /\b(?:since|depuis|dep(?:uis|i))\s+(?:the\s+|an?\s+|l['’]\s*|le\s+|la\s+|une?\s+)?(?:[\p{L}-]+\s+)?(?:assassination|murder|killing|massacre|attack|ambush|operation|raid|assassinat|meurtre|massacre|attaque|embuscade|opération)\s+(?:of|on|in|near|at|du|de|d['’]|contre|dans|près\s+de|à)\s+[^,;.]{1,50}?(?:\s+(?:in|on|en|le))?\s+$/iu;
const EVENT_AFTER =
  /^\s+(?:massacre|attack|ambush|assault|raid|killings?|attaque|embuscade|tuerie)\b[^.;]{0,60}?,\s*(?:in which|during which|where|which|that|au cours d|lors d|où|qui)/iu;

/** "… since a U.N.-backed mission began earlier this year": the date of what came before, in a since-clause. */
const SINCE_CLAUSE = /\bsince\s+(?:[^\s,;]+\s+){1,8}$/i;
/** « depuis l'assassinat du président Jovenel Moïse en 2021 »: the same in French. */
const SINCE_CLAUSE_FR = /(?<![\p{L}])dep(?:uis|i)\s+(?:[^\s,;]+\s+){1,8}$/iu;

/**
 * The patterns without their opening "no letter before" lookbehind, which is checked by hand on
 * each match instead: a Unicode lookbehind tried at every position of every sentence made the
 * date patterns most of the reader's time, and the scan without it is about three times faster.
 */
const PATTERNS = DATE_PATTERNS.map(([re, handle, needs]) => {
  const wordStart = re.source.startsWith(L0);
  return {
    re: wordStart ? new RegExp(re.source.slice(L0.length), re.flags) : re,
    handle,
    needs,
    wordStart,
  };
});
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The next match of a pattern that must start a word (see PATTERNS). */
function nextMatch(re: RegExp, text: string, wordStart: boolean): RegExpExecArray | null {
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (!wordStart || m.index === 0 || !LETTER_OR_DIGIT.test(text[m.index - 1] ?? '')) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}

function needsMet(needs: string, has: string): boolean {
  for (let i = 0; i < needs.length; i++) if (!has.includes(needs[i] ?? '')) return false;
  return true;
}

const RELATIVE_WORDS = wordSet(`
  yesterday today tonight night overnight weekend week weeks month months year years days ago recent
  morning afternoon evening fortnight hours day earlier later previous following jour jou
`);

/** French and Kreyòl words a relative date is made of ("hier", "la semaine dernière", "yè"). */
const FRENCH_RELATIVE_WORDS = wordSet(`
  hier aujourd semaine mois week weekend nuit an annee soir matin ye jodi semen mwa ane avant veille
  lendemain jour
`);

/** Words a feast on a fixed day is named by ("Christmas Eve", "New Year's Day", « la Toussaint »). */
const FEAST_WORDS = wordSet('christmas noel year sylvestre toussaint');

/** Words a span of days is counted in ("the week to Nov. 15", "the first half of March"). */
const SPAN_WORDS = wordSet('week weeks fortnight days month half');

/** French and Kreyòl weekdays: only they need the French weekday pattern. */
const FRENCH_WEEKDAYS = wordSet(
  'lundi mardi mercredi jeudi vendredi samedi dimanche lendi madi mekredi jedi vandredi samdi dimanch',
);

/**
 * What a sentence holds that date patterns need, one letter each ('m' a month, 'w' a weekday,
 * 'h' a feast, 'F' a French or Kreyòl sentence…): a pattern whose letters are not all there is not tried.
 */
function features(tokens: readonly Token[], french: boolean): string {
  let out = french ? 'F' : '';
  for (const t of tokens) {
    if (t.kind === 'num') out += t.text.length === 4 && t.text >= '1990' && t.text <= '2039' ? 'y' : 'd';
    else if (t.kind === 'word') {
      if (isMonthWord(t.norm)) out += 'm';
      else if (isWeekdayWord(t.norm)) out += french && FRENCH_WEEKDAYS.has(t.norm) ? 'wv' : 'w';
      else if (RELATIVE_WORDS.has(t.norm)) out += t.norm === 'ago' ? 'a' : 'r';
      else if (t.norm === 'quarter' || t.norm === 'half' || t.norm === 'trimestre' || t.norm === 'semestre')
        out += 'q';
      if (FEAST_WORDS.has(t.norm)) out += 'h';
      if (SPAN_WORDS.has(t.norm)) out += 'k';
      // Not exclusive: "week", "weekend" open English and French phrases alike.
      if (french && FRENCH_RELATIVE_WORDS.has(t.norm)) out += 'f';
    }
  }
  return out;
}

/** Date mentions in `text` (a sentence starting at `offset` of the whole input). */
export function findDateMentions(
  text: string,
  offset: number,
  ref: string | null,
  tokens: readonly Token[] = tokenize(text),
  /** The day the report is read: only fixes the year of a yearless day that names its weekday. */
  readOn: string | null = null,
  /** The sentence is French or Kreyòl (sentence-language.ts); unknown (true) tries every pattern. */
  french = true,
): DateMention[] {
  const found: DateMention[] = [];
  const taken: Array<[number, number]> = [];
  const has = features(tokens, french);
  for (const { re, handle, needs, wordStart } of PATTERNS) {
    if (!needsMet(needs, has)) continue;
    re.lastIndex = 0;
    for (let m = nextMatch(re, text, wordStart); m !== null; m = nextMatch(re, text, wordStart)) {
      const start = m.index;
      const end = start + m[0].length;
      // A pattern that matched nothing must still move on.
      if (end === start) {
        re.lastIndex++;
        continue;
      }
      if (taken.some(([a, b]) => start < b && a < end)) continue;
      const lead = /(\p{L}+)\s*$/u.exec(text.slice(Math.max(0, start - 12), start))?.[1]?.toLowerCase() ?? '';
      const f = handle(m, ref, readOn);
      if (!f) continue;
      taken.push([start, end]);
      const own = m[0].toLowerCase();
      let role: DateRole = f.role ?? 'point';
      // "spared the violence until March, when gunmen killed 10 people": the day of the when-clause's event.
      const untilWhen = WHEN_AFTER.test(text.slice(end, end + 12)) && /^(?:until|till)\b/.test(own);
      if (untilWhen) role = 'point';
      else if (/^(?:by|until|till|before)\b/.test(own) || ['by', 'until', 'till', 'before'].includes(lead))
        role = 'deadline';
      else if (
        (own.startsWith('since') ||
          lead === 'since' ||
          lead === 'depuis' ||
          lead === 'depi' ||
          lead === 'dès' ||
          SINCE_CLAUSE.test(text.slice(Math.max(0, start - 70), start)) ||
          SINCE_CLAUSE_FR.test(text.slice(Math.max(0, start - 70), start))) &&
        // "since 31 March, when the station was torched": the day of the event the clause tells,
        // unless the count is before it ("killed 40 officers since January, when …").
        !(
          WHEN_AFTER.test(text.slice(end, end + 12)) &&
          (countInWhenClause(text, start, end) || eventInWhenClause(text, start, end))
        ) &&
        // "since the October 2024 massacre in Pont-Sondé, in which … killed 115": the event's own month.
        !(f.precision !== 'year' && EVENT_AFTER.test(text.slice(end, end + 90))) &&
        // "since the assassination of President Jovenel Moïse in July 2021": the event's own month.
        !(f.precision !== 'year' && SINCE_EVENT.test(text.slice(Math.max(0, start - 90), start))) &&
        // "since the attack of 3 October 2024 on Pont-Sondé, in which … were killed": the same.
        !(
          f.precision !== 'year' &&
          EVENT_OF.test(text.slice(Math.max(0, start - 30), start)) &&
          TOLD_IN.test(text.slice(end, end + 70))
        )
      )
        role = 'since';
      if (role === 'point' && ref && f.date && f.date > ref) role = 'future';
      else if (
        role === 'point' &&
        (SAID_BEFORE.test(text.slice(Math.max(0, start - 60), start)) ||
          RELEASED_IN.test(text.slice(Math.max(0, start - 60), start)) ||
          closedOn(text.slice(Math.max(0, start - 40), start)) ||
          diedInCareOn(text.slice(Math.max(0, start - 20), start), text.slice(end, end + 50)) ||
          mournedOn(text.slice(0, start), text.slice(end), own) ||
          TOLL_ROSE_BEFORE.test(text.slice(0, start)) ||
          stillOn(text.slice(Math.max(0, start - 50), start)) ||
          arrivedInCareOn(text.slice(Math.max(0, start - 40), start), text) ||
          takenToCareOn(text.slice(Math.max(0, start - 110), start)) ||
          (/^[\s"“«(]*$/.test(text.slice(0, start)) && SAID_AFTER.test(text.slice(end, end + 80))) ||
          // "Police on Tuesday revised the number …", "the ministry on Monday said …"
          TELLING_NEXT.test(text.slice(end, end + 20)))
      )
        role = 'report';
      else if (role === 'point' && french && SAID_BEFORE_FR.test(text.slice(Math.max(0, start - 60), start)))
        role = 'report';
      const label =
        f.label ??
        m[0]
          .replace(LEAD_PREPOSITION, '')
          .replace(/\s+alone$/i, '')
          // "in June." and "in May." end the sentence; "Aug." stays as written.
          .replace(/(\p{L}{4,}|(?<!\p{L})[Mm]ay)\.$/u, '$1');
      found.push({
        ...f,
        role,
        start: offset + start,
        end: offset + end,
        text: m[0],
        label: role === 'since' ? `since ${label.replace(/^(?:since|depuis|dès|depi)\s+/i, '')}` : label,
        resolved: f.date !== null,
        dateEnd: f.dateEnd ?? null,
      });
    }
  }
  return dayRange(
    nightOf(
      found.sort((a, b) => a.start - b.start),
      text,
      offset,
    ),
    text,
    offset,
  );
}

// "during the night from Monday to Tuesday", "overnight Saturday into Sunday", "dans la nuit de lundi à mardi",
// "nan nwit lendi pou madi".
const NIGHT_BEFORE =
  /\b(?:night|nuit|nwit|overnight)\s+(?:(?:from|of|on|between|de|du|entre)\s+(?:the\s+)?)?$/i;
const NIGHT_JOIN = /^\s*(?:to|and|into|à|au|et|pou|-|–)\s*$/i;

/**
 * A night that runs from one day into the next happened on the first: its second day is no date of
 * its own. "la nuit du mercredi au jeudi 3 octobre 2024": the Wednesday is the day before the 3rd.
 */
function nightOf(found: DateMention[], text: string, offset: number): DateMention[] {
  return found.filter((d, i) => {
    const prev = found[i - 1];
    if (!prev || !NIGHT_BEFORE.test(text.slice(Math.max(0, prev.start - offset - 30), prev.start - offset)))
      return true;
    if (!NIGHT_JOIN.test(text.slice(prev.end - offset, d.start - offset))) return true;
    if (d.explicit && d.date && !prev.explicit && prev.precision === 'day') {
      prev.date = addDays(d.date, -1);
      prev.resolved = true;
      prev.explicit = true;
      prev.hasYear = d.hasYear;
      prev.label = `night of ${prev.date}`;
    }
    return false;
  });
}
