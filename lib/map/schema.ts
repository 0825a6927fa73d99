/**
 * Map parameters: the shared incident filters plus the view, `bbox=west,south,east,north`
 * (degrees, WGS84, as in GeoJSON) and `zoom` (0–19, Web Mercator). Both have defaults, the
 * view the Map page opens on, so `/api/map` alone answers something useful.
 */
import { z } from 'zod';
import { incidentFiltersSchema, pageSchema } from '../incidents/filters';
import type { Bbox, MapView } from './types';
import { INITIAL_VIEW } from './views';

const NUMBER = /^-?\d{1,3}(\.\d{1,12})?$/;

export const bboxSchema = z
  .string({ error: 'must be four numbers: west,south,east,north' })
  .trim()
  .transform((v, ctx): Bbox => {
    const parts = v.split(',').map((p) => p.trim());
    if (parts.length !== 4 || !parts.every((p) => NUMBER.test(p))) {
      ctx.addIssue({ code: 'custom', message: 'must be four numbers: west,south,east,north' });
      return z.NEVER;
    }
    const [w, s, e, n] = parts.map(Number) as Bbox;
    const problems = [
      (w < -180 || w > 180 || e < -180 || e > 180) && 'west and east must be longitudes between -180 and 180',
      (s < -90 || s > 90 || n < -90 || n > 90) && 'south and north must be latitudes between -90 and 90',
      w >= e && 'west must be less than east',
      s >= n && 'south must be less than north',
    ].filter((p): p is string => typeof p === 'string');
    for (const message of problems) ctx.addIssue({ code: 'custom', message });
    return problems.length ? z.NEVER : [w, s, e, n];
  });

export const zoomSchema = z
  .string({ error: 'must be a whole number from 0 to 19' })
  .trim()
  .regex(/^\d{1,2}$/, 'must be a whole number from 0 to 19')
  .transform(Number)
  .pipe(z.number().int().min(0, 'must be 0 or more').max(19, 'must be at most 19'));

const withDefault = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

export const mapParamsSchema = incidentFiltersSchema.safeExtend({
  bbox: withDefault(bboxSchema),
  zoom: withDefault(zoomSchema),
});

export type MapParams = z.infer<typeof mapParamsSchema>;

/** Query parameters → filters and view, or the zod error (a 400 for the API). */
export function parseMapParams(
  record: Record<string, string | string[]>,
):
  | { success: true; filters: z.infer<typeof incidentFiltersSchema>; view: MapView }
  | { success: false; error: z.ZodError } {
  const parsed = mapParamsSchema.safeParse(record);
  if (!parsed.success) return { success: false, error: parsed.error };
  const { bbox, zoom, ...filters } = parsed.data;
  return {
    success: true,
    filters,
    view: { bbox: bbox ?? INITIAL_VIEW.bbox, zoom: zoom ?? INITIAL_VIEW.zoom },
  };
}

/** A gazetteer place's key, as the map's place markers carry it (`placeKey`). */
export const placeKeySchema = z
  .string({ error: 'give the key of one place (key=…)' })
  .trim()
  .min(1, { error: 'give the key of one place (key=…)', abort: true })
  .max(100, 'is not a place key')
  .regex(/^[a-z0-9-]+$/, 'is not a place key');

/**
 * The incidents of one place marker: the shared filters, the place's `key`, and the `cursor`
 * the previous page gave (the timeline's keyset cursor). Other parameters (a view) are ignored.
 */
export const placeIncidentsParamsSchema = incidentFiltersSchema.safeExtend({
  key: placeKeySchema,
  cursor: pageSchema.shape.cursor,
});

export function parsePlaceIncidentsParams(record: Record<string, string | string[]>):
  | {
      success: true;
      key: string;
      cursor: string | undefined;
      filters: z.infer<typeof incidentFiltersSchema>;
    }
  | { success: false; error: z.ZodError } {
  const parsed = placeIncidentsParamsSchema.safeParse(record);
  if (!parsed.success) return { success: false, error: parsed.error };
  const { key, cursor, ...filters } = parsed.data;
  return { success: true, key, cursor, filters };
}
