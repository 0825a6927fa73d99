/**
 * Dates that bound or list days, read after the date patterns (dates.ts): "between 1 April and 31
 * May 2025", "on 2 and 5 June", and a since-date that is the day of the event its when-clause
 * tells ("since 31 March, when … two officers were killed").
 */
import { addDays } from './calendar';
import type { DateMention } from './date-mention';

export const WHEN_AFTER = /^\s*,?\s*(?:when|lorsque|quand|lè)(?![\p{L}])/iu;
const COUNT =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|deux|trois|quatre|cinq|dix)\b/i;
const COUNT_IN_CLAUSE = new RegExp(`(?:${COUNT.source})[^,;]*$`, 'i');

/**
 * "since 31 March, when the station was torched and two officers were killed": the count is the
 * when-clause's own, none before the date ("killed 40 officers since January, when …") nor after
 * the clause ("…, when gangs overran Mirebalais, at least 40 people have been killed").
 */
export function countInWhenClause(text: string, start: number, end: number): boolean {
  const after = text.slice(end).replace(/^\s*,/, ' ');
  const close = after.indexOf(',');
  const clause = close < 0 ? after : after.slice(0, close);
  const rest = close < 0 ? '' : after.slice(close);
  return COUNT.test(clause) && !COUNT.test(rest) && !COUNT_IN_CLAUSE.test(text.slice(0, start));
}

const EVENT_VERB =
  /\b(?:ambushed|attacked|stormed|raided|overran|overrun|massacred|killed|kidnapped|abducted|torched|opened fire)\b|(?<![\p{L}])(?:attaqué|pris d['’]assaut|tué|massacré|enlevé|incendié)(?![\p{L}])/iu;

/**
 * "has stepped up its attacks since August, when its members ambushed a patrol near Liancourt": the
 * when-clause tells an event of that day or month (no count before the date tallies since then).
 */
export function eventInWhenClause(text: string, start: number, end: number): boolean {
  const after = text.slice(end).replace(/^\s*,/, ' ');
  const close = after.search(/[,.;]/);
  const clause = close < 0 ? after : after.slice(0, close);
  // Not "Since 31 March, when gangs overran Mirebalais, at least 40 people have been killed": a sum.
  const rest = close < 0 ? '' : after.slice(close);
  return EVENT_VERB.test(clause) && !COUNT.test(rest) && !COUNT_IN_CLAUSE.test(text.slice(0, start));
}

/** "on 2 and 5 June", « les 3 et 4 juin »: a day of the month told before the one the date names. */
const DAY_BEFORE = /(?<![\d,.])(\d{1,2})(?:er)?\s*(?:and|et|&)\s*$/i;

/** The date widened back to the first of the days listed before it, within a week. */
function dayListBefore(d: DateMention, text: string, offset: number): DateMention {
  if (d.precision !== 'day' || !d.date || d.dateEnd || !/^\d/.test(d.text)) return d;
  const m = DAY_BEFORE.exec(text.slice(Math.max(0, d.start - offset - 12), d.start - offset));
  const day = Number(m?.[1]);
  const last = Number(d.date.slice(8, 10));
  if (!m || day < 1 || day >= last || last - day > 6) return d;
  const first = `${d.date.slice(0, 8)}${String(day).padStart(2, '0')}`;
  const start = d.start - m[0].length;
  const told = text.slice(start - offset, d.end - offset);
  return { ...d, start, date: first, dateEnd: d.date, text: told, label: told.replace(/\.$/, '') };
}

const RANGE_BEFORE = /(?:\bbetween|\bfrom|(?<![\p{L}])(?:entre|du|depuis))\s+(?:(?:the|le)\s+)?$/iu;
const RANGE_JOIN = /^\s*(?:and|to|until|through|till|et|au|jusqu['’]au|-|–)\s+(?:(?:the|le)\s+)?$/i;

/**
 * "between 1 April and 31 May 2025", "from April 1 to May 31", « entre le 1er avril et le 31 mai »,
 * « du 3 au 5 juin »: two days bounding one span. A week or less is when one event ran; longer, the
 * period of a count (figures.ts), never the day it ended.
 */
export function dayRange(found: DateMention[], text: string, offset: number): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = dayListBefore(found[i] as DateMention, text, offset);
    const b = found[i + 1];
    const days = (d: DateMention | undefined) =>
      d !== undefined && d.precision === 'day' && d.resolved && d.date !== null && d.dateEnd === null;
    if (
      !days(a) ||
      !days(b) ||
      !b ||
      (a.date ?? '') >= (b.date ?? '') ||
      !RANGE_BEFORE.test(text.slice(Math.max(0, a.start - offset - 12), a.start - offset)) ||
      !RANGE_JOIN.test(text.slice(a.end - offset, b.start - offset))
    ) {
      out.push(a);
      continue;
    }
    const long = addDays(a.date as string, 6) < (b.date as string);
    const whole = text.slice(a.start - offset, b.end - offset);
    out.push({
      ...a,
      end: b.end,
      text: whole,
      label: `${a.label}–${b.label}`.replace(/(^|–)le\s+/gi, '$1'),
      dateEnd: b.date,
      role: long ? 'period' : a.role,
      precision: long ? 'month' : 'day',
      explicit: a.explicit || b.explicit,
      hasYear: a.hasYear || b.hasYear,
    });
    i++;
  }
  return out;
}
