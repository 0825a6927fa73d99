import 'server-only';
import { z } from 'zod';
import { toIsoDate } from '../dates/iso-date';
import { db } from '../db';
import { type ReaderFlag, readerFlagSchema } from '../extract/schema';

/** Stored JSON is read back through the schema: anything unexpected shows as no flags. */
const storedFlags = z.array(readerFlagSchema).catch([]);

/** A line of the reports list (lib/reports/list-reports.ts). */
export interface ReportListItem {
  id: number;
  title: string;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  incidentCount: number;
}

export interface ReportDetail extends ReportListItem {
  ingestedAt: string;
  text: string;
  publishedEstimated: boolean;
  /** The language the reader found: en, fr, ht, other; null when unknown (older reports, short texts). */
  language: string | null;
  /** What editors' corrections name, so none overwrites another unseen. */
  version: number;
  /** Set when an editor withdrew the report: when, by whom, and why. */
  withdrawn: { at: string; by: string | null; reason: string | null } | null;
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
  // The count is its own indexed query: Prisma's `_count` include groups all of IncidentSource,
  // which made the report page grow with the store (36 ms at 100,000 incidents).
  const [r, incidentCount] = await Promise.all([
    readStoredReport(id),
    db().incidentSource.count({ where: { reportId: id } }),
  ]);
  if (!r) return null;
  return {
    id: r.id,
    version: r.version,
    withdrawn: r.withdrawnAt ? await withdrawalOf(r.id, r.withdrawnAt) : null,
    title: r.title,
    outlet: r.outlet,
    url: r.url,
    publishedAt: r.publishedAt ? toIsoDate(r.publishedAt) : null,
    ingestedAt: r.ingestedAt.toISOString(),
    text: r.text,
    incidentCount,
    publishedEstimated: r.publishedEstimated,
    language: r.language,
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

/** The report with what it supports: its own sources (live incidents), deployments and figures. */
function readStoredReport(id: number) {
  return db().report.findUnique({
    where: { id },
    include: {
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
}

const withdrawalNote = z.object({ reason: z.string().nullable().optional() }).catch({});

async function withdrawalOf(reportId: number, at: Date): Promise<NonNullable<ReportDetail['withdrawn']>> {
  const entry = await db().auditEntry.findFirst({
    where: { entity: 'Report', entityId: reportId, action: 'withdraw' },
    orderBy: { id: 'desc' },
    select: { after: true, user: { select: { name: true } } },
  });
  return {
    at: at.toISOString(),
    by: entry?.user?.name ?? null,
    reason: withdrawalNote.parse(entry?.after).reason ?? null,
  };
}

export async function countStore(): Promise<{ reports: number; incidents: number; locations: number }> {
  const [reports, incidents, locations] = await Promise.all([
    db().report.count({ where: { withdrawnAt: null } }),
    db().incident.count({ where: { deletedAt: null } }),
    db().location.count(),
  ]);
  return { reports, incidents, locations };
}
