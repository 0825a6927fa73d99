import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActorsEditor } from '@/components/incidents/editor/actors-editor';
import { ClaimEditsProvider } from '@/components/incidents/editor/claim-edits';
import { ClaimsEditor } from '@/components/incidents/editor/claims-editor';
import { IncidentForm } from '@/components/incidents/editor/incident-form';
import {
  DeleteForm,
  LinkSourceForm,
  MergeForm,
  SplitForm,
} from '@/components/incidents/editor/incident-tools';
import { SourceDenies } from '@/components/incidents/editor/source-denies';
import { requirePageRole } from '@/lib/auth/access';
import { parseDecimalId } from '@/lib/http/decimal-id';
import { getIncidentForEdit, listReportChoices } from '@/lib/incidents/edit-queries';
import { listPickerPlaces } from '@/lib/locations/queries';
import { mapTiles } from '@/lib/map/tiles';

export const metadata: Metadata = { title: 'Edit incident' };

export default async function EditIncidentPage({ params }: PageProps<'/incidents/[id]/edit'>) {
  const raw = await params;
  await requirePageRole('editor', `/incidents/${raw.id}/edit`);
  const id = parseDecimalId(raw.id);
  if (id === null) notFound();
  const [incident, places] = await Promise.all([getIncidentForEdit(id), listPickerPlaces()]);
  if (!incident) notFound();
  const reports = await listReportChoices(String(incident.snapshot.date));
  const ref = { id: incident.id, version: incident.version };
  return (
    <>
      <p>
        <Link href={`/incidents/${incident.id}`}>← Incident #{incident.id}</Link>
      </p>
      <h1>Edit incident #{incident.id}</h1>
      <p className="meta">
        Version {incident.version}. Every change is recorded in the incident’s history with your name.
      </p>
      {incident.deleted ? (
        <>
          <p className="notice">This incident is deleted. Restore it to change it.</p>
          <DeleteForm incident={ref} deleted title={String(incident.snapshot.title)} />
        </>
      ) : (
        <>
          <ClaimEditsProvider>
            <IncidentForm
              places={places}
              incident={{ ...ref, snapshot: incident.snapshot }}
              tiles={mapTiles()}
            />

            <section className="editor-section" aria-labelledby="claims-heading">
              <h2 id="claims-heading">Casualty claims, per source</h2>
              <ClaimsEditor
                incidentId={incident.id}
                version={incident.version}
                claims={incident.claims}
                sources={incident.sources}
              />
            </section>
          </ClaimEditsProvider>

          <section className="editor-section" aria-labelledby="actors-heading">
            <h2 id="actors-heading">Who did it, who was hit, per source</h2>
            <ActorsEditor
              incidentId={incident.id}
              version={incident.version}
              actors={incident.actors}
              sources={incident.sources}
            />
          </section>

          <section className="editor-section" aria-labelledby="sources-heading">
            <h2 id="sources-heading">Sources</h2>
            <ul className="sources">
              {incident.sources.map((s) => (
                <li key={s.reportId}>
                  <Link href={`/reports/${s.reportId}`}>{s.title}</Link>{' '}
                  <span className="muted">{s.publishedAt ?? 'undated'}</span>
                  <blockquote>{s.excerpt}</blockquote>
                  <SourceDenies
                    incidentId={incident.id}
                    version={incident.version}
                    reportId={s.reportId}
                    denies={s.denies}
                  />
                </li>
              ))}
            </ul>
            <h3>Cite another report</h3>
            <LinkSourceForm incident={ref} reports={reports} />
          </section>

          <section className="editor-section" aria-labelledby="merge-heading">
            <h2 id="merge-heading">Merge duplicates into this incident</h2>
            <p className="lede">Their sources and claims move here; they stay in the record as merged.</p>
            <MergeForm incident={ref} candidates={incident.candidates} />
          </section>

          <section className="editor-section" aria-labelledby="split-heading">
            <h2 id="split-heading">Split</h2>
            <SplitForm incident={ref} sources={incident.sources} />
          </section>

          <section className="editor-section" aria-labelledby="delete-heading">
            <h2 id="delete-heading">Delete</h2>
            <p className="lede">
              A deleted incident leaves the timeline, charts and map, but stays in the record and can be
              restored.
            </p>
            <DeleteForm incident={ref} deleted={false} title={String(incident.snapshot.title)} />
          </section>
        </>
      )}
    </>
  );
}
