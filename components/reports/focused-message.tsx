'use client';

import { useEffect, useRef } from 'react';

/**
 * The answer to a save, where the editor is looking: each new answer takes the focus (so a
 * screen reader reads it and the keyboard carries on from it) and is scrolled into view, even
 * when the save button sits far from the field that needs attention.
 */
export function FocusedMessage({ state }: { state: { ok?: boolean; message?: string } }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!state.message || !ref.current) return;
    ref.current.focus({ preventScroll: true });
    ref.current.scrollIntoView({ block: 'center' });
  }, [state]);
  if (!state.message) return null;
  return (
    <p
      ref={ref}
      tabIndex={-1}
      className={state.ok ? 'form-ok' : 'form-error'}
      role={state.ok ? 'status' : 'alert'}
    >
      {state.message}
    </p>
  );
}
