import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyMigrations, pendingMigrations, readMigrationsList } from '@/prisma/engine';
import { createSqliteTestDb } from './helpers/test-db';

describe('migrations', () => {
  it('applies every committed migration and records it in _prisma_migrations', async () => {
    const { file } = await createSqliteTestDb();
    const committed = (await readMigrationsList()).migrationDirectories.map((d) => d.path);
    const raw = new Database(file, { readonly: true });
    const recorded = raw
      .prepare('SELECT migration_name AS name, finished_at AS finished FROM _prisma_migrations ORDER BY name')
      .all() as { name: string; finished: string | null }[];
    raw.close();
    expect(recorded.map((r) => r.name)).toEqual(committed);
    expect(recorded.every((r) => r.finished !== null)).toBe(true);
  });

  it('leaves the database in WAL mode, and puts a rollback-mode copy (a restored backup) back in it', async () => {
    const { file } = await createSqliteTestDb();
    const mode = () => {
      const c = new Database(file, { readonly: true });
      const m = c.pragma('journal_mode', { simple: true });
      c.close();
      return m;
    };
    expect(mode()).toBe('wal');
    const c = new Database(file);
    c.pragma('journal_mode = DELETE');
    c.close();
    expect(mode()).toBe('delete');
    expect(await applyMigrations(file)).toEqual([]);
    expect(mode()).toBe('wal');
  });

  it('applies nothing the second time', async () => {
    const { file } = await createSqliteTestDb();
    expect(await applyMigrations(file)).toEqual([]);
  });

  it('creates every table of the domain', async () => {
    const { file } = await createSqliteTestDb();
    const raw = new Database(file, { readonly: true });
    const tables = (
      raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
        name: string;
      }[]
    ).map((t) => t.name);
    raw.close();
    expect(tables).toEqual(
      expect.arrayContaining([
        'AuditEntry',
        'CasualtyClaim',
        'Deployment',
        'Figure',
        'Incident',
        'IncidentSource',
        'Location',
        'LocationAlias',
        'Report',
        'Session',
        'User',
      ]),
    );
  });

  it('has nothing to do, and does not fail, while the app holds the database open', async () => {
    const { file } = await createSqliteTestDb();
    const app = new Database(file);
    app.pragma('journal_mode = WAL');
    app.prepare('BEGIN').run();
    app.prepare('SELECT count(*) FROM Report').get();
    try {
      expect(await applyMigrations(file)).toEqual([]);
    } finally {
      app.prepare('COMMIT').run();
      app.close();
    }
  });

  it('sees which committed migrations a database lacks', async () => {
    const { file } = await createSqliteTestDb();
    const committed = (await readMigrationsList()).migrationDirectories.map((d) => d.path);
    expect(pendingMigrations(file, committed)).toEqual([]);
    const raw = new Database(file);
    raw.prepare('DELETE FROM _prisma_migrations WHERE migration_name = ?').run(committed.at(-1));
    raw.close();
    expect(pendingMigrations(file, committed)).toEqual([committed.at(-1)]);
    expect(pendingMigrations(`${file}.absent`, committed)).toEqual(committed);
  });
});
