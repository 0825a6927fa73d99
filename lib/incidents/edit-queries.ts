import 'server-only';
/** What the editing page reads: the stored snapshot, sources, claims and merge candidates. */
import { toIsoDate } from '../dates/iso-date';
import { db } from '../db';
import type { IncidentSnapshot } from './schema';

export async function getIncidentForEdit(id: number) {
  const r = await db().incident.findUnique({
    where: { id },
    include: {
      sources: {
        orderBy: { reportId: 'asc' },
        include: { report: { select: { id: true, title: true, publishedAt: true } } },
      },
      claims: { orderBy: [{ reportId: 'asc' }, { id: 'asc' }] },
      location: { select: { path: true } },
    },
  });
  if (!r) return null;
  const snapshot: IncidentSnapshot = {
    title: r.title,
    summary: r.summary,
    date: toIsoDate(r.date),
    dateEnd: r.dateEnd ? toIsoDate(r.dateEnd) : null,
    datePrecision: r.datePrecision,
    type: r.type,
    locationId: r.locationId,
    placePrecision: r.placePrecision,
    placeText: r.placeText,
    status: r.status,
  };
  return {
    id: r.id,
    version: r.version,
    deleted: r.deletedAt !== null,
    snapshot,
    sources: r.sources.map((s) => ({
      reportId: s.reportId,
      title: s.report.title,
      publishedAt: s.report.publishedAt ? toIsoDate(s.report.publishedAt) : null,
      excerpt: s.excerpt,
    })),
    claims: r.claims.map((c) => ({
      id: c.id,
      reportId: c.reportId,
      kind: c.kind,
      count: c.count,
      hedge: c.hedge,
      affiliation: c.affiliation,
      country: c.country,
    })),
    candidates: await mergeCandidates(r.id, r.date, r.location?.path ?? null),
  };
}

/** Live incidents within two weeks and in the same commune (or anywhere, if unplaced): likely twins. */
async function mergeCandidates(id: number, date: Date, path: string | null) {
  const day = 86_400_000;
  const commune = path?.split('/').filter(Boolean).slice(0, 3) ?? [];
  const rows = await db().incident.findMany({
    where: {
      id: { not: id },
      deletedAt: null,
      date: { gte: new Date(date.getTime() - 14 * day), lte: new Date(date.getTime() + 14 * day) },
      ...(commune.length === 3 ? { location: { path: { startsWith: `/${commune.join('/')}/` } } } : {}),
    },
    select: {
      id: true,
      version: true,
      title: true,
      date: true,
      type: true,
      location: { select: { name: true } },
    },
    orderBy: [{ date: 'asc' }, { id: 'asc' }],
    take: 20,
  });
  return rows.map((c) => ({
    id: c.id,
    version: c.version,
    title: c.title,
    date: toIsoDate(c.date),
    type: c.type,
    place: c.location?.name ?? null,
  }));
}

export type IncidentForEdit = NonNullable<Awaited<ReturnType<typeof getIncidentForEdit>>>;

/**
 * Reports to choose from when citing a new source: the 500 newest, each title cut to what the
 * menu shows, so the page (and the client component's props) stay bounded however many are stored.
 */
export async function listReportChoices() {
  const reports = await db().report.findMany({
    where: { withdrawnAt: null },
    select: { id: true, title: true, publishedAt: true },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: 500,
  });
  return reports.map((r) => ({
    id: r.id,
    title: r.title.slice(0, 80),
    publishedAt: r.publishedAt ? toIsoDate(r.publishedAt) : null,
  }));
}
