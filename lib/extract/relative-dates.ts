/**
 * Dates counted from the publication date: "yesterday", "this past weekend", "over the past
 * week" (the seven days before publication), "last week" (the previous Monday–Sunday),
 * "last month", "earlier this month", "three days ago".
 */
import { addDays, mondayOf, monthOf, monthStart, previousWeekday, shiftMonth, yearOf } from './calendar';
import { base, type DateRole, type Found, range } from './date-mention';
import type { DatePrecision } from './schema';
import { dict, wordNumbers } from './words';

const AGO_WORDS = wordNumbers(
  'a:1 an:1 one:1 two:2 three:3 four:4 five:5 six:6 seven:7 eight:8 nine:9 ten:10',
);

/** "three days ago", "two weeks ago", "a month ago". */
export function agoDate(count: string, unitWord: string, ref: string | null): Found {
  const n = AGO_WORDS.get(count.toLowerCase()) ?? Number(count);
  const unit = unitWord.toLowerCase().replace(/s$/, '');
  if (!ref) return base(unit === 'day' ? 'day' : unit === 'week' ? 'week' : 'month', false, false);
  if (unit === 'day') return { ...base('day', false, false), date: addDays(ref, -n) };
  if (unit === 'week') {
    const monday = mondayOf(addDays(ref, -7 * n));
    return range(monday, addDays(monday, 6), 'week');
  }
  const [y, mo] = shiftMonth(yearOf(ref), monthOf(ref), -n);
  return { ...base('month', false, false), date: monthStart(y, mo) };
}

/** Windows that end the day before publication: "over the past week" is the seven days before it. */
const WINDOW_DAYS: ReadonlyMap<string, number> = dict({
  'the past week': 7,
  'the last week': 7,
  'the past seven days': 7,
  'the last seven days': 7,
  'the past 7 days': 7,
  'the last 7 days': 7,
  'the past few days': 7,
  'the last few days': 7,
  'the past several days': 7,
  'the last several days': 7,
  'recent days': 7,
  'the past two weeks': 14,
  'the last two weeks': 14,
  'the past fortnight': 14,
  'the last fortnight': 14,
  'the past two days': 2,
  'the last two days': 2,
  'the past three days': 3,
  'the last three days': 3,
  'the past 24 hours': 1,
  'the last 24 hours': 1,
  'the past 48 hours': 2,
  'the last 48 hours': 2,
});

export function relativePhrase(phrase: string, ref: string | null): Found {
  const unresolved = (p: DatePrecision, role?: DateRole): Found => ({ ...base(p, false, false), role });
  const p = phrase.replace(/^(?:over|in|during|within) /, '').replace(/^past /, 'the past ');
  if (p === 'yesterday' || p === 'last night' || p === 'overnight') {
    return ref ? { ...base('day', false, false), date: addDays(ref, -1) } : unresolved('day');
  }
  if (/^(?:today|tonight|earlier today|this (?:morning|afternoon|evening))$/.test(p)) {
    return ref ? { ...base('day', false, false), date: ref } : unresolved('day');
  }
  if (p.endsWith('weekend')) {
    if (!ref) return unresolved('week');
    const sunday = previousWeekday(ref, 0);
    return range(addDays(sunday, -1), sunday, 'week');
  }
  const days = WINDOW_DAYS.get(p);
  if (days !== undefined) {
    if (!ref) return unresolved(days <= 2 ? 'day' : 'week');
    return range(addDays(ref, -days), addDays(ref, days <= 2 ? 0 : -1), days <= 2 ? 'day' : 'week');
  }
  if (/^the (?:past|last) (?:month|30 days)$/.test(p)) {
    return ref
      ? range(addDays(ref, -30), addDays(ref, -1), 'month', 'period')
      : unresolved('month', 'period');
  }
  if (/^the (?:past|last) (?:year|12 months)$/.test(p)) {
    return ref ? range(addDays(ref, -365), addDays(ref, -1), 'year', 'period') : unresolved('year', 'period');
  }
  if (!ref) return unresolved(p.endsWith('week') ? 'week' : p.endsWith('month') ? 'month' : 'year');
  const y = yearOf(ref);
  const mo = monthOf(ref);
  if (/the (?:start|beginning) of (?:the|this) year$/.test(p)) {
    return {
      ...base('year', false, false),
      date: `${y}-01-01`,
      dateEnd: ref,
      role: p.startsWith('since') ? 'since' : 'period',
    };
  }
  if (p === 'later this week' || p === 'later this month' || p === 'later this year')
    return unresolved('week', 'future');
  if (p.endsWith('week')) {
    const thisMonday = mondayOf(ref);
    if (p === 'this week' || p === 'earlier this week') return range(thisMonday, ref, 'week');
    const monday = addDays(thisMonday, -7);
    return range(monday, addDays(monday, 6), 'week');
  }
  if (p.endsWith('month')) {
    const [yy, mm] = p === 'this month' || p === 'earlier this month' ? [y, mo] : shiftMonth(y, mo, -1);
    return { ...base('month', false, false), date: monthStart(yy, mm) };
  }
  const year =
    p === 'last year' || p === 'past year' || p === 'previous year' || p === 'the previous year' ? y - 1 : y;
  const role: DateRole = p === 'earlier this year' ? 'point' : 'period';
  return { ...base('year', false, false), date: `${year}-01-01`, dateEnd: `${year}-12-31`, role };
}
