import Link from 'next/link';
import { ACTORS, type ActorEntry, actorByKey } from '@/lib/actors/register';

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const month = (ym: string) => MONTH.format(new Date(`${ym}-01T00:00:00Z`));
const span = (from: string, to?: string) => (to ? `${month(from)} to ${month(to)}` : `since ${month(from)}`);

/** What the register knows of an actor: its other names, leaders, coalitions and members. */
export function ActorProfile({ actor }: { actor: ActorEntry }) {
  const others = actor.aliases.filter((a) => a !== actor.name);
  const members = ACTORS.flatMap((m) =>
    (m.memberOf ?? []).filter((x) => x.key === actor.key).map((x) => ({ member: m, from: x.from, to: x.to })),
  );
  return (
    <dl className="actor-profile">
      {others.length > 0 && (
        <>
          <dt>Also named</dt>
          <dd>{others.join(', ')}</dd>
        </>
      )}
      {actor.leaders?.length ? (
        <>
          <dt>Leaders reports name</dt>
          <dd>{actor.leaders.join(', ')}</dd>
        </>
      ) : null}
      {actor.memberOf?.length ? (
        <>
          <dt>Member of</dt>
          {actor.memberOf.map((m) => (
            <dd key={m.key}>
              <Link href={`/actors/${m.key}`}>{actorByKey(m.key)?.name ?? m.key}</Link>{' '}
              <span className="muted">({span(m.from, m.to)})</span>
            </dd>
          ))}
        </>
      ) : null}
      {members.length > 0 && (
        <>
          <dt>Members</dt>
          {members.map(({ member, from, to }) => (
            <dd key={member.key}>
              <Link href={`/actors/${member.key}`}>{member.name}</Link>{' '}
              <span className="muted">({span(from, to)})</span>
            </dd>
          ))}
        </>
      )}
    </dl>
  );
}
