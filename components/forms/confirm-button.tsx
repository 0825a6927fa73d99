'use client';

import { type ReactNode, useEffect, useId, useRef, useState } from 'react';

export interface Confirmation {
  title: string;
  /** What will happen, in words: what goes, what stays, whether it can be undone. */
  body: ReactNode;
}

/**
 * A submit button that asks first when `confirm` (reading the form as it stands) has a question;
 * null lets the form go at once. The question is asked from the form's own submit event, so a
 * press of Enter in a field asks too; confirming submits with this very button (its name, value
 * and formAction), exactly as a plain button would have.
 */
export function ConfirmButton({
  children,
  confirm,
  confirmLabel,
  cancelLabel = 'Keep it',
  className,
  disabled,
  name,
  value,
  formAction,
}: {
  children: ReactNode;
  confirm: (form: HTMLFormElement) => Confirmation | null;
  confirmLabel: string;
  cancelLabel?: string;
  className?: string;
  disabled?: boolean;
  name?: string;
  value?: string;
  formAction?: (formData: FormData) => void;
}) {
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const confirmed = useRef(false);
  const ask = useRef(confirm);
  ask.current = confirm;
  const [asked, setAsked] = useState<Confirmation | null>(null);

  useEffect(() => {
    const form = button.current?.form;
    if (!form) return;
    // On the form itself, so it runs before React's own submit handling, which a prevented
    // submission stops.
    const onSubmit = (event: SubmitEvent) => {
      // A submission with no submitter (requestSubmit()) goes as if by the first submit button.
      const first = form.querySelector('button[type="submit"]') === button.current;
      const mine = event.submitter === button.current || (!event.submitter && first);
      if (!mine) return;
      if (confirmed.current) {
        confirmed.current = false;
        return;
      }
      const question = ask.current(form);
      if (!question) return;
      event.preventDefault();
      setAsked(question);
    };
    form.addEventListener('submit', onSubmit);
    return () => form.removeEventListener('submit', onSubmit);
  }, []);

  useEffect(() => {
    if (!asked || dialog.current?.open) return;
    dialog.current?.showModal();
    cancel.current?.focus();
  }, [asked]);

  const proceed = () => {
    dialog.current?.close();
    confirmed.current = true;
    button.current?.form?.requestSubmit(button.current);
  };

  return (
    <>
      <button
        ref={button}
        type="submit"
        className={className}
        disabled={disabled}
        name={name}
        value={value}
        formAction={formAction}
      >
        {children}
      </button>
      <dialog
        ref={dialog}
        className="confirm-dialog"
        aria-labelledby={asked ? `${id}-title` : undefined}
        aria-describedby={asked ? `${id}-body` : undefined}
        onClose={() => setAsked(null)}
      >
        {asked ? (
          <>
            <h2 id={`${id}-title`}>{asked.title}</h2>
            <div id={`${id}-body`}>{asked.body}</div>
            <div className="button-row">
              <button type="button" className={className} onClick={proceed}>
                {confirmLabel}
              </button>
              <button
                ref={cancel}
                type="button"
                className="secondary"
                onClick={() => dialog.current?.close()}
              >
                {cancelLabel}
              </button>
            </div>
          </>
        ) : null}
      </dialog>
    </>
  );
}
