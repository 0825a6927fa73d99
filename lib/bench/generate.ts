/**
 * Builds a synthetic store of N incidents in its own SQLite file: migrated by the project's own
 * path, the built-in gazetteer, ~N/3 reports, 1–4 sources per incident and 0–3 casualty claims
 * per source (figures that sometimes disagree across sources), plus deployments and figures.
 * Written in batches of BATCH incidents per transaction, so memory stays flat at a million.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { applyMigrations } from '../../prisma/engine';
import { createDb } from '../db';
import { refreshIncidentCasualtiesOnSqlite } from '../incidents/casualty-summary';
import { regradeQueued } from '../incidents/regrade';
import { foldForSearch } from '../incidents/search-text';
import { GAZETTEER } from '../locations/gazetteer';
import { installGazetteer } from '../locations/mutations';
import { sqlDateTime } from '../store/sql-values';
import { insertExtras } from './generate-extras';
import { intBetween, type Rng, seededRng, weightedPicker } from './random';
import * as S from './spread';

const BATCH = 5_000;

interface Place {
  id: number;
  name: string;
  kind: string;
  path: string;
  chain: string;
}
interface Fact {
  kind: string;
  affiliation: string;
  country: string | null;
  count: number;
}

export interface GeneratedCounts {
  incidents: number;
  reports: number;
  sources: number;
  claims: number;
  seconds: number;
}

function iso(ms: number): string {
  return sqlDateTime(new Date(ms));
}

function incidentDate(rng: Rng, precision: string): number {
  // sqrt skews towards recent years, as reporting grew.
  const day = Math.floor(Math.sqrt(rng()) * ((S.END_MS - S.START_MS) / S.DAY_MS));
  const d = new Date(S.START_MS + day * S.DAY_MS);
  if (precision === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  if (precision === 'year') return Date.UTC(d.getUTCFullYear(), 0, 1);
  return d.getTime();
}

function facts(rng: Rng): Fact[] {
  return Array.from({ length: intBetween(rng, 0, 3) }, () => {
    const affiliation = S.pickAffiliation(rng);
    return {
      kind: S.pickKind(rng),
      affiliation,
      country: affiliation === 'mss' ? (S.MSS_COUNTRIES[intBetween(rng, 0, 7)] ?? null) : null,
      count: 1 + Math.floor(rng() ** 3 * 25),
    };
  });
}

function loadPlaces(sql: Database.Database): Place[] {
  const rows = sql.prepare('SELECT id, name, kind, path FROM Location').all() as Omit<Place, 'chain'>[];
  return rows.map((r) => ({
    ...r,
    chain: rows
      .filter((p) => r.path.startsWith(p.path))
      .map((p) => p.name)
      .join(' '),
  }));
}

export async function generateStore(
  file: string,
  n: number,
  log: (s: string) => void,
): Promise<GeneratedCounts> {
  const started = performance.now();
  mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  await applyMigrations(file);
  const prisma = createDb(`file:${file}`);
  await installGazetteer(prisma, GAZETTEER);
  await prisma.$disconnect();

  const sql = new Database(file);
  sql.pragma('journal_mode = WAL');
  sql.pragma('synchronous = OFF');
  const rng = seededRng(20_250_223);
  const places = loadPlaces(sql);
  const pickPlace = weightedPicker(places.map((p) => [p, S.placeWeight(p)] as const));
  const now = iso(Date.now());

  const nReports = Math.max(10, Math.ceil(n / 3));
  const span = S.END_MS + 30 * S.DAY_MS - S.START_MS;
  const insertReport = sql.prepare(
    `INSERT INTO Report (title, outlet, url, publishedAt, publishedPrecision, text, contentHash, ingestedAt)
     VALUES (?, ?, ?, ?, 'day', ?, ?, ?)`,
  );
  // Report i is published at START + i/nReports of the span: sources pick reports just after the event.
  const reportBatch = sql.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const outlet = S.OUTLETS[i % S.OUTLETS.length] ?? 'AP';
      const text = `Synthetic report ${i} from ${outlet} on violence in Haiti. `.repeat(4);
      const hash = createHash('sha256').update(`bench-report-${i}`).digest('hex');
      const day = Math.floor(((i / nReports) * span) / S.DAY_MS) * S.DAY_MS;
      insertReport.run(
        `${outlet} report ${i}`,
        outlet,
        `https://example.org/r/${i}`,
        iso(S.START_MS + day),
        text,
        hash,
        now,
      );
    }
  });
  for (let i = 0; i < nReports; i += BATCH * 4) reportBatch(i, Math.min(nReports, i + BATCH * 4));
  const firstReportId = (sql.prepare('SELECT min(id) AS id FROM Report').get() as { id: number }).id;

  const insertIncident = sql.prepare(
    `INSERT INTO Incident (date, datePrecision, type, title, summary, locationId, placePrecision, placeText,
       searchText, status, deletedAt, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertSource = sql.prepare(
    'INSERT INTO IncidentSource (incidentId, reportId, excerpt, createdAt) VALUES (?, ?, ?, ?)',
  );
  const insertClaim = sql.prepare(
    `INSERT INTO CasualtyClaim (incidentId, reportId, kind, count, hedge, affiliation, country, excerpt, createdAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let sources = 0;
  let claims = 0;
  const incidentBatch = sql.transaction((count: number) => {
    const batchIds: number[] = [];
    for (let k = 0; k < count; k++) {
      const precision = S.pickPrecision(rng);
      const date = incidentDate(rng, precision);
      const type = S.pickType(rng);
      const place = pickPlace(rng);
      const title = `${S.TYPE_LABEL[type]} in ${place.name}`;
      const summary = `Reports describe ${type.replace('_', ' ')} in ${place.name}; residents fled the area.`;
      const search = foldForSearch(`${title} ${summary} ${place.name} ${place.chain}`);
      const deleted = rng() < 0.005 ? now : null;
      const id = Number(
        insertIncident.run(
          iso(date),
          precision,
          type,
          title,
          summary,
          place.id,
          S.PLACE_PRECISION[place.kind],
          place.name,
          search,
          S.pickStatus(rng),
          deleted,
          now,
          now,
        ).lastInsertRowid,
      );
      batchIds.push(id);
      const known = facts(rng);
      const base = Math.min(nReports - 1, Math.floor(((date - S.START_MS) / span) * nReports));
      const nSources = intBetween(rng, 1, 4);
      // Distinct reports: near the newest report the offsets are clamped, so distinct offsets alone
      // could name one report twice (a small --n hit that).
      const reportIds = new Set<number>();
      for (let tries = 0; reportIds.size < nSources && tries < 50; tries++) {
        reportIds.add(firstReportId + Math.min(nReports - 1, base + intBetween(rng, 0, 40)));
      }
      for (const reportId of reportIds) {
        insertSource.run(id, reportId, `${title}, according to the report.`, now);
        sources++;
        const told = known.filter(() => rng() < 0.8);
        for (const f of told) {
          // Most sources agree; some give another figure, which the app reconciles as a dispute.
          const count = rng() < 0.75 ? f.count : Math.max(1, f.count + intBetween(rng, -2, 4));
          insertClaim.run(
            id,
            reportId,
            f.kind,
            count,
            S.pickHedge(rng),
            f.affiliation,
            f.country,
            `${count} ${f.affiliation} ${f.kind}`,
            now,
          );
          claims++;
        }
      }
    }
    // The app keeps per-incident reconciled casualties, and grades, in the same transaction as the claims.
    refreshIncidentCasualtiesOnSqlite(sql, batchIds);
    regradeQueued(sql);
  });
  for (let done = 0; done < n; done += BATCH) {
    incidentBatch(Math.min(BATCH, n - done));
    if (done % (BATCH * 20) === 0)
      log(`  generated ${done.toLocaleString('en')} / ${n.toLocaleString('en')} incidents`);
  }
  insertExtras(sql, rng, { firstReportId, nReports });
  sql.transaction(() => regradeQueued(sql))();
  sql.pragma('wal_checkpoint(TRUNCATE)');
  sql.close();
  return { incidents: n, reports: nReports, sources, claims, seconds: (performance.now() - started) / 1000 };
}
