/**
 * The incident filters as a Prisma `where`: an independent statement of what each filter means,
 * which the tests hold the app's SQL (lib/stats/filter-sql.ts) and its caches against.
 */
import { ACTORS } from '@/lib/actors/register';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { IncidentFilters } from '@/lib/incidents/filters';
import { foldForSearch } from '@/lib/incidents/search-text';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const daysBefore = (iso: string, days: number) => new Date(utc(iso).getTime() - days * 86_400_000);

/**
 * Dates overlap, precision by precision: an incident may have happened on any day from its date
 * to its end date, or without one to the end of its week (six days on), month or year.
 */
function endsOnOrAfter(from: string): Prisma.IncidentWhereInput {
  return {
    OR: [
      { dateEnd: { gte: utc(from) } },
      { dateEnd: null, datePrecision: 'day', date: { gte: utc(from) } },
      { dateEnd: null, datePrecision: 'week', date: { gte: daysBefore(from, 6) } },
      { dateEnd: null, datePrecision: 'month', date: { gte: utc(`${from.slice(0, 7)}-01`) } },
      { dateEnd: null, datePrecision: 'year', date: { gte: utc(`${from.slice(0, 4)}-01-01`) } },
    ],
  };
}

export function incidentWhere(
  filters: IncidentFilters & { startsFrom?: string; startsTo?: string; startsBefore?: string },
): Prisma.IncidentWhereInput {
  const where: Prisma.IncidentWhereInput = { deletedAt: null };
  const and: Prisma.IncidentWhereInput[] = [];
  if (filters.status) where.status = filters.status;
  else where.status = { not: 'rejected' };
  if (filters.to) and.push({ date: { lte: utc(filters.to) } });
  if (filters.from) and.push(endsOnOrAfter(filters.from));
  // A part of the store partitioned by when incidents start (lib/aggregates/month-partitions.ts).
  if (filters.startsFrom) and.push({ date: { gte: utc(filters.startsFrom) } });
  if (filters.startsTo) and.push({ date: { lte: utc(filters.startsTo) } });
  if (filters.startsBefore) and.push({ date: { lt: utc(filters.startsBefore) } });
  if (filters.grade?.length) where.grade = { in: filters.grade };
  if (filters.type?.length) where.type = { in: filters.type };
  if (filters.place) where.location = { path: { contains: `/${filters.place}/` } };
  if (filters.affiliation || filters.kind || filters.confirmed) {
    // IncidentCasualty has a row wherever a claim of that kind and side exists (it is rewritten
    // with the claims): the same incidents, found through a small primary-key index.
    where.casualties = {
      some: {
        ...(filters.affiliation ? { affiliation: filters.affiliation } : {}),
        ...(filters.kind ? { kind: filters.kind } : {}),
        ...(filters.confirmed ? { sources: { gte: 2 } } : {}),
      },
    };
  }
  if (filters.actor?.length || filters.actorType?.length || filters.actorRole) {
    where.actorClaims = {
      some: {
        ...(filters.actor?.length ? { OR: filters.actor.flatMap(namedAs) } : {}),
        ...(filters.actorType?.length ? { actorType: { in: filters.actorType } } : {}),
        ...(filters.actorRole ? { role: filters.actorRole } : {}),
      },
    };
  }
  const q = filters.q ? foldForSearch(filters.q) : '';
  if (q) and.push(...q.split(' ').map((word) => ({ searchText: { contains: word } })));
  if (and.length) where.AND = and;
  return where;
}

const monthStart = (month: string) => utc(`${month}-01`);

/**
 * An actor's claims, and for a coalition its members' claims on incidents dated while they
 * belonged to it (walked here from the register's memberOf, independently of the app's SQL).
 */
function namedAs(key: string): Prisma.ActorClaimWhereInput[] {
  const out: Prisma.ActorClaimWhereInput[] = [{ actorKey: key }];
  for (const member of ACTORS)
    for (const m of member.memberOf ?? []) {
      if (m.key !== key) continue;
      const during = { date: { gte: monthStart(m.from), ...(m.to ? { lt: monthStart(m.to) } : {}) } };
      for (const claim of namedAs(member.key)) out.push({ AND: [claim, { incident: during }] });
    }
  return out;
}
