/**
 * PostgreSQL only (lib/store/sql-postgres.ts): a transaction that loses a deadlock (40P01) is
 * rolled back and its whole work run again, so both writers of a crossed pair get through.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { openSql } from '@/lib/store/sql';
import { migratedPostgresDatabase } from './helpers/copied-store';
import { atRelease, releaseAll, serverUrl } from './helpers/databases';

describe.skipIf(!serverUrl)('SQL interface transactions on PostgreSQL', () => {
  afterAll(releaseAll);

  it('runs the work of a deadlock victim again, and both crossed writers commit', async () => {
    const sql = await openSql(await migratedPostgresDatabase());
    atRelease(() => sql.close());
    await sql.run('INSERT INTO "MonthVersion" ("month", "data") VALUES (?, 0), (?, 0)', ['x-a', 'x-b']);
    let firstStep = 0;
    let bothStarted: () => void = () => undefined;
    const barrier = new Promise<void>((resolve) => {
      bothStarted = resolve;
    });
    let attempts = 0;
    // A victim's rollback frees its row, and PostgreSQL may let its immediate re-run take that row
    // before the woken winner does, crossing them again. The re-run here waits until the other
    // writer has committed, so the count below tells the retries, not the server's wake-up order.
    const committed: Record<string, Promise<void>> = {};
    const bump = (first: string, second: string) => {
      let tries = 0;
      return sql.transaction(async (tx) => {
        attempts++;
        if (++tries > 1) await committed[second];
        await tx.run('UPDATE "MonthVersion" SET "data" = "data" + 1 WHERE "month" = ?', [first]);
        if (++firstStep === 2) bothStarted();
        await barrier;
        await tx.run('UPDATE "MonthVersion" SET "data" = "data" + 1 WHERE "month" = ?', [second]);
      });
    };
    committed['x-a'] = bump('x-a', 'x-b');
    committed['x-b'] = bump('x-b', 'x-a');
    await Promise.all(Object.values(committed));
    expect(attempts).toBe(3);
    const rows = await sql.all(
      'SELECT "month", "data" FROM "MonthVersion" WHERE "month" IN (?, ?) ORDER BY "month"',
      ['x-a', 'x-b'],
    );
    expect(rows).toEqual([
      { month: 'x-a', data: 2 },
      { month: 'x-b', data: 2 },
    ]);
  }, 30_000);
});
