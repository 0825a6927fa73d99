/**
 * The filter set analysts share by URL. One schema drives the timeline, the map, the charts,
 * the export and the JSON API, so a bookmarked view means the same thing everywhere.
 * Query strings arrive as strings or repeated keys; bad values are reported per field.
 */
import { z } from 'zod';
import { ACTOR_TYPES, actorByKey } from '../actors/register';
import { isoDateSchema, isRealDate } from '../dates/iso-date';
import { affiliationSchema, casualtyKindSchema, incidentTypeSchema } from '../extract/schema';
import { GRADES } from './grade';

/** As the sources tell it: who did it, and who was hit. */
export const ACTOR_ROLES = ['perpetrator', 'target'] as const;

export const reviewStatusSchema = z.enum(['draft', 'reviewed', 'rejected']);

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());

const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => {
    if (v === undefined || v === null || v === '') return undefined;
    const values = (Array.isArray(v) ? v : [v]).flatMap((x) => String(x).split(','));
    return values.map((x) => x.trim()).filter(Boolean);
  }, z.array(item).max(20).optional());

export const incidentFiltersSchema = z
  .object({
    from: optional(isoDateSchema),
    to: optional(isoDateSchema),
    type: list(z.enum(incidentTypeSchema.options, { error: 'is not a known incident type' })),
    /** A gazetteer key: the place and everything within it. */
    place: optional(
      z
        .string()
        .trim()
        .max(100)
        .regex(/^[a-z0-9-]+$/, 'is not a place key'),
    ),
    affiliation: optional(
      z.enum(affiliationSchema.options, { error: `must be one of ${affiliationSchema.options.join(', ')}` }),
    ),
    kind: optional(z.enum(casualtyKindSchema.options, { error: 'must be killed, injured or missing' })),
    status: optional(z.enum(reviewStatusSchema.options, { error: 'must be draft, reviewed or rejected' })),
    q: optional(z.string().trim().max(200, 'must be at most 200 characters')),
    /**
     * Who took part, by the actor register's keys: incidents where a source names one of them (a
     * coalition's member groups too, while they belonged to it). With `actorType` and
     * `actorRole`, one named actor must meet them all.
     */
    actor: list(
      z
        .string()
        .max(60)
        .refine((key) => actorByKey(key) !== undefined, 'is not an actor of the register'),
    ),
    actorType: list(z.enum(ACTOR_TYPES, { error: 'is not a known actor type' })),
    /** How sure we are (lib/incidents/grade.ts): confirmed, fair, weak, contested. */
    grade: list(z.enum(GRADES, { error: `must be one of ${GRADES.join(', ')}` })),
    actorRole: optional(z.enum(ACTOR_ROLES, { error: 'must be perpetrator or target' })),
    /**
     * "Confirmed only": casualty figures two or more sources give, and the incidents that have
     * one. Written confirmed=1 (the form's checkbox); confirmed=0 is the same as leaving it out.
     */
    confirmed: optional(
      z.enum(['0', '1'], { error: 'must be 0 or 1' }).transform((v) => (v === '1' ? true : undefined)),
    ),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'must not be after "to"', path: ['from'] });

export type IncidentFilters = z.infer<typeof incidentFiltersSchema>;

/** Whether the filters ask who took part (which no sum kept per month can answer). */
export const filtersByActor = (f: IncidentFilters) =>
  Boolean(f.actor?.length || f.actorType?.length || f.actorRole);

/** Strict: a cursor must be one this list gave (nextCursor), a limit plain digits from 1 to 200. */
export const pageSchema = z.object({
  cursor: optional(
    z
      .string({ error: 'give one cursor' })
      .max(100)
      .refine((c) => decodeCursor(c) !== null, 'is not a cursor this list gave (pass nextCursor as it came)'),
  ),
  limit: optional(
    z
      .string({ error: 'give one limit' })
      .regex(/^[0-9]{1,3}$/, 'must be a whole number from 1 to 200, written in digits')
      .transform(Number)
      .pipe(z.number().min(1, 'must be at least 1').max(200, 'must be at most 200')),
  ).transform((v) => v ?? 50),
});

/** URLSearchParams or Next's searchParams object → a plain record with repeated keys as arrays. */
export function searchParamsRecord(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): Record<string, string | string[]> {
  if (params instanceof URLSearchParams) {
    const record: Record<string, string | string[]> = {};
    for (const key of new Set(params.keys())) {
      const all = params.getAll(key);
      record[key] = all.length > 1 ? all : (all[0] ?? '');
    }
    return record;
  }
  return Object.fromEntries(
    Object.entries(params).filter((e): e is [string, string | string[]] => e[1] !== undefined),
  );
}

/** Filters → query string (for links that keep the current view). */
export function filtersToQuery(
  filters: IncidentFilters,
  extra: Record<string, string | undefined> = {},
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) params.append(key, v);
    else params.set(key, value === true ? '1' : String(value));
  }
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) params.set(key, value);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Keyset cursor: the day and id of the last incident shown, e.g. "2025-02-23_12". */
export function encodeCursor(date: Date, id: number): string {
  return `${date.toISOString().slice(0, 10)}_${id}`;
}

export function decodeCursor(cursor: string): { date: Date; id: number } | null {
  const m = /^(\d{4}-\d{2}-\d{2})_(\d{1,12})$/.exec(cursor);
  if (!m || !isRealDate(m[1] ?? '')) return null;
  return { date: new Date(`${m[1]}T00:00:00.000Z`), id: Number(m[2]) };
}

/**
 * Parses filters from a query string; a bad field is dropped and reported rather than failing
 * the page, so a mistyped date in a shared link still shows the rest of the view.
 */
export function parseFilters(record: Record<string, string | string[]>): {
  filters: IncidentFilters;
  errors: Record<string, string[] | undefined>;
} {
  const first = incidentFiltersSchema.safeParse(record);
  if (first.success) return { filters: first.data, errors: {} };
  const errors = z.flattenError(first.error).fieldErrors as Record<string, string[] | undefined>;
  const kept = Object.fromEntries(Object.entries(record).filter(([k]) => !errors[k]));
  const second = incidentFiltersSchema.safeParse(kept);
  return { filters: second.success ? second.data : {}, errors };
}
