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

/** The path part, percent-decoded until stable (so "%252e" is seen as "."); null when undecodable. */
function decodedPath(value: string): string | null {
  let path = value.split(/[?#]/, 1)[0] ?? '';
  for (let i = 0; i < 4; i++) {
    let next: string;
    try {
      next = decodeURIComponent(path);
    } catch {
      return null;
    }
    if (next === path) return path;
    path = next;
  }
  return null;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f\\]/;

/** A single leading "/" not followed by "/" or "\\": a path on this origin, never "//host". */
const isOwnPath = (path: string) => path.startsWith('/') && !/^\/[/\\]/.test(path);

/**
 * Only same-site paths may be returned to after signing in: never another host. The value is
 * checked as decoded (so "/%2e//evil.example" is "/.//evil.example") and resolved as a browser
 * would (which drops tabs and newlines and resolves dot segments, so "/.//evil.example" means
 * "//evil.example"); both the decoded and the resolved path must be a single-slash path.
 */
export function safeReturnPath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || value.length > 2000 || !isOwnPath(value)) return fallback;
  if (UNSAFE_CHARACTERS.test(value)) return fallback;
  const decoded = decodedPath(value);
  if (decoded === null || UNSAFE_CHARACTERS.test(decoded) || !isOwnPath(decoded)) return fallback;
  const base = 'http://return.invalid';
  let url: URL;
  let resolvedDecoded: URL;
  try {
    url = new URL(value, base);
    resolvedDecoded = new URL(decoded, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base || resolvedDecoded.origin !== base) return fallback;
  if (!isOwnPath(url.pathname) || !isOwnPath(resolvedDecoded.pathname)) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
