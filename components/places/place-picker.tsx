'use client';

import { useId, useMemo, useRef, useState } from 'react';
import { normalizePlaceName } from '@/lib/locations/normalize';
import type { PickerPlace } from '@/lib/locations/queries';

const MAX_SHOWN = 12;

/**
 * Accessible combobox over the gazetteer: "pont sonde", "Pont-Sondé" and "PONT SONDE" all find
 * Pont-Sondé, aliases included. The chosen place's id goes in a hidden field named `name`.
 */
export function PlacePicker({
  name,
  label,
  places,
  defaultId,
  invalid,
  describedBy,
  onPick,
  value,
}: {
  name: string;
  label: string;
  places: PickerPlace[];
  defaultId?: number | null;
  invalid?: boolean;
  describedBy?: string;
  onPick?: (place: PickerPlace | null) => void;
  /** When given, the choice is controlled from outside (e.g. by a click on the map). */
  value?: PickerPlace | null;
}) {
  const id = useId();
  const initial = places.find((p) => p.id === defaultId) ?? null;
  const [chosen, setChosen] = useState<PickerPlace | null>(initial);
  const [text, setText] = useState(initial?.name ?? '');
  const [open, setOpen] = useState(false);
  const closing = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [seen, setSeen] = useState(value);
  // A choice made elsewhere (the map) replaces what is typed here.
  if (value !== undefined && value !== seen) {
    setSeen(value);
    setChosen(value);
    setText(value?.name ?? '');
  }
  const [active, setActive] = useState(0);

  const matches = useMemo(() => {
    const q = normalizePlaceName(text);
    if (!q) return places.slice(0, MAX_SHOWN);
    // Exact name first, then names starting with the text, then a word starting with it, then anywhere.
    const rank = (p: PickerPlace): number => {
      const names = p.search.split('|');
      if (names.includes(q)) return 0;
      if (names.some((n) => n.startsWith(q))) return 1;
      if (names.some((n) => n.includes(` ${q}`))) return 2;
      return names.some((n) => n.includes(q)) ? 3 : 4;
    };
    return places
      .map((p) => ({ p, r: rank(p) }))
      .filter((x) => x.r < 4)
      .sort((a, b) => a.r - b.r || a.p.name.localeCompare(b.p.name, 'fr'))
      .slice(0, MAX_SHOWN)
      .map((x) => x.p);
  }, [text, places]);

  const pick = (p: PickerPlace | null) => {
    setChosen(p);
    setText(p?.name ?? '');
    setOpen(false);
    setSeen(p);
    onPick?.(p);
  };

  const listId = `${id}-list`;
  return (
    <div className="place-picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input type="hidden" name={name} value={chosen?.id ?? ''} />
      <input
        id={`${id}-input`}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && matches[active] ? `${id}-opt-${matches[active].id}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setChosen(null);
          setActive(0);
          setOpen(true);
          setSeen(null);
          onPick?.(null);
        }}
        onFocus={() => {
          if (closing.current) clearTimeout(closing.current);
          setOpen(true);
        }}
        onBlur={() => {
          closing.current = setTimeout(() => setOpen(false), 150);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, matches.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter' && !chosen && text.trim()) {
            // Enter chooses the highlighted match; it never submits a half-typed place.
            e.preventDefault();
            if (matches[active]) pick(matches[active]);
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      {chosen ? (
        <p className="hint">
          {chosen.kind}
          {chosen.context ? ` in ${chosen.context}` : ''}
        </p>
      ) : null}
      <div id={listId} role="listbox" aria-label={`${label}: matches`} hidden={!open || matches.length === 0}>
        {matches.map((p, i) => (
          <div
            key={p.id}
            id={`${id}-opt-${p.id}`}
            role="option"
            tabIndex={-1}
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault();
              pick(p);
            }}
          >
            <strong>{p.name}</strong>{' '}
            <span className="muted">{[p.kind, p.context].filter(Boolean).join(' · ')}</span>
          </div>
        ))}
      </div>
    </div>
  );
}
