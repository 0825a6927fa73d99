/**
 * Two app servers (two store Sqls) on one PostgreSQL database, writing the same incidents at the
 * same moment: the incident locks let one save of a version through and refuse the other, and of
 * two crosswise merges exactly one happens.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IncidentDeletedError, VersionConflictError } from '@/lib/incidents/edit-errors';
import { mergeIncidents } from '@/lib/incidents/merge';
import { saveClaim } from '@/lib/incidents/source-mutations';
import type { Sql } from '@/lib/store/sql';
import { openStoreSql } from '@/lib/store/store-sql';
import { serverUrl } from './helpers/databases';
import { closeEditorStore, editor, openEditorStore, row, sourced, sql, url } from './helpers/editor-store';

describe.skipIf(!serverUrl)('two app servers on one PostgreSQL database', () => {
  beforeAll(openEditorStore);
  afterAll(closeEditorStore);

  let other: Sql;
  beforeAll(async () => {
    other = await openStoreSql(url);
  });
  afterAll(() => other?.close());

  it('let one of two saves made on the same version through: the other meets a conflict', async () => {
    for (let round = 0; round < 5; round++) {
      const { id, reportId, version } = await sourced(`Raced ${round}`, 1);
      const claim = (count: number) => ({
        reportId,
        kind: 'injured' as const,
        count,
        hedge: 'exact' as const,
        affiliation: 'civilian' as const,
        country: null,
      });
      const saves = await Promise.allSettled(
        [sql, other].map((server, i) =>
          saveClaim(server, { incidentId: id, version, input: claim(i + 2), userId: editor }),
        ),
      );
      expect(saves.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      const refused = saves.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(refused.reason).toBeInstanceOf(VersionConflictError);
      const injured = await sql.all(
        `SELECT "count" FROM "CasualtyClaim" WHERE "incidentId" = ? AND "kind" = 'injured'`,
        [id],
      );
      expect(injured).toHaveLength(1);
      expect((await row(id)).version).toBe(version + 1);
    }
  });

  it('merge crosswise once: of A into B and B into A at the same moment, one is refused', async () => {
    for (let round = 0; round < 5; round++) {
      const a = await sourced(`Cross A ${round}`, 1);
      const b = await sourced(`Cross B ${round}`, 2);
      const merges = await Promise.allSettled([
        mergeIncidents(sql, {
          target: { id: a.id, version: a.version },
          others: [{ id: b.id, version: b.version }],
          userId: editor,
        }),
        mergeIncidents(other, {
          target: { id: b.id, version: b.version },
          others: [{ id: a.id, version: a.version }],
          userId: editor,
        }),
      ]);
      expect(merges.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      const refused = merges.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(
        refused.reason instanceof VersionConflictError || refused.reason instanceof IncidentDeletedError,
      ).toBe(true);
      const live = [(await row(a.id)).deletedAt, (await row(b.id)).deletedAt].filter((d) => d === null);
      expect(live).toHaveLength(1);
    }
  });
});
