import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FormattedDate } from '@/components/formatted-date';
import { IncidentDate } from '@/components/incidents/incident-date';
import { CorrectionForm } from '@/components/reports/correction-form';
import styles from '@/components/reports/corrections.module.css';
import { InboxReviewPanel } from '@/components/reports/inbox-review-panel';
import { StoredChecks } from '@/components/reports/reader-checks';
import { WithdrawReport } from '@/components/reports/withdraw-report';
import { WithdrawnNotice } from '@/components/reports/withdrawn-notice';
import { canRead, currentUser, requirePageRole } from '@/lib/auth/access';
import { hasRole } from '@/lib/auth/roles';
import { parseDecimalId } from '@/lib/http/decimal-id';
import { HEDGE_PREFIX } from '@/lib/incidents/labels';
import { reportReviewState } from '@/lib/reports/inbox';
import { getReport } from '@/lib/reports/queries';
import { withdrawalImpact } from '@/lib/reports/withdrawal-mutations';
import { appSql } from '@/lib/store/app-sql';

export const dynamic = 'force-dynamic';

async function loadReport(params: Promise<{ id: string }>) {
  const id = parseDecimalId((await params).id);
  if (id === null) notFound();
  const report = await getReport(id);
  if (!report) notFound();
  return report;
}

export async function generateMetadata({ params }: PageProps<'/reports/[id]'>): Promise<Metadata> {
  // Metadata renders even for a visitor the page itself turns away: name nothing they may not read.
  if (!(await canRead())) return { title: 'Report' };
  const report = await loadReport(params);
  return { title: report.title };
}

/** The language the reader found, said as an editor needs it. */
const LANGUAGE_LABELS: Record<string, string> = {
  en: 'English',
  fr: 'French',
  ht: 'Haitian Kreyòl (read only in part)',
  other: 'not one the reader reads: enter its incidents by hand',
};

export default async function ReportPage({ params }: PageProps<'/reports/[id]'>) {
  await requirePageRole('reader', `/reports/${(await params).id}`);
  const [report, user] = await Promise.all([loadReport(params), currentUser()]);
  const editor = hasRole(user?.role, 'editor');
  // Whether it waits in the editors' inbox: an editor's concern only, and moot once withdrawn.
  const review = editor && !report.withdrawn ? await reportReviewState(report.id) : null;
  return (
    <article className="report">
      <p>
        <Link href="/reports">← All reports</Link>
      </p>
      <h1>{report.title}</h1>
      {report.withdrawn && <WithdrawnNotice withdrawn={report.withdrawn} />}
      {review && <InboxReviewPanel reportId={report.id} version={report.version} review={review} />}
      <dl className="meta-list">
        <dt>Published</dt>
        <dd>
          {report.publishedAt ? <FormattedDate iso={report.publishedAt} /> : 'unknown'}
          {report.publishedEstimated && <span className="muted"> (estimated from the text)</span>}
        </dd>
        {report.outlet && (
          <>
            <dt>Outlet</dt>
            <dd>{report.outlet}</dd>
          </>
        )}
        {report.language && (
          <>
            <dt>Language</dt>
            <dd>{LANGUAGE_LABELS[report.language] ?? report.language}</dd>
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
      {editor && (
        <section id="report-corrections" className={styles.corrections} aria-label="Corrections">
          {!report.withdrawn && (
            <CorrectionForm
              report={{
                id: report.id,
                version: report.version,
                title: report.title,
                outlet: report.outlet,
                url: report.url,
                publishedAt: report.publishedEstimated ? null : report.publishedAt,
                publishedEstimated: report.publishedEstimated,
              }}
            />
          )}
          <WithdrawReport
            reportId={report.id}
            version={report.version}
            impact={await withdrawalImpact(await appSql(), report.id)}
            withdrawn={report.withdrawn !== null}
          />
        </section>
      )}
      {report.warnings.length > 0 && (
        <section aria-labelledby="report-warnings">
          <h2 id="report-warnings">For an editor to check</h2>
          <ul className="warnings">
            {report.warnings.map((w) => (
              <li key={`${w.code}-${w.message}`}>{w.message}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="report-incidents">
        <h2 id="report-incidents">Incidents this report supports</h2>
        {report.incidents.length === 0 ? (
          <p className="muted">None.</p>
        ) : (
          <ul className="report-incidents">
            {report.incidents.map((i) => (
              <li key={i.id}>
                <IncidentDate date={i.date} dateEnd={i.dateEnd} precision={i.datePrecision} /> —{' '}
                <Link href={`/incidents/${i.id}`}>{i.title}</Link>
                <StoredChecks id={`report-incident-${i.id}`} flags={i.flags} />
                <blockquote>{i.excerpt}</blockquote>
              </li>
            ))}
          </ul>
        )}
      </section>
      {(report.deployments.length > 0 || report.figures.length > 0) && (
        <section aria-labelledby="report-figures">
          <h2 id="report-figures">Deployments and figures it quotes</h2>
          <ul>
            {report.deployments.map((d) => (
              <li key={`d${d.id}`}>
                {d.milestone
                  ? `${d.milestone.replace('_', ' ')}: ${d.date.slice(0, 7)} (${d.country})`
                  : `${d.country} ${d.kind}: ${HEDGE_PREFIX[d.hedge] ?? ''}${d.personnel?.toLocaleString('en')} (${d.date.slice(0, 7)})`}
                <span className="muted"> — “{d.excerpt}”</span>
              </li>
            ))}
            {report.figures.map((f) => (
              <li key={`f${f.id}`}>
                {f.metric} in {f.scope}
                {f.periodLabel ? `, ${f.periodLabel}` : ''}: {HEDGE_PREFIX[f.hedge] ?? ''}
                {f.value.toLocaleString('en')}
                {f.attributedTo ? ` (${f.attributedTo})` : ''}
                <span className="muted"> — “{f.excerpt}”</span>
              </li>
            ))}
          </ul>
        </section>
      )}
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
