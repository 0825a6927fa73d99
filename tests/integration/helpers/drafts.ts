/** Hand-built drafts, so the storing and merging logic is tested apart from the reader. */
import type { IncidentDraft, ReportDraft } from '@/lib/extract/schema';
import { GAZETTEER } from '@/lib/locations/gazetteer';

export function place(key: string): IncidentDraft['place'] {
  const entry = GAZETTEER.find((g) => g.key === key);
  if (!entry) throw new Error(`no gazetteer key ${key}`);
  const precision = entry.kind === 'site' ? 'exact' : entry.kind;
  return {
    key,
    name: entry.name,
    department: null,
    lat: entry.lat,
    lng: entry.lng,
    matchedText: entry.name,
    precision,
  };
}

export function incident(overrides: Partial<IncidentDraft> = {}): IncidentDraft {
  return {
    date: '2025-02-23',
    dateEnd: null,
    datePrecision: 'day',
    dateNote: null,
    type: 'armed_clash',
    title: 'Kenyan MSS officer killed in Ségur-Savien',
    place: place('segur-savien'),
    placeText: null,
    casualties: [],
    persons: [],
    evidence: 'On February 23, 2025, one of our MSS officers was injured.',
    evidenceSpans: [{ from: 0, to: 57 }],
    confidence: 0.9,
    ...overrides,
  };
}

export function killed(
  count: number,
  affiliation: 'mss' | 'police' | 'civilian' | 'gang' = 'mss',
  country: string | null = 'Kenya',
) {
  return {
    kind: 'killed' as const,
    count,
    hedge: 'exact' as const,
    affiliation,
    country,
    persons: [],
    evidence: 'killed',
  };
}

export function draft(overrides: Partial<ReportDraft> = {}): ReportDraft {
  return {
    publishedAt: '2025-02-24',
    publishedAtEstimated: false,
    incidents: [],
    deployments: [],
    milestones: [],
    figures: [],
    warnings: [],
    warningDetails: [],
    ...overrides,
  };
}
