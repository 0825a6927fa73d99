'use client';
import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useState } from 'react';
import { parseWeekParam, type WeekSpan } from '@/lib/map/weeks';

/** A step the reader takes is a history entry; Play's own steps replace one another. */
export type HistoryMode = 'push' | 'replace';

/**
 * The week the map shows (null: the whole period), kept in the URL's `week` parameter so a link
 * reproduces it and Back and Forward step through the weeks seen. Written with the History API,
 * not a navigation: the page is not rendered again, the map asks /api/map for the week. Next's
 * router follows pushState and restores its entries on Back without a request, so the URL as the
 * router has it says the week whenever it changes under the map (Back, Forward, a link to /map).
 */
export function useMapWeek(span: WeekSpan | null, initial: string | null) {
  const [week, setWeekState] = useState(initial);
  const urlWeek = useUrlWeek(span);
  useEffect(() => setWeekState(urlWeek), [urlWeek]);

  const setWeek = useCallback((next: string | null, mode: HistoryMode) => {
    setWeekState(next);
    const url = new URL(window.location.href);
    if (next) url.searchParams.set('week', next);
    else url.searchParams.delete('week');
    const href = `${url.pathname}${url.search}${url.hash}`;
    if (mode === 'push') window.history.pushState(null, '', href);
    else window.history.replaceState(null, '', href);
  }, []);

  return [week, setWeek] as const;
}

/** The week the URL names, checked as the page checks it (a bad one: null, the whole period). */
export function useUrlWeek(span: WeekSpan | null): string | null {
  const values = useSearchParams().getAll('week');
  return parseWeekParam(values.length > 1 ? values : values[0], span).week;
}
