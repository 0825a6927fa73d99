import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { FormattedDate } from '@/components/formatted-date';
import { getReport } from '@/lib/reports/queries';

export const dynamic = 'force-dynamic';

const paramsSchema = z.object({ id: z.coerce.number().int().positive() });

async function loadReport(params: Promise<{ id: string }>) {
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const report = await getReport(parsed.data.id);
  if (!report) notFound();
  return report;
}

export async function generateMetadata({ params }: PageProps<'/reports/[id]'>): Promise<Metadata> {
  const report = await loadReport(params);
  return { title: report.title };
}

export default async function ReportPage({ params }: PageProps<'/reports/[id]'>) {
  const report = await loadReport(params);
  return (
    <article className="report">
      <p>
        <Link href="/reports">← All reports</Link>
      </p>
      <h1>{report.title}</h1>
      <dl className="meta-list">
        <dt>Published</dt>
        <dd>{report.publishedAt ? <FormattedDate iso={report.publishedAt} /> : 'unknown'}</dd>
        {report.outlet && (
          <>
            <dt>Outlet</dt>
            <dd>{report.outlet}</dd>
          </>
        )}
        {report.url && (
          <>
            <dt>Original</dt>
            <dd>
              <a href={report.url} rel="noopener noreferrer nofollow" target="_blank">
                {report.url}
              </a>
            </dd>
          </>
        )}
        <dt>Incidents supported</dt>
        <dd>{report.incidentCount}</dd>
      </dl>
      <section aria-labelledby="report-text">
        <h2 id="report-text">Text</h2>
        <div className="report-text">
          {report.text.split(/\n+/).map((para, i) => (
            // Paragraphs have no identity of their own; their order never changes.
            // biome-ignore lint/suspicious/noArrayIndexKey: static text split
            <p key={i}>{para}</p>
          ))}
        </div>
      </section>
    </article>
  );
}
