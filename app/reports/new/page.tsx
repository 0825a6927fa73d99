import type { Metadata } from 'next';
import { NewReportWorkflow } from '@/components/reports/new-report-workflow';
import type { PlaceChoice } from '@/components/reports/place-picker';
import { requirePageRole } from '@/lib/auth/access';
import { listPlaceOptions } from '@/lib/locations/queries';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'New report' };

export default async function NewReportPage() {
  await requirePageRole('editor', '/reports/new');
  const options = await listPlaceOptions();
  // The country itself is a valid, if vague, place for an incident.
  const places: PlaceChoice[] = [{ key: 'haiti', name: 'Haiti', kind: 'country', depth: 0 }, ...options];
  return <NewReportWorkflow places={places} />;
}
