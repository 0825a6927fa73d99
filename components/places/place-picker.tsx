'use client';

import { useId, useMemo, useState } from 'react';
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
}: {
  name: string;
  label: string;
  places: PickerPlace[];
  defaultId?: number | null;
  invalid?: boolean;
  describedBy?: string;
  onPick?: (place: PickerPlace | null) => void;
}) {
  const id = useId();
  const initial = places.find((p) => p.id === defaultId) ?? null;
  const [chosen, setChosen] = useState<PickerPlace | null>(initial);
  const [text, setText] = useState(initial?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const matches = useMemo(() => {
    const q = normalizePlaceName(text);
    if (!q) return places.slice(0, MAX_SHOWN);
    const starts: PickerPlace[] = [];
    const contains: PickerPlace[] = [];
    for (const p of places) {
      const names = p.search.split('|');
      if (names.some((n) => n.startsWith(q) || n.includes(` ${q}`))) starts.push(p);
      else if (names.some((n) => n.includes(q))) contains.push(p);
    }
    return [...starts, ...contains].slice(0, MAX_SHOWN);
  }, [text, places]);

  const pick = (p: PickerPlace | null) => {
    setChosen(p);
    setText(p?.name ?? '');
    setOpen(false);
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
          onPick?.(null);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, matches.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter' && open && matches[active]) {
            e.preventDefault();
            pick(matches[active]);
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
