/**
 * Stores for the map's tests: the gazetteer, a way to store hand-built drafts through the reader's
 * own path, and many invented incidents at invented places written with plain SQL.
 */

import { seededRng } from '@/lib/bench/random';
import { rebuildIncidentCasualties } from '@/lib/incidents/casualty-summary';
import { loadGazetteer } from '@/lib/ingest/gazetteer';
import { storeDraft } from '@/lib/ingest/store-draft';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { installGazetteer } from '@/lib/locations/mutations';
import type { Bbox } from '@/lib/map/types';
import { sqlDate, sqlDateTime } from '@/lib/store/sql-values';
import type { SqlConnection } from '@/lib/store/write-connection';
import type { draft } from './drafts';
import { createTestDb, sqliteConnection } from './test-db';

const TYPES = ['armed_clash', 'attack', 'ambush', 'killing', 'gunfire', 'kidnapping'] as const;

export async function setupMapStore() {
  const { db, url, file, sql: sqlAsync } = await createTestDb();
  await installGazetteer(db, GAZETTEER);
  const gazetteer = await loadGazetteer(sqlAsync);
  let n = 0;
  const store = (d: ReturnType<typeof draft>) =>
    storeDraft(sqlAsync, {
      input: { text: `Report ${++n}`, publishedAt: d.publishedAt },
      draft: d,
      gazetteer,
    });
  return {
    db,
    url,
    /** A synchronous SQLite connection to the store, for SQLite-only tests; throws on PostgreSQL. */
    sql: sqliteConnection(file),
    sqlAsync,
    store,
  };
}

/**
 * `count` incidents at `places` generated sites scattered over `area`, each with one report's
 * killed claim of 0–4, written with plain SQL in one transaction (storing them one by one
 * through the reader's path would take minutes). `title` and `placeName` replace the short
 * generated ones (for answers with long texts).
 */
export function generateIncidents(
  sql: SqlConnection,
  options: {
    count: number;
    places: number;
    area: Bbox;
    seed: number;
    title?: (i: number, type: string) => string;
    placeName?: (p: number) => string;
  },
) {
  const next = seededRng(options.seed);
  const now = sqlDateTime(new Date());
  const ouest = sql.prepare("SELECT id FROM Location WHERE key = 'ouest'").get() as { id: number };
  sql
    .transaction(() => {
      const reportId = Number(
        sql
          .prepare(
            `INSERT INTO Report (title, text, contentHash, ingestedAt, publishedEstimated)
           VALUES ('generated', 'generated', ?, ?, 0)`,
          )
          .run(`generated-${options.seed}`, now).lastInsertRowid,
      );
      const addPlace = sql.prepare(
        `INSERT INTO Location (key, name, normName, kind, parentId, lat, lng, radiusM, path)
       VALUES (?, ?, ?, 'site', ?, ?, ?, 200, ?)`,
      );
      const [w, s, e, n] = options.area;
      const placeIds: number[] = [];
      for (let p = 0; p < options.places; p++) {
        const key = `gen-${options.seed}-${p}`;
        const name = options.placeName?.(p) ?? `Site ${p}`;
        const lat = s + next() * (n - s);
        const lng = w + next() * (e - w);
        placeIds.push(
          Number(
            addPlace.run(key, name, name.toLowerCase(), ouest.id, lat, lng, `/haiti/ouest/${key}/`)
              .lastInsertRowid,
          ),
        );
      }
      const addIncident = sql.prepare(
        `INSERT INTO Incident (date, datePrecision, type, title, locationId, placePrecision, searchText,
                             status, createdAt, updatedAt)
       VALUES (?, 'day', ?, ?, ?, 'exact', ?, 'draft', ?, ?)`,
      );
      const addClaim = sql.prepare(
        `INSERT INTO CasualtyClaim (incidentId, reportId, kind, count, affiliation, createdAt)
       VALUES (?, ?, 'killed', ?, 'civilian', ?)`,
      );
      for (let i = 0; i < options.count; i++) {
        const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(next() * 700) * 86_400_000);
        const type = TYPES[Math.floor(next() * TYPES.length)] ?? 'other';
        const title = options.title?.(i, type) ?? `Generated ${type} ${i}`;
        const id = Number(
          addIncident.run(
            sqlDate(day.toISOString().slice(0, 10)),
            type,
            title,
            placeIds[Math.floor(next() * placeIds.length)] ?? null,
            title.toLowerCase(),
            now,
            now,
          ).lastInsertRowid,
        );
        addClaim.run(id, reportId, Math.floor(next() * 5), now);
      }
      // Claims written directly: bring the per-incident summary up to date, as the app does.
      rebuildIncidentCasualties(sql);
    })
    .immediate();
}
