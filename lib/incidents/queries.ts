import { groupActorClaims, type IncidentActor } from './actor-claims';
import type { Grade } from './grade';
import 'server-only';
import { cubeAnswers, cubeCount } from '../aggregates/cube-read';
import { cachedByMonth } from '../aggregates/month-partitions';
import { toIsoDate } from '../dates/iso-date';
import { type Db, db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { incidentFilterSql } from '../stats/filter-sql';
import { queryRows } from '../stats/raw';
import { dialectOf } from '../store/dialect';
import type { IncidentFilters } from './filters';
import { placeIdsIn } from './history';
import { type ReconciledFigure, reconcileClaims } from './reconcile';

export interface IncidentListItem {
  id: number;
  date: string;
  dateEnd: string | null;
  datePrecision: string;
  type: string;
  title: string;
  status: string;
  /** How sure we are (grade.ts), as stored and kept current by regrade.ts. */
  grade: Grade;
  place: { key: string; name: string; kind: string; path: string; radiusM: number } | null;
  placeText: string | null;
  placePrecision: string;
  sourceCount: number;
  casualties: ReconciledFigure[];
  disputed: boolean;
}

const LIST_INCLUDE = {
  location: { select: { key: true, name: true, kind: true, path: true, radiusM: true } },
  claims: {
    select: { reportId: true, kind: true, affiliation: true, country: true, count: true, hedge: true },
  },
} satisfies Prisma.IncidentInclude;

type ListRow = Prisma.IncidentGetPayload<{ include: typeof LIST_INCLUDE }>;

function toListItem(r: ListRow, sourceCount: number): IncidentListItem {
  const casualties = reconcileClaims(r.claims);
  return {
    id: r.id,
    date: toIsoDate(r.date),
    dateEnd: r.dateEnd ? toIsoDate(r.dateEnd) : null,
    datePrecision: r.datePrecision,
    type: r.type,
    title: r.title,
    status: r.status,
    grade: r.grade as Grade,
    place: r.location,
    placeText: r.placeText,
    placePrecision: r.placePrecision,
    sourceCount,
    casualties,
    disputed: casualties.some((c) => c.disputed),
  };
}

export { listIncidents } from './list-incidents';

/**
 * The exact number of incidents matching the filters. Counting reads every matching index entry
 * (~10–100 ms at 100,000 incidents, linear in the store), so the count is made month by month and
 * each month's count cached under that month's counters: after a write, the months it touched
 * are recounted, not the whole store (lib/aggregates/month-partitions.ts).
 */
export function countIncidents(filters: IncidentFilters): Promise<number> {
  return countIncidentsIn(db(), filters);
}

export async function countIncidentsIn(database: Db, filters: IncidentFilters): Promise<number> {
  return cachedByMonth(
    database,
    { key: 'incident-count', filters, scopes: ['places'] },
    async (month, at) => {
      if (cubeAnswers(filters, at, true)) return cubeCount(database, at, filters);
      const where = incidentFilterSql(month, dialectOf(database));
      const [row] = await queryRows<{ n: number }>(
        database,
        `SELECT count(*) AS n FROM "Incident" i WHERE ${where.sql}`,
        where.params,
      );
      return row?.n ?? 0;
    },
    (counts) => counts.reduce((a, b) => a + b, 0),
  );
}

export interface IncidentDetail extends IncidentListItem {
  summary: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  deleted: boolean;
  location: { key: string; name: string; kind: string; lat: number; lng: number; radiusM: number } | null;
  /** The place and every place containing it, from the most specific up. */
  placeChain: { key: string; name: string; kind: string }[];
  sources: {
    reportId: number;
    title: string;
    outlet: string | null;
    url: string | null;
    publishedAt: string | null;
    excerpt: string;
    /** The source says the event did not happen (an editor marked it). */
    denies: boolean;
    claims: {
      kind: string;
      affiliation: string;
      country: string | null;
      count: number;
      hedge: string;
      persons: unknown;
    }[];
  }[];
  /** Who did it and who was hit, each as its sources say (one entry per role and actor). */
  actors: IncidentActor[];
  /** Warnings the reader raised on this incident's evidence in its reports. */
  warnings: { reportId: number; message: string }[];
  history: { at: string; action: string; user: string | null; before: unknown; after: unknown }[];
  /** The names of the places the history mentions, by id. */
  historyPlaces: Record<number, string>;
  /** Where a merged incident went (its sources and claims are there now). */
  mergedInto: { id: number; title: string } | null;
}

interface StoredWarning {
  message: string;
  evidence: string | null;
}

export async function getIncident(id: number): Promise<IncidentDetail | null> {
  const r = await db().incident.findUnique({
    where: { id },
    include: {
      ...LIST_INCLUDE,
      location: {
        select: { key: true, name: true, kind: true, path: true, lat: true, lng: true, radiusM: true },
      },
      claims: { orderBy: { id: 'asc' } },
      actorClaims: { orderBy: { id: 'asc' } },
      sources: {
        orderBy: { report: { publishedAt: 'asc' } },
        include: {
          report: {
            select: { id: true, title: true, outlet: true, url: true, publishedAt: true, warnings: true },
          },
        },
      },
    },
  });
  if (!r) return null;
  const keys = r.location?.path.split('/').filter(Boolean).reverse() ?? [];
  const [chain, history] = await Promise.all([
    db().location.findMany({ where: { key: { in: keys } }, select: { key: true, name: true, kind: true } }),
    db().auditEntry.findMany({
      where: { entity: 'Incident', entityId: id },
      orderBy: { at: 'desc' },
      include: { user: { select: { name: true } } },
    }),
  ]);
  const mergedIntoId = r.deletedAt ? mergeTarget(history) : null;
  const [places, mergedInto] = await Promise.all([
    db().location.findMany({ where: { id: { in: placeIdsIn(history) } }, select: { id: true, name: true } }),
    mergedIntoId === null
      ? null
      : db().incident.findUnique({ where: { id: mergedIntoId }, select: { id: true, title: true } }),
  ]);
  const warnings = r.sources.flatMap((s) =>
    ((s.report.warnings ?? []) as unknown as StoredWarning[])
      .filter((w) => w.evidence && (s.excerpt.includes(w.evidence) || w.evidence.includes(s.excerpt)))
      .map((w) => ({ reportId: s.reportId, message: w.message })),
  );
  return {
    ...toListItem(r, r.sources.length),
    summary: r.summary,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    deleted: r.deletedAt !== null,
    location: r.location,
    placeChain: keys.flatMap((k) => chain.filter((c) => c.key === k)),
    sources: r.sources.map((s) => ({
      reportId: s.reportId,
      title: s.report.title,
      outlet: s.report.outlet,
      url: s.report.url,
      publishedAt: s.report.publishedAt ? toIsoDate(s.report.publishedAt) : null,
      excerpt: s.excerpt,
      denies: s.denies,
      claims: r.claims
        .filter((c) => c.reportId === s.reportId)
        .map((c) => ({
          kind: c.kind,
          affiliation: c.affiliation,
          country: c.country,
          count: c.count,
          hedge: c.hedge,
          persons: c.persons,
        })),
    })),
    actors: groupActorClaims(r.actorClaims),
    warnings,
    history: history.map((h) => ({
      at: h.at.toISOString(),
      action: h.action,
      user: h.user?.name ?? null,
      before: h.before,
      after: h.after,
    })),
    historyPlaces: Object.fromEntries(places.map((p) => [p.id, p.name])),
    mergedInto,
  };
}

/** The incident the latest merge moved this one into (history is newest first). */
function mergeTarget(history: readonly { action: string; after: unknown }[]): number | null {
  const merged = history.find((h) => h.action === 'merged_into');
  const into = (merged?.after as { into?: unknown } | null | undefined)?.into;
  return typeof into === 'number' ? into : null;
}
