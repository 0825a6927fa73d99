import Link from 'next/link';
import { actorTypeLabel } from '@/lib/actors/labels';
import { actorByKey } from '@/lib/actors/register';
import type { IncidentActor } from '@/lib/incidents/actor-claims';
import { SourceLinks } from './source-links';

function ActorList({
  actors,
  sourceNumber,
}: {
  actors: readonly IncidentActor[];
  sourceNumber: ReadonlyMap<number, number>;
}) {
  return (
    <ul>
      {actors.map((a) => (
        <li key={`${a.key ?? a.name}-${a.country ?? ''}`}>
          <strong>
            {a.key && actorByKey(a.key) ? <Link href={`/actors/${a.key}`}>{a.name}</Link> : a.name}
          </strong>
          {a.country ? ` (${a.country})` : ''} <span className="muted">— {actorTypeLabel(a.type)}</span>{' '}
          <SourceLinks lead="according to" reportIds={a.reportIds} sourceNumber={sourceNumber} />
        </li>
      ))}
    </ul>
  );
}

/** Who did it and who was hit, each with the sources that say so (they may disagree). */
export function IncidentActors({
  actors,
  sourceNumber,
}: {
  actors: readonly IncidentActor[];
  sourceNumber: ReadonlyMap<number, number>;
}) {
  if (actors.length === 0) return null;
  const perpetrators = actors.filter((a) => a.role === 'perpetrator');
  const targets = actors.filter((a) => a.role === 'target');
  return (
    <section aria-labelledby="actors">
      <h2 id="actors">Who</h2>
      <h3>Perpetrators</h3>
      {perpetrators.length ? (
        <ActorList actors={perpetrators} sourceNumber={sourceNumber} />
      ) : (
        <p className="muted">No source says who did it.</p>
      )}
      {targets.length > 0 && (
        <>
          <h3>Targeted or hit</h3>
          <ActorList actors={targets} sourceNumber={sourceNumber} />
        </>
      )}
    </section>
  );
}
