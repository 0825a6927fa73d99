import 'server-only';
import { toIsoDate } from '../dates/iso-date';
import { db } from '../db';

export interface ReportListItem {
  id: number;
  title: string;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  ingestedAt: string;
  incidentCount: number;
}

export async function listReports(): Promise<ReportListItem[]> {
  const rows = await db().report.findMany({
    orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
    select: {
      id: true,
      title: true,
      outlet: true,
      url: true,
      publishedAt: true,
      ingestedAt: true,
      _count: { select: { sources: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    outlet: r.outlet,
    url: r.url,
    publishedAt: r.publishedAt ? toIsoDate(r.publishedAt) : null,
    ingestedAt: r.ingestedAt.toISOString(),
    incidentCount: r._count.sources,
  }));
}

export interface ReportDetail extends ReportListItem {
  text: string;
}

export async function getReport(id: number): Promise<ReportDetail | null> {
  const r = await db().report.findUnique({
    where: { id },
    include: { _count: { select: { sources: true } } },
  });
  if (!r) return null;
  return {
    id: r.id,
    title: r.title,
    outlet: r.outlet,
    url: r.url,
    publishedAt: r.publishedAt ? toIsoDate(r.publishedAt) : null,
    ingestedAt: r.ingestedAt.toISOString(),
    text: r.text,
    incidentCount: r._count.sources,
  };
}

export async function countStore(): Promise<{ reports: number; incidents: number; locations: number }> {
  const [reports, incidents, locations] = await Promise.all([
    db().report.count(),
    db().incident.count({ where: { deletedAt: null } }),
    db().location.count(),
  ]);
  return { reports, incidents, locations };
}
