/**
 * The incident filters as a Prisma `where`: an independent statement of what each filter means,
 * which the tests hold the app's SQL (lib/stats/filter-sql.ts) and its caches against.
 */
import type { Prisma } from '@/lib/generated/prisma/client';
import type { IncidentFilters } from '@/lib/incidents/filters';
import { foldForSearch } from '@/lib/incidents/search-text';

export function incidentWhere(filters: IncidentFilters): Prisma.IncidentWhereInput {
  const where: Prisma.IncidentWhereInput = { deletedAt: null };
  if (filters.status) where.status = filters.status;
  else where.status = { not: 'rejected' };
  if (filters.from || filters.to) {
    where.date = {
      ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00Z`) } : {}),
      ...(filters.to ? { lte: new Date(`${filters.to}T00:00:00Z`) } : {}),
    };
  }
  if (filters.type?.length) where.type = { in: filters.type };
  if (filters.place) where.location = { path: { contains: `/${filters.place}/` } };
  if (filters.affiliation || filters.kind) {
    // IncidentCasualty has a row wherever a claim of that kind and side exists (it is rewritten
    // with the claims): the same incidents, found through a small primary-key index.
    where.casualties = {
      some: {
        ...(filters.affiliation ? { affiliation: filters.affiliation } : {}),
        ...(filters.kind ? { kind: filters.kind } : {}),
      },
    };
  }
  const q = filters.q ? foldForSearch(filters.q) : '';
  if (q) where.AND = q.split(' ').map((word) => ({ searchText: { contains: word } }));
  return where;
}
