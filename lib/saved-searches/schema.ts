/**
 * A saved search as the timeline's form sends it: a name, and the filters as the query string the
 * timeline was showing. The filters go through the timeline's own schema (parseFilters), so a
 * saved search means exactly what its address means; a filter set with an error is refused rather
 * than saved without the bad part. Zod only, no server imports: the form and the actions share it.
 */
import { z } from 'zod';
import { filtersToQuery, type IncidentFilters, parseFilters, searchParamsRecord } from '../incidents/filters';
import { plainText } from '../validation/plain-text';

export const MAX_NAME_LENGTH = 100;
/** Per user: each one's new-incident count is worked out whenever their list is shown. */
export const MAX_SAVED_SEARCHES = 50;

export const savedSearchNameSchema = plainText()
  .trim()
  .min(1, 'give the search a name')
  .max(MAX_NAME_LENGTH, `must be at most ${MAX_NAME_LENGTH} characters`);

/** A query string ("type=attack&place=artibonite", with or without "?") → the filters it means. */
export function filtersOfQuery(query: string): ReturnType<typeof parseFilters> {
  return parseFilters(searchParamsRecord(new URLSearchParams(query)));
}

/** The one spelling of a filter set, as stored: filtersToQuery without its "?". */
export function canonicalQuery(filters: IncidentFilters): string {
  return filtersToQuery(filters).replace(/^\?/, '');
}

/** A page's query as its address wrote it, paging left out: what "Save this search" sends. */
export function pageSearchQuery(record: Record<string, string | string[]>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    if (key === 'cursor' || key === 'limit') continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  return params.toString();
}

/** "from: must not be after "to"; type: is not a known incident type" */
export function describeFilterErrors(errors: Record<string, string[] | undefined>): string {
  return Object.entries(errors)
    .filter(([, messages]) => messages?.length)
    .map(([field, messages]) => `${field}: ${(messages ?? []).join(', ')}`)
    .join('; ');
}

/** The page's query → its canonical form; refused when any filter in it is not valid. */
export const savedQuerySchema = z
  .string({ error: 'the filters are missing' })
  .max(4_000, 'these filters are too long to save')
  .transform((query, ctx) => {
    const { filters, errors } = filtersOfQuery(query);
    const problems = describeFilterErrors(errors);
    if (problems) {
      ctx.addIssue({
        code: 'custom',
        message: `Some filters are not valid (${problems}). Correct them above, then save.`,
      });
      return z.NEVER;
    }
    return canonicalQuery(filters);
  });

export const savedSearchInputSchema = z.object({
  name: savedSearchNameSchema,
  query: savedQuerySchema,
});

export type ValidSavedSearchInput = z.output<typeof savedSearchInputSchema>;

const searchId = z.coerce.number({ error: 'no saved search named' }).int().positive();

export const renameSavedSearchSchema = z.object({ searchId, name: savedSearchNameSchema });

export const changeSavedSearchSchema = z.object({
  searchId,
  change: z.enum(['delete', 'new-address']),
});
