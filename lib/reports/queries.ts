import 'server-only';
import { z } from 'zod';
import { toIsoDate } from '../dates/iso-date';
import { db } from '../db';
import { type ReaderFlag, readerFlagSchema } from '../extract/schema';

/** Stored JSON is read back through the schema: anything unexpected shows as no flags. */
const storedFlags = z.array(readerFlagSchema).catch([]);

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
  publishedEstimated: boolean;
  incidents: {
    id: number;
    title: string;
    date: string;
    dateEnd: string | null;
    datePrecision: string;
    excerpt: string;
    /** What the reader was unsure of about it in this report. */
    flags: ReaderFlag[];
  }[];
  deployments: {
    id: number;
    country: string;
    personnel: number | null;
    hedge: string;
    date: string;
    kind: string;
    milestone: string | null;
    excerpt: string;
  }[];
  figures: {
    id: number;
    metric: string;
    value: number;
    hedge: string;
    periodLabel: string;
    scope: string;
    attributedTo: string | null;
    excerpt: string;
  }[];
  warnings: { code: string; message: string; evidence: string | null }[];
}

export async function getReport(id: number): Promise<ReportDetail | null> {
  const r = await db().report.findUnique({
    where: { id },
    include: {
      _count: { select: { sources: true } },
      sources: {
        where: { incident: { deletedAt: null } },
        include: {
          incident: { select: { id: true, title: true, date: true, dateEnd: true, datePrecision: true } },
        },
        orderBy: { incident: { date: 'asc' } },
      },
      deployments: { orderBy: { date: 'asc' } },
      figures: { orderBy: { id: 'asc' } },
    },
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
    publishedEstimated: r.publishedEstimated,
    incidents: r.sources.map((s) => ({
      id: s.incident.id,
      title: s.incident.title,
      date: toIsoDate(s.incident.date),
      dateEnd: s.incident.dateEnd ? toIsoDate(s.incident.dateEnd) : null,
      datePrecision: s.incident.datePrecision,
      excerpt: s.excerpt,
      flags: s.flags ? storedFlags.parse(s.flags) : [],
    })),
    deployments: r.deployments.map((d) => ({
      id: d.id,
      country: d.country,
      personnel: d.personnel,
      hedge: d.hedge,
      date: toIsoDate(d.date),
      kind: d.kind,
      milestone: d.milestone,
      excerpt: d.excerpt,
    })),
    figures: r.figures.map((f) => ({
      id: f.id,
      metric: f.metric,
      value: f.value,
      hedge: f.hedge,
      periodLabel: f.periodLabel,
      scope: f.scope,
      attributedTo: f.attributedTo,
      excerpt: f.excerpt,
    })),
    warnings: (r.warnings ?? []) as ReportDetail['warnings'],
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
