import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPostgresUrl, postgresPoolConfig } from '@/lib/store/postgres-config';
import { derivedFiles } from '@/prisma/postgres/generate';
import { postgresSchemaFrom } from '@/prisma/postgres/schema-text';
import { renderTrigger, TRIGGERS } from '@/prisma/postgres/triggers';

describe('the PostgreSQL store files generated from the SQLite ones', () => {
  it.each(derivedFiles().map((f) => [path.relative(process.cwd(), f.path), f.content]))(
    '%s is what `npm run db:postgres:generate` writes (run it after changing prisma/schema.prisma)',
    (file, expected) => {
      expect(readFileSync(file, 'utf8')).toBe(expected);
    },
  );

  it('swaps the provider and the client folder, and adds the trigram index to Incident only', () => {
    const sqlite = readFileSync('prisma/schema.prisma', 'utf8');
    const pg = postgresSchemaFrom(sqlite);
    expect(pg).toMatch(/datasource db \{\s*provider = "postgresql"/);
    expect(pg).toContain('output       = "../../lib/generated/prisma-pg"');
    const incident = pg.slice(pg.indexOf('model Incident {'), pg.indexOf('model IncidentSource {'));
    expect(incident).toContain('@@index([searchText(ops: raw("gin_trgm_ops"))], type: Gin');
    expect(pg.match(/gin_trgm_ops/g)).toHaveLength(1);
    // Nothing else differs: undoing the three changes gives the SQLite schema back.
    const undone = pg
      .replace(/^(\/\/ .*\n){2}/, '')
      .replace(/\n\n {2}\/\/ PostgreSQL only:[\s\S]*?Incident_searchText_trgm_idx"\)/, '')
      .replace('provider = "postgresql"', 'provider = "sqlite"')
      .replace('"../../lib/generated/prisma-pg"', '"../lib/generated/prisma"');
    expect(undone).toBe(sqlite);
  });

  it('fails loudly when the SQLite schema no longer has what it swaps', () => {
    expect(() => postgresSchemaFrom('datasource db {\n  provider = "mysql"\n}\n')).toThrow(
      /no longer matches/,
    );
  });

  it('renders each trigger with its events, watched columns and arguments', () => {
    const sql = TRIGGERS.map(renderTrigger);
    expect(new Set(TRIGGERS.map((t) => t.name)).size).toBe(TRIGGERS.length);
    expect(sql).toContain(
      'CREATE TRIGGER "Report_version_title" AFTER UPDATE OF "title" ON "Report" FOR EACH ROW\n' +
        '  WHEN (OLD."title" IS DISTINCT FROM NEW."title")\n' +
        "  EXECUTE FUNCTION store_version_bump('data');",
    );
    expect(sql).toContain(
      'CREATE TRIGGER "Incident_date_last_insert" BEFORE INSERT ON "Incident" FOR EACH ROW\n' +
        '  EXECUTE FUNCTION incident_date_last();',
    );
  });
});

describe('PostgreSQL connection settings', () => {
  it('tells PostgreSQL URLs from SQLite files', () => {
    expect(isPostgresUrl('postgres://u@h/db')).toBe(true);
    expect(isPostgresUrl('postgresql://u@h:5433/db')).toBe(true);
    expect(isPostgresUrl('file:./data/haiti.db')).toBe(false);
    expect(isPostgresUrl('/var/lib/postgres.db')).toBe(false);
  });

  it('pins every session to UTC, keeps the URL options, and can name another database', () => {
    expect(postgresPoolConfig('postgresql://u:p%40ss@h:5433/app')).toEqual({
      connectionString: 'postgresql://u:p%40ss@h:5433/app',
      options: '-c TimeZone=UTC',
    });
    const other = postgresPoolConfig(
      'postgresql://u@h/app?sslmode=require&options=-c%20search_path%3Dx',
      'shadow',
    );
    expect(other).toEqual({
      connectionString: 'postgresql://u@h/shadow?sslmode=require',
      options: '-c search_path=x -c TimeZone=UTC',
    });
  });
});
