/**
 * Stores for the map's tests: the gazetteer, a way to store hand-built drafts through the reader's
 * own path, and many invented incidents at invented places written with plain SQL.
 */

import { seededRng } from '@/lib/bench/random';
import { refreshIncidentCasualties } from '@/lib/incidents/casualty-summary';
import { loadGazetteer } from '@/lib/ingest/gazetteer';
import { storeDraft } from '@/lib/ingest/store-draft';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { installGazetteer } from '@/lib/locations/mutations';
import type { Bbox } from '@/lib/map/types';
import type { Sql, SqlParam } from '@/lib/store/sql';
import { sqlDate, sqlDateTime } from '@/lib/store/sql-values';
import type { draft } from './drafts';
import { createTestDb } from './test-db';

const TYPES = ['armed_clash', 'attack', 'ambush', 'killing', 'gunfire', 'kidnapping'] as const;

export async function setupMapStore() {
  const { db, url, sql: sqlAsync } = await createTestDb();
  await installGazetteer(db, GAZETTEER);
  const gazetteer = await loadGazetteer(sqlAsync);
  let n = 0;
  const store = (d: ReturnType<typeof draft>) =>
    storeDraft(sqlAsync, {
      input: { text: `Report ${++n}`, publishedAt: d.publishedAt },
      draft: d,
      gazetteer,
    });
  return { db, url, sqlAsync, store };
}

/**
 * `count` incidents at `places` generated sites scattered over `area`, each with one report's
 * killed claim of 0–4, written with plain SQL in one transaction (storing them one by one
 * through the reader's path would take minutes). `title` and `placeName` replace the short
 * generated ones (for answers with long texts).
 */
export async function generateIncidents(
  sql: Sql,
  options: {
    count: number;
    places: number;
    area: Bbox;
    seed: number;
    title?: (i: number, type: string) => string;
    placeName?: (p: number) => string;
  },
): Promise<void> {
  const next = seededRng(options.seed);
  const now = sqlDateTime(new Date());
  const newId = async (tx: Sql, text: string, params: SqlParam[]) =>
    Number((await tx.get<{ id: number }>(`${text} RETURNING "id"`, params))?.id);
  await sql.transaction(async (tx) => {
    const ouest = await tx.get<{ id: number }>(`SELECT "id" FROM "Location" WHERE "key" = 'ouest'`);
    const reportId = await newId(
      tx,
      `INSERT INTO "Report" ("title", "text", "contentHash", "ingestedAt", "publishedEstimated")
       VALUES ('generated', 'generated', ?, ?, ?)`,
      [`generated-${options.seed}`, now, false],
    );
    const [w, s, e, n] = options.area;
    const placeIds: number[] = [];
    for (let p = 0; p < options.places; p++) {
      const key = `gen-${options.seed}-${p}`;
      const name = options.placeName?.(p) ?? `Site ${p}`;
      const lat = s + next() * (n - s);
      const lng = w + next() * (e - w);
      placeIds.push(
        await newId(
          tx,
          `INSERT INTO "Location" ("key", "name", "normName", "kind", "parentId", "lat", "lng", "radiusM", "path")
           VALUES (?, ?, ?, 'site', ?, ?, ?, 200, ?)`,
          [key, name, name.toLowerCase(), ouest?.id ?? null, lat, lng, `/haiti/ouest/${key}/`],
        ),
      );
    }
    const added: number[] = [];
    for (let i = 0; i < options.count; i++) {
      const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(next() * 700) * 86_400_000);
      const type = TYPES[Math.floor(next() * TYPES.length)] ?? 'other';
      const title = options.title?.(i, type) ?? `Generated ${type} ${i}`;
      const id = await newId(
        tx,
        `INSERT INTO "Incident" ("date", "datePrecision", "type", "title", "locationId", "placePrecision",
                                 "searchText", "status", "createdAt", "updatedAt")
         VALUES (?, 'day', ?, ?, ?, 'exact', ?, 'draft', ?, ?)`,
        [
          sqlDate(day.toISOString().slice(0, 10)),
          type,
          title,
          placeIds[Math.floor(next() * placeIds.length)] ?? null,
          title.toLowerCase(),
          now,
          now,
        ],
      );
      added.push(id);
      await tx.run(
        `INSERT INTO "CasualtyClaim" ("incidentId", "reportId", "kind", "count", "affiliation", "createdAt")
         VALUES (?, ?, 'killed', ?, 'civilian', ?)`,
        [id, reportId, Math.floor(next() * 5), now],
      );
    }
    // Claims written directly: bring the per-incident summary up to date, as the app does.
    await refreshIncidentCasualties(tx, added);
  });
}
