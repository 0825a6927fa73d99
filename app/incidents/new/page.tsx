import type { Metadata } from 'next';
import { IncidentForm } from '@/components/incidents/editor/incident-form';
import { requirePageRole } from '@/lib/auth/access';
import { listPickerPlaces } from '@/lib/locations/queries';
import { mapTiles } from '@/lib/map/tiles';

export const metadata: Metadata = { title: 'New incident' };

export default async function NewIncidentPage() {
  await requirePageRole('editor', '/incidents/new');
  const places = await listPickerPlaces();
  return (
    <>
      <h1>New incident</h1>
      <p className="lede">
        For an event no stored report describes yet. Link its sources and add casualty claims on the next
        page: every figure must cite a report.
      </p>
      <IncidentForm places={places} tiles={mapTiles()} />
    </>
  );
}
