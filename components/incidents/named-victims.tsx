import { affiliationLabel } from '@/lib/incidents/labels';
import type { NamedVictim } from '@/lib/incidents/named-victims';
import { SourceLinks } from './source-links';

const KIND_WORDS: Record<string, string> = {
  killed: 'killed',
  injured: 'injured',
  missing: 'missing or kidnapped',
};

/** The people the sources name, with age and side, each linked to the sources that name them. */
export function NamedVictims({
  victims,
  sourceNumber,
}: {
  victims: readonly NamedVictim[];
  sourceNumber: ReadonlyMap<number, number>;
}) {
  if (victims.length === 0) return null;
  return (
    <section aria-labelledby="named-victims">
      <h2 id="named-victims">Named victims</h2>
      <ul className="named-victims">
        {victims.map((v) => (
          <li key={v.name}>
            <strong>{v.name}</strong>
            {v.age !== null && <>, {v.age}</>}
            {' — '}
            {affiliationLabel(v.affiliation, v.country)}, {KIND_WORDS[v.kind] ?? v.kind}{' '}
            <SourceLinks lead="named by" reportIds={v.reportIds} sourceNumber={sourceNumber} />
          </li>
        ))}
      </ul>
    </section>
  );
}
