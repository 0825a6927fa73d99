import { describe, expect, it } from 'vitest';
import {
  addDays,
  filtersForWeek,
  formatDay,
  isMonday,
  mondayOf,
  parseWeekParam,
  spanOf,
  weekAt,
  weekCount,
  weekEnd,
  weekIndex,
  weekLabel,
} from '@/lib/map/weeks';

describe('weeks run Monday to Sunday', () => {
  it('finds the Monday of every day of a week', () => {
    // 3 March 2025 was a Monday, 9 March the Sunday after it.
    for (const day of ['2025-03-03', '2025-03-04', '2025-03-06', '2025-03-08', '2025-03-09'])
      expect(mondayOf(day)).toBe('2025-03-03');
    expect(mondayOf('2025-03-10')).toBe('2025-03-10');
    expect(mondayOf('2025-03-02')).toBe('2025-02-24');
    // The sample's Ségur-Savien clash, on Sunday 23 February 2025: the week of the 17th.
    expect(mondayOf('2025-02-23')).toBe('2025-02-17');
    expect(weekEnd('2025-02-17')).toBe('2025-02-23');
  });

  it('is right before 1970 and across the epoch, where day numbers turn negative', () => {
    expect(mondayOf('1970-01-01')).toBe('1969-12-29');
    expect(mondayOf('1969-12-28')).toBe('1969-12-22');
    expect(mondayOf('1900-01-07')).toBe('1900-01-01');
  });

  it('crosses year boundaries as ISO weeks do', () => {
    // ISO week 1 of 2025 starts on Monday 30 December 2024; 2021 started in the week of 28 December 2020.
    expect(mondayOf('2025-01-01')).toBe('2024-12-30');
    expect(mondayOf('2024-12-31')).toBe('2024-12-30');
    expect(mondayOf('2021-01-03')).toBe('2020-12-28');
    expect(mondayOf('2024-02-29')).toBe('2024-02-26');
    expect(weekEnd('2024-12-30')).toBe('2025-01-05');
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
  });

  it('does not move a day across summer time: the days are UTC days', () => {
    const before = process.env.TZ;
    process.env.TZ = 'America/Port-au-Prince';
    try {
      // Haiti's clocks went forward on 9 March 2025 and back on 2 November 2025.
      expect(mondayOf('2025-03-09')).toBe('2025-03-03');
      expect(mondayOf('2025-03-10')).toBe('2025-03-10');
      expect(mondayOf('2025-11-02')).toBe('2025-10-27');
      // A week that gains an hour: counted in local hours, its Sunday would fall a day early.
      expect(weekEnd('2025-10-27')).toBe('2025-11-02');
      expect(addDays('2025-10-27', 7)).toBe('2025-11-03');
      expect(weekAt(spanOf('2025-10-27', '2025-11-10'), 1)).toBe('2025-11-03');
      expect(weekIndex(spanOf('2025-10-27', '2025-11-10'), '2025-11-10')).toBe(2);
      expect(weekCount(spanOf('2025-03-03', '2025-11-03'))).toBe(36);
      expect(weekAt(spanOf('2025-03-03', '2025-11-03'), 35)).toBe('2025-11-03');
    } finally {
      process.env.TZ = before;
    }
  });

  it('knows a Monday from another day and from what is not a date', () => {
    expect(isMonday('2025-03-03')).toBe(true);
    expect(isMonday('2025-03-04')).toBe(false);
    expect(isMonday('2025-02-30')).toBe(false);
    expect(isMonday('monday')).toBe(false);
  });
});

describe('the span of weeks', () => {
  it('runs from the week of the first day to the week of the last', () => {
    const span = spanOf('2025-02-23', '2025-08-31');
    expect(span).toEqual({ first: '2025-02-17', last: '2025-08-25' });
    expect(weekCount(span)).toBe(28);
    expect(weekIndex(span, '2025-02-17')).toBe(0);
    expect(weekIndex(span, '2025-03-03')).toBe(2);
    expect(weekAt(span, 2)).toBe('2025-03-03');
  });

  it('is one week when both days fall in it, and spans the new year', () => {
    expect(weekCount(spanOf('2025-03-04', '2025-03-09'))).toBe(1);
    const span = spanOf('2024-12-20', '2025-01-10');
    expect(span).toEqual({ first: '2024-12-16', last: '2025-01-06' });
    expect(weekCount(span)).toBe(4);
    expect(weekAt(span, 2)).toBe('2024-12-30');
  });

  it('keeps a step within the span', () => {
    const span = spanOf('2025-02-17', '2025-03-03');
    expect(weekAt(span, -1)).toBe('2025-02-17');
    expect(weekAt(span, 9)).toBe('2025-03-03');
  });
});

describe('a week as the filters’ dates', () => {
  it('is the week’s Monday to Sunday, the other filters kept', () => {
    expect(filtersForWeek({ type: ['killing'], place: 'ouest' }, '2025-03-03')).toEqual({
      type: ['killing'],
      place: 'ouest',
      from: '2025-03-03',
      to: '2025-03-09',
    });
  });

  it('stays within the filters’ own dates in the first and last weeks', () => {
    const filters = { from: '2025-03-05', to: '2025-03-12' };
    expect(filtersForWeek(filters, '2025-03-03')).toEqual({ from: '2025-03-05', to: '2025-03-09' });
    expect(filtersForWeek(filters, '2025-03-10')).toEqual({ from: '2025-03-10', to: '2025-03-12' });
  });
});

describe('the week in words and in the URL', () => {
  it('says the week’s days', () => {
    expect(formatDay('2025-03-03')).toBe('3 March 2025');
    expect(formatDay('2025-09-28', true)).toBe('28 Sep 2025');
    expect(weekLabel('2025-03-03')).toBe('Week of 3 March 2025 – 9 March 2025');
    expect(weekLabel('2024-12-30')).toBe('Week of 30 December 2024 – 5 January 2025');
  });

  const span = { first: '2025-02-17', last: '2025-08-25' };

  it('takes a Monday within the span', () => {
    expect(parseWeekParam('2025-03-03', span)).toEqual({ week: '2025-03-03' });
    expect(parseWeekParam('2025-02-17', span)).toEqual({ week: '2025-02-17' });
    expect(parseWeekParam('2025-08-25', span)).toEqual({ week: '2025-08-25' });
  });

  it('means the whole period when there is no week', () => {
    expect(parseWeekParam(undefined, span)).toEqual({ week: null });
    expect(parseWeekParam('', span)).toEqual({ week: null });
  });

  it('reports and ignores a day that is not a Monday, not a date, or out of the span', () => {
    expect(parseWeekParam('2025-03-04', span)).toEqual({
      week: null,
      errors: ['must be a Monday, the first day of a week (4 March 2025 is not)'],
    });
    expect(parseWeekParam('2025-02-30', span).errors).toEqual(['must be a date written YYYY-MM-DD']);
    expect(parseWeekParam('next week', span).errors).toEqual(['must be a date written YYYY-MM-DD']);
    expect(parseWeekParam('2025-02-10', span).errors).toEqual([
      'must be a week from 17 February 2025 to 31 August 2025',
    ]);
    expect(parseWeekParam('2025-09-01', span).week).toBeNull();
    expect(parseWeekParam(['2025-03-03', '2025-03-10'], span).errors).toEqual([
      'give one week, by its Monday (YYYY-MM-DD)',
    ]);
    expect(parseWeekParam('2025-03-03', null).errors).toEqual([
      'no incident matches the other filters, so there is no week to show',
    ]);
  });
});
