import 'server-only';
import { toIsoDate } from '../dates/iso-date';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import type { IncidentFilters } from '../incidents/filters';
import { afterKeyset, incidentWhere } from '../incidents/queries';
import { reconcileClaims } from '../incidents/reconcile';
import type { ExportIncident } from './csv';

const BATCH = 500;

function fetchBatch(where: Prisma.IncidentWhereInput, after: { date: Date; id: number } | null) {
  return db().incident.findMany({
    where: afterKeyset(where, after),
    orderBy: [{ date: 'desc' }, { id: 'desc' }],
    take: BATCH,
    include: {
      location: {
        select: { key: true, name: true, kind: true, path: true, lat: true, lng: true, radiusM: true },
      },
      claims: {
        select: { reportId: true, kind: true, affiliation: true, country: true, count: true, hedge: true },
      },
      sources: {
        select: { report: { select: { id: true, title: true, url: true, publishedAt: true } } },
        orderBy: { reportId: 'asc' },
      },
    },
  });
}

/**
 * The filtered incidents, newest first, BATCH at a time by keyset: an export of any size holds
 * one batch in memory, and each batch costs the same however deep it is.
 */
export async function* exportIncidents(filters: IncidentFilters): AsyncGenerator<ExportIncident[]> {
  const places = await db().location.findMany({ select: { key: true, name: true, kind: true } });
  const placeByKey = new Map(places.map((p) => [p.key, p]));
  const ancestor = (path: string | undefined, kind: string) =>
    path
      ?.split('/')
      .filter(Boolean)
      .map((k) => placeByKey.get(k))
      .find((p) => p?.kind === kind)?.name ?? null;
  const where = incidentWhere(filters);
  let after: { date: Date; id: number } | null = null;
  for (;;) {
    const rows = await fetchBatch(where, after);
    if (rows.length === 0) return;
    yield rows.map((r) => ({
      id: r.id,
      date: toIsoDate(r.date),
      dateEnd: r.dateEnd ? toIsoDate(r.dateEnd) : null,
      datePrecision: r.datePrecision,
      type: r.type,
      title: r.title,
      status: r.status,
      placeName: r.location?.name ?? null,
      placeKey: r.location?.key ?? null,
      placeKind: r.location?.kind ?? null,
      placePrecision: r.placePrecision,
      placeText: r.placeText,
      commune: ancestor(r.location?.path, 'commune'),
      department: ancestor(r.location?.path, 'department'),
      lat: r.location?.lat ?? null,
      lng: r.location?.lng ?? null,
      radiusM: r.location?.radiusM ?? null,
      casualties: reconcileClaims(r.claims),
      sources: r.sources.map((s) => ({
        reportId: s.report.id,
        title: s.report.title,
        url: s.report.url,
        publishedAt: s.report.publishedAt ? toIsoDate(s.report.publishedAt) : null,
      })),
    }));
    if (rows.length < BATCH) return;
    const last = rows.at(-1);
    after = last ? { date: last.date, id: last.id } : null;
  }
}
