/**
 * The map's view in the page's URL (`?view=lat,lng,zoom`), so a link, a reload or Back opens
 * the map where the reader left it. Pure: the page reads it, the map writes it.
 */
import { z } from 'zod';

export interface UrlView {
  lat: number;
  lng: number;
  zoom: number;
}

const viewSchema = z
  .string()
  .regex(/^-?\d{1,3}(\.\d+)?,-?\d{1,3}(\.\d+)?,\d{1,2}(\.\d+)?$/)
  .transform((s) => s.split(',').map(Number))
  .pipe(z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180), z.number().min(0).max(22)]));

/** The view a `view` parameter names, or null when it is missing or not a view. */
export function parseUrlView(value: string | string[] | undefined): UrlView | null {
  const parsed = viewSchema.safeParse(Array.isArray(value) ? value[0] : value);
  if (!parsed.success) return null;
  const [lat, lng, zoom] = parsed.data;
  return { lat, lng, zoom };
}

/** Five decimals of a degree are about a metre: enough, and the URL stays short. */
export function formatUrlView({ lat, lng, zoom }: UrlView): string {
  const r = (v: number, d: number) => String(Math.round(v * 10 ** d) / 10 ** d);
  return `${r(lat, 5)},${r(lng, 5)},${r(zoom, 2)}`;
}

/** `href` with its `view` parameter set to `view`, every other parameter kept. */
export function withUrlView(href: string, view: UrlView): string {
  const url = new URL(href);
  url.searchParams.set('view', formatUrlView(view));
  return `${url.pathname}${url.search}${url.hash}`;
}
