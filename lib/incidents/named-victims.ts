/**
 * The people the sources name as casualties of one incident, one entry per person: the reader
 * stores them on each casualty claim (CasualtyClaim.persons), so the same officer named by three
 * reports is one person with three sources. Pure: the incident page hands it the claims it has.
 */
import { z } from 'zod';
import { personSchema } from '@/lib/extract/schema';

export interface NamedVictim {
  name: string;
  age: number | null;
  kind: string;
  affiliation: string;
  country: string | null;
  reportIds: number[];
}

interface SourceClaims {
  reportId: number;
  claims: readonly { kind: string; affiliation: string; country: string | null; persons: unknown }[];
}

// Stored JSON is read defensively: a malformed entry is skipped, never shown half-read.
const storedPersons = z.array(z.unknown()).catch([]);

const keyOf = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export function listNamedVictims(sources: readonly SourceClaims[]): NamedVictim[] {
  const byName = new Map<string, NamedVictim>();
  for (const source of sources) {
    for (const claim of source.claims) {
      for (const raw of storedPersons.parse(claim.persons ?? [])) {
        const person = personSchema.safeParse(raw);
        if (!person.success) continue;
        const key = keyOf(person.data.name);
        const known = byName.get(key);
        if (!key) continue;
        if (!known) {
          byName.set(key, {
            name: person.data.name,
            age: person.data.age,
            kind: claim.kind,
            affiliation: claim.affiliation,
            country: claim.country,
            reportIds: [source.reportId],
          });
          continue;
        }
        mergeInto(known, { ...person.data, reportIds: [source.reportId] });
      }
    }
  }
  return mergeSurnames(byName);
}

function mergeInto(known: NamedVictim, other: Pick<NamedVictim, 'name' | 'age' | 'reportIds'>) {
  known.age ??= other.age;
  if (other.name.length > known.name.length) known.name = other.name;
  for (const id of other.reportIds) if (!known.reportIds.includes(id)) known.reportIds.push(id);
}

/** A lone surname ("Kaetuai") is the one full name that ends with it, when only one does. */
function mergeSurnames(byName: Map<string, NamedVictim>): NamedVictim[] {
  const keys = [...byName.keys()];
  for (const key of keys) {
    if (key.includes(' ')) continue;
    const fuller = keys.filter((k) => k.endsWith(` ${key}`));
    const target = fuller.length === 1 && fuller[0] ? byName.get(fuller[0]) : undefined;
    const lone = byName.get(key);
    if (!target || !lone) continue;
    mergeInto(target, lone);
    target.reportIds.sort((a, b) => a - b);
    byName.delete(key);
  }
  return [...byName.values()];
}
