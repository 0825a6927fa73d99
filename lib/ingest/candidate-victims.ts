/**
 * The persons named as victims: of a drafted incident (its evidence, with its whole report to learn
 * full names from), and of stored incidents (the excerpt every source keeps, with that source's
 * report). Only looked for when the draft names someone, in two steps, as reading every candidate
 * would cost a fifth of a millisecond each: first the candidates whose excerpts hold one of the
 * draft's surnames (only they can share a name), then every name of the few candidates that would
 * match, since naming other victims can make them another event (differentNamedVictims).
 */
import type { IncidentDraft } from '../extract/schema';
import { dateInterval, type MatchSubject } from '../incidents/match';
import { findVictimNames, foldName } from '../incidents/victim-names';
import type { GazetteerEntry } from '../locations/gazetteer';
import { normalizePlaceName } from '../locations/normalize';
import { idIn } from '../store/dialect';
import type { Sql } from '../store/sql';

const placeNamesOf = new WeakMap<readonly GazetteerEntry[], ReadonlySet<string>>();

/**
 * Every name and alias of the gazetteer, folded: a place is never a person. Kept per gazetteer
 * loaded (folding them all takes 0.8 ms, more than storing a report's matching otherwise costs).
 */
export function placeNames(gazetteer: readonly GazetteerEntry[]): ReadonlySet<string> {
  let names = placeNamesOf.get(gazetteer);
  if (!names) {
    names = new Set(gazetteer.flatMap((g) => [g.name, ...(g.aliases ?? [])].map(normalizePlaceName)));
    placeNamesOf.set(gazetteer, names);
  }
  return names;
}

type Dated = Pick<MatchSubject, 'date' | 'dateEnd' | 'datePrecision'>;

