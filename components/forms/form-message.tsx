'use client';

import { useEffect, useRef } from 'react';

/**
 * The form-level answer: an alert for refusals and errors, a status for success. A refusal is
 * brought to the editor — focused and scrolled into view — since the button they pressed is
 * often far below it (a conflict, an ended session, "nothing was saved").
 */
export function FormMessage({ state }: { state: { ok?: boolean; message?: string } }) {
  const alert = useRef<HTMLParagraphElement>(null);
  // Each answer is a new object, so the same message given twice is brought forward twice.
  useEffect(() => {
    if (!state.message || state.ok || !alert.current) return;
    alert.current.focus({ preventScroll: true });
    alert.current.scrollIntoView({ block: 'center', behavior: 'instant' });
  }, [state]);
  if (!state.message) return null;
  return state.ok ? (
    <p className="form-ok" role="status">
      {state.message}
    </p>
  ) : (
    <p className="form-error" role="alert" tabIndex={-1} ref={alert}>
      {state.message}
    </p>
  );
}
