import { actorTypeHeading } from '@/lib/actors/labels';
import { ACTOR_TYPES, ACTORS } from '@/lib/actors/register';

/** The register's actors as a select's options, grouped by kind (for filters and the editor). */
export function ActorOptions() {
  return (
    <>
      {ACTOR_TYPES.map((type) => (
        <optgroup key={type} label={actorTypeHeading(type)}>
          {ACTORS.filter((a) => a.type === type).map((a) => (
            <option key={a.key} value={a.key}>
              {a.name}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}
