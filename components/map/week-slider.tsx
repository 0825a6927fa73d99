'use client';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { formatDay, type WeekSpan, weekAt, weekCount, weekEnd, weekIndex, weekLabel } from '@/lib/map/weeks';
import type { HistoryMode } from './use-map-week';
import './week-slider.css';

/**
 * Play's pace: one week about every 1.5 s, counted from when the week is on the map. When the
 * reader asks for less motion (prefers-reduced-motion), half that pace rather than no Play: Play
 * only runs when pressed and stops at a press, nothing pans or zooms (markers appear and go), and
 * fewer changes a second is what the setting asks for; it also leaves the live region time to be read.
 */
const STEP_MS = 1500;
const REDUCED_STEP_MS = 3000;
const stepMs = () =>
  typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
    ? REDUCED_STEP_MS
    : STEP_MS;

/** Keys that move a range input down or to its start: at the first week they change nothing. */
const TO_START = new Set(['Home', 'ArrowLeft', 'ArrowDown', 'PageDown']);

/**
 * The map's time control: a week slider (Monday-based weeks, UTC) over the span the page gives,
 * Previous and Next, Play (a toggle, one week about every 1.5 s, stopping at the last week; never
 * on its own) and "Whole period". What the map shows is said in one polite live region, once its
 * data is in: the week and how many incidents are in view.
 */
export function WeekSlider({
  span,
  week,
  onWeek,
  shown,
  ready,
  failed,
  errors,
}: {
  span: WeekSpan;
  /** The chosen week's Monday, or null for the whole period. */
  week: string | null;
  onWeek: (week: string | null, mode: HistoryMode) => void;
  /** What the map holds now: the week its data is for, and the incidents in view. */
  shown: { week: string | null; count: number };
  /** Whether the map's data is the chosen week's. */
  ready: boolean;
  /** The last request for data failed: Play stops. */
  failed: boolean;
  /** Why the URL's week was not taken (shown until the reader picks a week). */
  errors?: string[];
}) {
  const [playing, setPlaying] = useState(false);
  const [showErrors, setShowErrors] = useState(Boolean(errors?.length));
  const pushedThisPlay = useRef(false);
  const id = useId();
  const last = weekCount(span) - 1;
  const index = week ? weekIndex(span, week) : 0;

  const choose = (next: string | null, mode: HistoryMode = 'push') => {
    setShowErrors(false);
    // Whole period after a bad week in the address: the address loses it too.
    if (next !== week || showErrors) onWeek(next, mode);
  };

  useEffect(() => {
    if (!playing) return;
    // Play has played at the last week; it stops too when a week could not be loaded.
    if (failed || (ready && week && weekIndex(span, week) >= last)) return setPlaying(false);
    // The next step once this week is on the map.
    if (!ready) return;
    const timer = setTimeout(() => {
      // The first step of a play is a history entry (Back returns to where it started), the rest replace it.
      onWeek(
        week ? weekAt(span, weekIndex(span, week) + 1) : span.first,
        pushedThisPlay.current ? 'replace' : 'push',
      );
      pushedThisPlay.current = true;
    }, stepMs());
    return () => clearTimeout(timer);
  }, [playing, failed, ready, week, span, last, onWeek]);

  const togglePlay = () => {
    if (playing) return setPlaying(false);
    pushedThisPlay.current = false;
    // From the whole period or the last week, Play starts over at the first.
    if (!week || index >= last) {
      choose(span.first);
      pushedThisPlay.current = true;
    }
    setPlaying(true);
  };

  const step = (by: 1 | -1) => {
    if (!week) return choose(by === 1 ? span.first : span.last);
    const next = index + by;
    if (next >= 0 && next <= last) choose(weekAt(span, next));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // The whole period sits at the slider's start: a key toward the start would change nothing.
    if (!week && TO_START.has(event.key)) {
      event.preventDefault();
      choose(span.first);
    }
  };

  const count = `${shown.count.toLocaleString('en')} incident${shown.count === 1 ? '' : 's'} in this view`;
  const errorId = `${id}-error`;
  return (
    <section className="map-time" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Time</h2>
      <div className="map-time-slider">
        <label htmlFor={`${id}-week`}>Week</label>
        <input
          id={`${id}-week`}
          type="range"
          min={0}
          max={last}
          step={1}
          value={index}
          className={week ? undefined : 'map-time-whole'}
          aria-valuetext={week ? weekLabel(week) : 'Whole period'}
          aria-describedby={`${id}-note${showErrors ? ` ${errorId}` : ''}`}
          onChange={(e) => choose(weekAt(span, Number(e.currentTarget.value)))}
          onClick={(e) => !week && choose(weekAt(span, Number(e.currentTarget.value)))}
          onKeyDown={onKeyDown}
        />
        <span className="map-time-ends" aria-hidden="true">
          <span>{formatDay(span.first, true)}</span>
          <span>{formatDay(weekEnd(span.last), true)}</span>
        </span>
      </div>
      <div className="map-time-buttons">
        <button type="button" aria-disabled={week !== null && index <= 0} onClick={() => step(-1)}>
          Previous week
        </button>
        <button type="button" aria-pressed={playing} onClick={togglePlay}>
          <span aria-hidden="true" className="map-time-icon">
            {playing ? '❚❚' : '▶\uFE0E'}
          </span>{' '}
          Play
        </button>
        <button type="button" aria-disabled={week !== null && index >= last} onClick={() => step(1)}>
          Next week
        </button>
        <button
          type="button"
          aria-disabled={week === null}
          onClick={() => {
            setPlaying(false);
            choose(null);
          }}
        >
          Whole period
        </button>
      </div>
      <p className="map-time-status" aria-live="polite">
        {shown.week ? weekLabel(shown.week) : 'Whole period'}: {count}
      </p>
      {showErrors && errors?.length ? (
        <p className="field-error" id={errorId}>
          The week in the address {errors.join('; ')}: the map shows the whole period.
        </p>
      ) : null}
      <p className="map-time-note" id={`${id}-note`}>
        A week holds every incident that may have happened in it: one known only to its month is in each week
        of that month.
      </p>
    </section>
  );
}
