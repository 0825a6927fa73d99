/**
 * What the sources, taken together, say about an incident's casualties — in the manner of
 * UCDP GED's low / best / high. Each source's figure stays a separate claim; this only reads
 * them. Per kind × affiliation × country:
 *   low  = the smallest figure any source gives,
 *   high = the largest,
 *   best = the median of the sources' figures (the lower middle one when even), so one outlier
 *          source moves neither best nor the agreement count,
 *   agreeing = how many sources give exactly the best figure.
 * When a source gives several figures for the same group (it updated itself), its largest counts.
 */
import type { CasualtyKind } from './match';

export interface ClaimInput {
  reportId: number;
  kind: CasualtyKind;
  affiliation: string;
  country: string | null;
  count: number;
  hedge?: string;
}

export interface ReconciledFigure {
  kind: CasualtyKind;
  affiliation: string;
  country: string | null;
  low: number;
  best: number;
  high: number;
  /** Sources that give a figure for this group. */
  sources: number;
  /** Of those, how many give exactly `best`. */
  agreeing: number;
  disputed: boolean;
  bySource: { reportId: number; count: number; hedge: string }[];
}

const KIND_ORDER: Record<CasualtyKind, number> = { killed: 0, injured: 1, missing: 2 };

export function reconcileClaims(claims: readonly ClaimInput[]): ReconciledFigure[] {
  const groups = new Map<string, ClaimInput[]>();
  for (const claim of claims) {
    const key = `${claim.kind}|${claim.affiliation}|${claim.country ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), claim]);
  }
  const result: ReconciledFigure[] = [];
  for (const group of groups.values()) {
    const perSource = new Map<number, ClaimInput>();
    for (const c of group) {
      const previous = perSource.get(c.reportId);
      if (!previous || c.count > previous.count) perSource.set(c.reportId, c);
    }
    const bySource = [...perSource.values()]
      .map((c) => ({ reportId: c.reportId, count: c.count, hedge: c.hedge ?? 'exact' }))
      .sort((a, b) => a.reportId - b.reportId);
    const counts = bySource.map((s) => s.count).sort((a, b) => a - b);
    const best = counts[Math.floor((counts.length - 1) / 2)] ?? 0;
    const first = group[0] as ClaimInput;
    result.push({
      kind: first.kind,
      affiliation: first.affiliation,
      country: first.country,
      low: counts[0] ?? 0,
      best,
      high: counts[counts.length - 1] ?? 0,
      sources: counts.length,
      agreeing: counts.filter((c) => c === best).length,
      disputed: (counts[0] ?? 0) !== (counts[counts.length - 1] ?? 0),
      bySource,
    });
  }
  return result.sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      a.affiliation.localeCompare(b.affiliation) ||
      (a.country ?? '').localeCompare(b.country ?? ''),
  );
}
