'use client';

import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react';

/** A claim form's unsaved fields (only those changed), or null when it holds nothing unsaved. */
export type CollectEdits = () => Record<string, string> | null;
type Errors = Record<string, string[] | undefined>;

interface ClaimEdits {
  /** A claim form ("new", or the claim's id) says how to read its unsaved fields. */
  register: (key: string, collect: CollectEdits) => () => void;
  /** Every claim form's unsaved fields, as `claim:<key>:<field>` entries for the one save. */
  collect: () => [string, string][];
  /** The one save's answer, so each claim form shows its own fields' messages. */
  setErrors: (errors: Errors | undefined) => void;
  errorsFor: (key: string) => Errors;
  /** A claim form's own save answered: what the one save said of it is out of date. */
  clearErrors: (key: string) => void;
}

const NONE: Errors = {};
const Context = createContext<ClaimEdits | null>(null);

/**
 * Lets "Save changes" save the claims edited on the page too: each claim form registers how to
 * read what it holds unsaved, and the incident form sends it with its own fields. Without this,
 * a claim edited in its row was dropped without a word when the incident was saved.
 */
export function ClaimEditsProvider({ children }: { children: ReactNode }) {
  const forms = useRef(new Map<string, CollectEdits>());
  const [errors, setErrors] = useState<Errors>(NONE);
  const register = useCallback((key: string, collect: CollectEdits) => {
    forms.current.set(key, collect);
    return () => {
      if (forms.current.get(key) === collect) forms.current.delete(key);
    };
  }, []);
  const collect = useCallback(
    () =>
      [...forms.current].flatMap(([key, read]) =>
        Object.entries(read() ?? {}).map(([field, value]): [string, string] => [
          `claim:${key}:${field}`,
          value,
        ]),
      ),
    [],
  );
  const value = useMemo<ClaimEdits>(
    () => ({
      register,
      collect,
      setErrors: (next) => setErrors(next ?? NONE),
      clearErrors: (key) =>
        setErrors((all) => {
          const prefix = `claim:${key}:`;
          if (!Object.keys(all).some((k) => k.startsWith(prefix))) return all;
          return Object.fromEntries(Object.entries(all).filter(([k]) => !k.startsWith(prefix)));
        }),
      errorsFor: (key) => {
        const prefix = `claim:${key}:`;
        const mine = Object.entries(errors).filter(([k]) => k.startsWith(prefix));
        return mine.length ? Object.fromEntries(mine.map(([k, v]) => [k.slice(prefix.length), v])) : NONE;
      },
    }),
    [register, collect, errors],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** Outside a provider (no incident form on the page), claims are saved one by one only. */
export function useClaimEdits(): ClaimEdits | null {
  return useContext(Context);
}

/** The fields of a claim form, read as the server would receive them (a disabled field is absent). */
export function readClaimForm(form: HTMLFormElement, fields: readonly string[]): Record<string, string> {
  const data = new FormData(form);
  return Object.fromEntries(fields.map((f) => [f, String(data.get(f) ?? '')]));
}
