/**
 * Filter sets the PostgreSQL read tests render and run: each filter alone, and a few together,
 * so every branch of the shared filters (lib/stats/filter-sql.ts) is in some statement. All but
 * 'wildcards' and 'together' select incidents of the sample reports (tests/postgres/read-equivalence).
 */
import type { IncidentFilters } from '@/lib/incidents/filters';

export const READ_FILTERS: { name: string; filters: IncidentFilters }[] = [
  { name: 'none', filters: {} },
  { name: 'dates', filters: { from: '2025-01-01', to: '2025-06-30' } },
  { name: 'from only', filters: { from: '2025-03-01' } },
  { name: 'to only', filters: { to: '2025-03-01' } },
  { name: 'type', filters: { type: ['attack', 'kidnapping', 'gunfire'] } },
  { name: 'place', filters: { place: 'ouest' } },
  { name: 'side', filters: { affiliation: 'mss', kind: 'killed' } },
  { name: 'confirmed', filters: { confirmed: true } },
  { name: 'actor', filters: { actor: ['mss'], actorRole: 'target' } },
  { name: 'actor type', filters: { actorType: ['armed_group', 'state_force'] } },
  { name: 'search', filters: { q: 'Marc' } },
  { name: 'short word', filters: { q: 'po' } },
  { name: 'wildcards', filters: { q: '50% a_b' } },
  { name: 'grade', filters: { grade: ['confirmed', 'fair'] } },
  { name: 'status', filters: { status: 'draft' } },
  {
    name: 'together',
    filters: {
      from: '2024-06-01',
      to: '2025-12-31',
      type: ['attack'],
      place: 'ouest',
      affiliation: 'civilian',
      actor: ['g9'],
      q: 'port',
    },
  },
];
