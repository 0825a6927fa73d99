/**
 * Paging the reports list by keyset: newest publication first, reports without a publication
 * date after every dated one, ties by id (newest stored first). The cursor names the last report
 * shown, as the timeline's does: "2025-08-06_12" (its publication day and id), or "undated_7".
 * No server imports: the page and any future API parse the same schema.
 */
import { z } from 'zod';
import { isRealDate } from '../dates/iso-date';
import { pageSchema } from '../incidents/filters';

export interface ReportCursor {
  /** YYYY-MM-DD, or null for a report with no publication date. */
  publishedAt: string | null;
  id: number;
}

export function encodeReportCursor(last: ReportCursor): string {
  return `${last.publishedAt ?? 'undated'}_${last.id}`;
}

export function decodeReportCursor(cursor: string): ReportCursor | null {
  const m = /^(\d{4}-\d{2}-\d{2}|undated)_(\d{1,12})$/.exec(cursor);
  if (!m?.[1] || !m[2]) return null;
  if (m[1] !== 'undated' && !isRealDate(m[1])) return null;
  return { publishedAt: m[1] === 'undated' ? null : m[1], id: Number(m[2]) };
}

/**
 * `?cursor=` and `?limit=` (1-200, default 50), as strict as the timeline's: a cursor must be one
 * this list gave. The limit rules are the timeline's own (`pageSchema`).
 */
export const reportPageSchema = pageSchema.extend({
  cursor: z.preprocess(
    (v) => (v === '' || v === null ? undefined : v),
    z
      .string({ error: 'give one cursor' })
      .max(100)
      .refine(
        (c) => decodeReportCursor(c) !== null,
        'is not a cursor this list gave (pass nextCursor as it came)',
      )
      .optional(),
  ),
});
