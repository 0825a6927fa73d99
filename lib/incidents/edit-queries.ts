import 'server-only';
/** What the editing page reads: the stored snapshot, sources, claims and merge candidates. */
import { toIsoDate } from '../dates/iso-date';
import { type Db, db } from '../db';
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
      actorClaims: {
        orderBy: [{ reportId: 'asc' }, { id: 'asc' }],
        select: { id: true, reportId: true, role: true, name: true, actorType: true, country: true },
      },
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
      denies: s.denies,
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
    actors: r.actorClaims,
    candidates: await mergeCandidates(r.id, r.date, r.location?.path ?? null),
  };
}

/** Live incidents within two weeks and in the same commune (or anywhere, if unplaced): likely twins. */
async function mergeCandidates(id: number, date: Date, path: string | null) {
  const day = 86_400_000;
  const commune = path?.split('/').filter(Boolean).slice(0, 3) ?? [];
  // The commune's places first (a few dozen), then their incidents through the (place, date)
  // index: filtering the two weeks' incidents by their place's path scanned all of them (~30,000
  // at a million incidents: 250 ms).
  const placeIds =
    commune.length === 3
      ? (
          await db().location.findMany({
            where: { path: { startsWith: `/${commune.join('/')}/` } },
            select: { id: true },
          })
        ).map((l) => l.id)
      : null;
  const rows = await db().incident.findMany({
    where: {
      id: { not: id },
      deletedAt: null,
      date: { gte: new Date(date.getTime() - 14 * day), lte: new Date(date.getTime() + 14 * day) },
      ...(placeIds ? { locationId: { in: placeIds } } : {}),
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

/** How many reports the "cite another report" menu offers: the newest, and those around the date. */
export const NEWEST_CHOICES = 20;
export const AFTER_CHOICES = 30;
export const BEFORE_CHOICES = 10;

/**
 * Reports to choose from when citing a new source: the 20 newest (a retrospective report), and
 * the 30 published on or after the incident's date and the 10 just before (the reports about it),
 * newest first, each title cut to what the menu shows — at most 60 however many are stored, and
 * an old incident can still cite the reports of its time.
 */
export async function listReportChoices(incidentDate: string, database: Db = db()) {
  const live = { withdrawnAt: null };
  const select = { id: true, title: true, publishedAt: true } as const;
  const day = new Date(`${incidentDate.slice(0, 10)}T00:00:00.000Z`);
  const [newest, after, before] = await Promise.all([
    database.report.findMany({
      where: live,
      select,
      // Plain DESC: SQLite sorts NULLs last in descending order anyway, and walks the index for it
      // (with an explicit NULLS LAST it sorted every report: 260 ms at 333,000 reports).
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      take: NEWEST_CHOICES,
    }),
    database.report.findMany({
      where: { ...live, publishedAt: { gte: day } },
      select,
      orderBy: [{ publishedAt: 'asc' }, { id: 'asc' }],
      take: AFTER_CHOICES,
    }),
    database.report.findMany({
      where: { ...live, publishedAt: { lt: day } },
      select,
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      take: BEFORE_CHOICES,
    }),
  ]);
  const byId = new Map([...newest, ...after, ...before].map((r) => [r.id, r]));
  return [...byId.values()]
    .sort(
      (a, b) =>
        (b.publishedAt?.getTime() ?? Number.NEGATIVE_INFINITY) -
          (a.publishedAt?.getTime() ?? Number.NEGATIVE_INFINITY) || b.id - a.id,
    )
    .map((r) => ({
      id: r.id,
      title: r.title.slice(0, 80),
      publishedAt: r.publishedAt ? toIsoDate(r.publishedAt) : null,
    }));
}
