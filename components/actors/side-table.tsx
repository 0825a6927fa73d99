import { affiliationLabel } from '@/lib/incidents/labels';
import type { SideTotal } from '@/lib/stats/casualties';

const KINDS = ['killed', 'injured', 'missing'] as const;

/** Best figures per side (low–high across sources where they differ), one row per side. */
export function SideTable({ caption, totals }: { caption: string; totals: readonly SideTotal[] }) {
  const sides = [...new Set(totals.map((t) => `${t.affiliation}|${t.country}`))];
  if (sides.length === 0) return <p className="empty">None recorded.</p>;
  const cell = (side: string, kind: (typeof KINDS)[number]) => {
    const t = totals.find((x) => `${x.affiliation}|${x.country}` === side && x.kind === kind);
    if (!t) return '0';
    return t.low === t.high ? String(t.best) : `${t.best} (${t.low}–${t.high})`;
  };
  return (
    <div className="table-scroll">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Among</th>
            {KINDS.map((k) => (
              <th key={k} scope="col">
                {k[0]?.toUpperCase()}
                {k.slice(1)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sides.map((side) => {
            const [affiliation = '', country = ''] = side.split('|');
            return (
              <tr key={side}>
                <th scope="row">{affiliationLabel(affiliation, country || null)}</th>
                {KINDS.map((k) => (
                  <td key={k}>{cell(side, k)}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
