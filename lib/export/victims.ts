/**
 * The people the sources name among an incident's casualties (CasualtyClaim.persons, as the
 * reader extracts them: [{ name, age }] on the claim that counts them). Each person once, however
 * many sources name them, with an age when any source gives one. Pure.
 */
import { normalizePlaceName } from '../locations/normalize';
import { type Dialect, jsonArrayAgg, jsonText } from '../store/dialect';

export interface NamedVictim {
  name: string;
  age: number | null;
  kind: string;
  affiliation: string;
  country: string | null;
}

/** Per claim with names: [kind, affiliation, country, persons JSON]. */
type PersonsTuple = [string, string, string | null, string | null];

/**
 * `column`: the PERSONS_JSON_COLUMN of an incident; `keep`: whether a kind × side × country group
 * is exported (with "confirmed only", the victims of figures one source gives are left out too).
 */
export function namedVictims(
  column: string,
  keep: (group: { kind: string; affiliation: string; country: string | null }) => boolean,
): NamedVictim[] {
  const victims = new Map<string, NamedVictim>();
  for (const [kind, affiliation, country, persons] of JSON.parse(column) as PersonsTuple[]) {
    if (!persons || !keep({ kind, affiliation, country })) continue;
    for (const p of JSON.parse(persons) as { name: string; age: number | null }[]) {
      const key = normalizePlaceName(p.name);
      const seen = victims.get(key);
      if (!seen) victims.set(key, { name: p.name, age: p.age ?? null, kind, affiliation, country });
      else if (seen.age === null && p.age !== null) seen.age = p.age;
    }
  }
  return [...victims.values()];
}

/** Per incident, the claims that name people (index lookups; few claims have names). */
export const personsJsonColumn = (dialect: Dialect) =>
  `(SELECT ${jsonArrayAgg(`c.kind, c.affiliation, c.country, ${jsonText('c.persons', dialect)}`, dialect, 'c.id')}
   FROM "CasualtyClaim" c WHERE c."incidentId" = i.id AND c.persons IS NOT NULL) AS persons`;
