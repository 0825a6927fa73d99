/** What a server action answers a form with: field errors and the values to show again. */
export interface FormState<Values = Record<string, string>> {
  ok?: boolean;
  message?: string;
  // Set when the server refused for want of a session or a role (the values are kept).
  denied?: 'unauthenticated' | 'forbidden';
  errors?: Record<string, string[] | undefined>;
  values?: Partial<Values>;
}

/** FormData's string fields as a plain object (files are not used by our forms). */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = value;
  }
  return values;
}

/**
 * Only same-site paths may be returned to after signing in: never another host. The value is
 * resolved as a browser would (which drops tabs and newlines, so "/\t/evil.example" means
 * "//evil.example") and must stay on our own origin.
 */
export function safeReturnPath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.length > 2000) return fallback;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  const base = 'http://return.invalid';
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