/** The years an incident may fall in; none when it is undated. */
function yearsOf(s: Dated): number[] {
  if (!s.date) return [];
  const [first, last] = dateInterval(s).map((day) => new Date(day * 86_400_000).getUTCFullYear()) as [
    number,
    number,
  ];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

const personNames = (persons: readonly { name: string }[]) =>
  persons.map((p) => foldName(p.name).split(/\s+/).join(' '));

/** Whom a drafted incident names as victims; `text` is its whole report. */
export function draftVictimNames(
  incident: Pick<IncidentDraft, 'evidence' | 'casualties' | 'date' | 'dateEnd' | 'datePrecision'>,
  options: { text: string; placeNames: ReadonlySet<string> },
): string[] {
  const years = incident.date
    ? yearsOf({
        date: incident.date,
        dateEnd: incident.dateEnd,
        datePrecision: incident.datePrecision ?? 'year',
      })
    : [];
  const found = findVictimNames(incident.evidence, {
    context: options.text,
    places: options.placeNames,
    years,
  });
  // The reader's own victims, named with a rank or title ("Constable John Roe").
  const fromReader = personNames(incident.casualties.flatMap((c) => c.persons));
  return [...new Set([...found, ...fromReader])];
}

/**
 * LIKE patterns that find a surname in a stored excerpt whatever its accents ("Heraty", "Hératy"):
 * its vowels are wildcards. Only a pre-filter: the names themselves are then read and compared.
 */
export function surnamePatterns(names: readonly string[]): string[] {
  const surnames = new Set(names.map((n) => n.split(' ').at(-1) ?? '').filter((s) => s.length > 1));
  return [...surnames].map((s) => `%${s.replace(/[aeiouy'’%_\\-]/g, '_')}%`);
}

/**
 * A subquery with a row when `excerpt` holds one of the patterns, given as one JSON parameter
 * (surnamePatterns). SQLite's LIKE ignores ASCII case; PostgreSQL's ILIKE does the same.
 */
export function surnameMatch(sql: Sql, excerpt: string): string {
  return sql.dialect === 'sqlite'
    ? `SELECT 1 FROM json_each(?) "p" WHERE ${excerpt} LIKE "p"."value"`
    : `SELECT 1 FROM json_array_elements_text(CAST(? AS json)) AS "p"("value") WHERE ${excerpt} ILIKE "p"."value"`;
}

interface SourceText {
  incidentId: number;
  reportId: number;
  excerpt: string;
}

/**
 * Names found in stored sources, by report and excerpt (an excerpt only ever grows; a report's text
 * never changes): one famous hostage's name in months of reports would otherwise be read again for
 * every new report (bench:ingest, where one sample names a constable: 13 → 8 ms a report). Kept
 * per gazetteer's place names, which are loaded per store (a transaction's `tx` is a new object
 * each time, so it cannot key the store as the synchronous connection did).
 */
const sourceNamesOf = new WeakMap<ReadonlySet<string>, Map<string, string[]>>();
const SOURCE_NAMES_KEPT = 20_000;

/** Thrown by the lazy context when the names need the report's text, which is then read. */
const NEEDS_TEXT = Symbol('needs the report text');

async function namesOfSource(
  sql: Sql,
  source: SourceText,
  options: { places: ReadonlySet<string>; years: readonly number[] },
): Promise<string[]> {
  const { places, years } = options;
  const sourceNames = sourceNamesOf.get(places) ?? new Map<string, string[]>();
  sourceNamesOf.set(places, sourceNames);
  const key = `${source.reportId}\u0000${years.join(',')}\u0000${source.excerpt}`;
  const cached = sourceNames.get(key);
  if (cached) return cached;
  let names: string[];
  try {
    // Most excerpts name no one by surname alone: the report's text is read only when one does.
    names = findVictimNames(source.excerpt, {
      context: () => {
        throw NEEDS_TEXT;
      },
      places,
      years,
    });
  } catch (error) {
    if (error !== NEEDS_TEXT) throw error;
    const report = await sql.get<{ text: string }>('SELECT "text" FROM "Report" WHERE "id" = ?', [
      source.reportId,
    ]);
    names = findVictimNames(source.excerpt, { context: report?.text ?? '', places, years });
  }
  if (sourceNames.size >= SOURCE_NAMES_KEPT) sourceNames.delete(sourceNames.keys().next().value ?? '');
  sourceNames.set(key, names);
  return names;
}

export interface VictimNameOptions {
  /** The names the draft gives; nothing is read when it gives none. */
  names: readonly string[] | undefined;
  /** Folded place names (placeNames). */
  places: ReadonlySet<string>;
}

/**
 * The stored incidents with the victims they name: those whose sources mention a surname of the
 * draft's names, or, with `matching`, every name of the candidates it accepts.
 */
export async function withVictimNames<T extends { id: number } & Dated>(
  sql: Sql,
  candidates: readonly T[],
  options: VictimNameOptions & { matching?: (candidate: T) => boolean },
): Promise<(T & { victimNames?: string[] })[]> {
  const patterns = surnamePatterns(options.names ?? []);
  const { matching } = options;
  const read = matching ? candidates.filter(matching) : candidates;
  if (patterns.length === 0 || read.length === 0) return [...candidates];
  const ids = idIn(
    '"s"."incidentId"',
    read.map((c) => c.id),
    sql.dialect,
  );
  const sources = await sql.all<SourceText>(
    `SELECT "s"."incidentId", "s"."reportId", "s"."excerpt" FROM "IncidentSource" "s"
     WHERE ${ids.sql} AND (CAST(? AS boolean) OR EXISTS (${surnameMatch(sql, '"s"."excerpt"')}))`,
    [...ids.params, matching !== undefined, JSON.stringify(patterns)],
  );
  const claimIds = idIn(
    '"incidentId"',
    sources.map((s) => s.incidentId),
    sql.dialect,
  );
  const claims = await sql.all<{ incidentId: number; persons: string }>(
    `SELECT "incidentId", "persons" FROM "CasualtyClaim" WHERE "persons" IS NOT NULL AND ${claimIds.sql}`,
    claimIds.params,
  );
  const named = new Map<number, Set<string>>();
  const add = (id: number, names: string[]) => {
    const set = named.get(id) ?? new Set<string>();
    for (const n of names) set.add(n);
    named.set(id, set);
  };
  const yearsById = new Map(read.map((c) => [c.id, yearsOf(c)]));
  for (const s of sources) {
    add(
      s.incidentId,
      await namesOfSource(sql, s, { places: options.places, years: yearsById.get(s.incidentId) ?? [] }),
    );
  }
  for (const c of claims) add(c.incidentId, personNames(JSON.parse(c.persons) as { name: string }[]));
  return candidates.map((c) => {
    const names = named.get(c.id);
    return names ? { ...c, victimNames: [...names] } : c;
  });
}

/** Candidates with the names that share a surname with the draft, then all names of those `matching`. */
export async function withNamesToMatch<T extends { id: number } & Dated>(
  sql: Sql,
  candidates: readonly T[],
  options: VictimNameOptions & { matching: (candidate: T) => boolean },
): Promise<(T & { victimNames?: string[] })[]> {
  const mentioning = await withVictimNames(sql, candidates, { names: options.names, places: options.places });
  return withVictimNames(sql, mentioning, options);
}
