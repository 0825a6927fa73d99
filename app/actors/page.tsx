import type { Metadata } from 'next';
import Link from 'next/link';
import { actorTypeHeading } from '@/lib/actors/labels';
import { listActorSummaries } from '@/lib/actors/queries';
import { ACTOR_TYPES } from '@/lib/actors/register';
import { requirePageRole } from '@/lib/auth/access';
import { db } from '@/lib/db';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Actors' };

/** Who acts in Haiti's violence, by kind, with how many incidents the sources name each in. */
export default async function ActorsPage() {
  await requirePageRole('reader', '/actors');
  const summaries = await listActorSummaries(db());
  return (
    <>
      <h1>Actors</h1>
      <p className="muted">
        Armed groups, coalitions, state and international forces, self-defence groups and civilians, as
        reports name them. Counts are incidents a source names the actor in; a coalition counts its member
        groups while they belonged to it.
      </p>
      {ACTOR_TYPES.map((type) => {
        const rows = summaries.filter((s) => s.actor.type === type);
        if (rows.length === 0) return null;
        return (
          <section key={type} aria-labelledby={`type-${type}`}>
            <h2 id={`type-${type}`}>{actorTypeHeading(type)}</h2>
            <div className="table-scroll">
              <table className="actor-table">
                <thead>
                  <tr>
                    <th scope="col">Actor</th>
                    <th scope="col">Incidents as perpetrator</th>
                    <th scope="col">Incidents as target</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map(({ actor, asPerpetrator, asTarget }) => (
                    <tr key={actor.key}>
                      <th scope="row">
                        <Link href={`/actors/${actor.key}`}>{actor.name}</Link>
                      </th>
                      <td>{asPerpetrator}</td>
                      <td>{asTarget}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </>
  );
}
