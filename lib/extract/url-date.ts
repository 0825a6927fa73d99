/**
 * The publication day many news sites write into an article's address:
 * ".../2024/11/14/masses-flee-…", ".../realtime/2024-10-15-haiti-…", ".../20241015/…". Used only
 * when the report's own publication date is unknown, and said so (read-report.ts). A month alone
 * (".../2024/09/…") is not a day and is not used.
 */
import { isRealDate } from '../dates/iso-date';

// Year, month and day as path parts or one dashed or packed token, never inside a longer number.
const SLASHED = /\/(20\d\d)\/(\d{1,2})\/(\d{1,2})(?=\/|$|[?#])/;
const DASHED = /(?<![\d])(20\d\d)-(\d{2})-(\d{2})(?![\d])/;
const PACKED = /\/(20\d\d)(\d{2})(\d{2})(?=\/|$|[?#_-])/;

export function dateInUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    path = parsed.pathname;
  } catch {
    return null;
  }
  for (const re of [SLASHED, DASHED, PACKED]) {
    const m = re.exec(path);
    if (!m) continue;
    const date = `${m[1]}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}`;
    if (isRealDate(date)) return date;
  }
  return null;
}
