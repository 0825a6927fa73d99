/**
 * `npm run db:copy`'s copier (lib/store/copy-to-postgres.ts): a real SQLite store, seeded with
 * the sample data and users' own rows, copied into a migrated PostgreSQL database reads back
 * through the PostgreSQL Prisma client exactly as through the SQLite one, table by table.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { CopyRefusedError, copyToPostgres, NOT_COPIED } from '@/lib/store/copy-to-postgres';
import {
  type CopiedStore,
  copiedStore,
  migratedPostgresDatabase,
  seededSqliteStore,
} from './helpers/copied-store';
import { connect, createDatabase, releaseAll, serverUrl } from './helpers/databases';

type Row = Record<string, unknown>;
type Delegate = { findMany(): Promise<Row[]>; count(): Promise<number> };

const delegate = (db: Db, model: string) =>
  (db as unknown as Record<string, Delegate>)[model.charAt(0).toLowerCase() + model.slice(1)] as Delegate;

/** Rows in one order on both stores: by id, else by their whole content (composite keys, enums). */
async function rowsOf(db: Db, model: string): Promise<Row[]> {
  const rows = await delegate(db, model).findMany();
  const key = (r: Row) => (typeof r.id === 'number' ? String(r.id).padStart(12, '0') : JSON.stringify(r));
  return rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

const MODELS = Object.values(Prisma.ModelName);

describe.skipIf(!serverUrl)('copying a SQLite store into PostgreSQL', () => {
  let store: CopiedStore;
  beforeAll(async () => {
    store = await copiedStore();
  }, 120_000);
  afterAll(releaseAll);

  it('copies every row of every table, and leaves sessions and login attempts out', async () => {
    expect(store.tables.map((t) => t.table).sort()).toEqual([...MODELS].sort());
    for (const model of MODELS) {
      const sqliteCount = await delegate(store.sqlite.db, model).count();
      const pgCount = await delegate(store.pg, model).count();
      const copied = store.tables.find((t) => t.table === model);
      expect(copied?.rows, model).toBe(sqliteCount);
      expect(pgCount, model).toBe(NOT_COPIED[model] ? 0 : sqliteCount);
    }
    // The sample data is not trivially small: the comparisons below cover real rows.
    expect(await store.pg.incident.count()).toBeGreaterThan(5);
    expect(await store.pg.session.count()).toBe(0);
    expect(await store.sqlite.db.session.count()).toBe(1);
  });

  it('gives back through the PostgreSQL client exactly the rows the SQLite client reads', async () => {
    for (const model of MODELS.filter((m) => !NOT_COPIED[m])) {
      expect(await rowsOf(store.pg, model), model).toEqual(await rowsOf(store.sqlite.db, model));
    }
    // Spot checks of what a wrong conversion would break: JSON, booleans, dates, the counters.
    const audit = await store.pg.auditEntry.findFirstOrThrow({
      where: { user: { email: 'editor@example.org' } },
    });
    expect(audit.before).toMatchObject({ tags: ['a', 'é'], nested: { n: 1.5, ok: true, none: null } });
    const user = await store.pg.user.findFirstOrThrow({ where: { email: 'editor@example.org' } });
    expect(user.mustChangePassword).toBe(true);
    expect(user.lastVisitAt?.toISOString()).toBe('2026-03-01T14:30:12.345Z');
    const versions = await store.pg.storeVersion.findMany({ orderBy: { scope: 'asc' } });
    expect(versions.some((v) => v.version > 0)).toBe(true);
  });

  it('continues every id sequence after the copied rows', async () => {
    const max = await store.pg.report.aggregate({ _max: { id: true } });
    const report = await store.pg.report.create({
      data: { title: 'New', text: 'new', contentHash: 'new-hash' },
    });
    expect(report.id).toBe((max._max.id ?? 0) + 1);
    const maxAudit = await store.pg.auditEntry.aggregate({ _max: { id: true } });
    const entry = await store.pg.auditEntry.create({
      data: { entity: 'Report', entityId: report.id, action: 'create' },
    });
    expect(entry.id).toBe((maxAudit._max.id ?? 0) + 1);
    // The triggers are on again after the copy: the new report bumped the reports counter.
    const before = await store.sqlite.db.storeVersion.findUniqueOrThrow({ where: { scope: 'reports' } });
    const after = await store.pg.storeVersion.findUniqueOrThrow({ where: { scope: 'reports' } });
    expect(after.version).toBe(before.version + 1);
  });

  it('refuses a target that already holds data, and changes nothing in it', async () => {
    const count = await store.pg.incident.count();
    const again = copyToPostgres({ source: store.sqlite.file, target: store.pgUrl });
    await expect(again).rejects.toBeInstanceOf(CopyRefusedError);
    await expect(again).rejects.toThrow(/already holds data \(.*Incident/);
    expect(await store.pg.incident.count()).toBe(count);
  });

  it('refuses a target that is not migrated, and a source behind the code', async () => {
    const bare = await createDatabase();
    await expect(copyToPostgres({ source: store.sqlite.file, target: bare })).rejects.toThrow(/not migrated/);
    const behind = await seededSqliteStore();
    const sql = new Database(behind.file);
    sql
      .prepare(
        `DELETE FROM _prisma_migrations WHERE migration_name = (SELECT max(migration_name) FROM _prisma_migrations)`,
      )
      .run();
    sql.close();
    const target = await migratedPostgresDatabase();
    await expect(copyToPostgres({ source: behind.file, target })).rejects.toThrow(
      /not at this code's version: 1 migration/,
    );
  }, 120_000);

  it('copies a place before the places under it, whatever their ids', async () => {
    const moved = await seededSqliteStore();
    // A region added after the places it now holds: its row comes after theirs in the source.
    const first = await moved.db.location.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const region = await moved.db.location.create({
      data: {
        key: 'z-region',
        name: 'Region',
        normName: 'region',
        kind: 'department',
        lat: 18.5,
        lng: -72.3,
      },
    });
    await moved.db.location.update({ where: { id: first.id }, data: { parentId: region.id } });
    const target = await migratedPostgresDatabase();
    await copyToPostgres({ source: moved.file, target, batchSize: 1 });
    const client = await connect(target);
    const { rows } = await client.query('SELECT "parentId" FROM "Location" WHERE "id" = $1', [first.id]);
    expect(rows).toEqual([{ parentId: region.id }]);
  }, 120_000);

  it('leaves the target as it was when the copy fails part-way (one transaction)', async () => {
    const broken = await seededSqliteStore();
    const sql = new Database(broken.file);
    // AuditEntry comes after Incident, Report and the rest: a bad JSON text fails there.
    sql.prepare(`UPDATE AuditEntry SET "after" = '{not json'`).run();
    sql.close();
    const target = await migratedPostgresDatabase();
    await expect(copyToPostgres({ source: broken.file, target, batchSize: 7 })).rejects.toThrow(
      /copying AuditEntry, rows \d+–\d+: .*json/i,
    );
    const client = await connect(target);
    const counts = await client.query<{ incidents: number; reports: number; versions: number }>(
      `SELECT (SELECT count(*)::int FROM "Incident") AS incidents, (SELECT count(*)::int FROM "Report") AS reports,
              (SELECT max("version")::int FROM "StoreVersion") AS versions`,
    );
    expect(counts.rows[0]).toEqual({ incidents: 0, reports: 0, versions: 0 });
    // Nothing was left disabled either: a write still fires the store's triggers.
    const triggers = await client.query(
      `SELECT 1 FROM pg_trigger WHERE NOT tgisinternal AND tgenabled = 'D'`,
    );
    expect(triggers.rowCount).toBe(0);
    expect(await copyToPostgres({ source: store.sqlite.file, target })).toHaveLength(MODELS.length);
  }, 120_000);
});
