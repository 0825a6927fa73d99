/**
 * Who did it, kept per source: the reader's perpetrators and targets are stored with the report
 * that names them, grouped on the incident page, moved by a merge or a split, and removed with a
 * withdrawn report.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeIncidents, splitIncident } from '@/lib/incidents/merge';
import { getIncident } from '@/lib/incidents/queries';
import { ingestReport } from '@/lib/ingest/ingest-report';
import { parseReportFile } from '@/lib/reports/report-file';
import { withdrawReport } from '@/lib/reports/withdrawal-mutations';
import { createUser } from '@/lib/users/mutations';
import { type DraftStore, openDraftStore } from './helpers/draft-store';
import { draft, incident, killed } from './helpers/drafts';

let s: DraftStore;
let editor: number;
const SAMPLES = path.join(__dirname, '..', '..', 'prisma', 'seed', 'reports');

beforeAll(async () => {
  s = await openDraftStore();
  process.env.DATABASE_URL = s.url;
  editor = await createUser(s.sqlAsync, {
    input: {
      email: 'editor@actors.test',
      name: 'Editor',
      role: 'editor',
      password: 'actors editor password',
    },
    actorId: null,
  });
});

const claimsOf = (incidentId: number) =>
  s.sqlAsync.all<{
    role: string;
    actorKey: string | null;
    name: string;
    country: string | null;
    reportId: number;
  }>(
    'SELECT "role", "actorKey", "name", "country", "reportId" FROM "ActorClaim" WHERE "incidentId" = ? ORDER BY "id"',
    [incidentId],
  );

const perpetrator = (key: string | null, name: string, evidence = `${name} attacked.`) => ({
  role: 'perpetrator' as const,
  key,
  name,
  type: 'armed_group' as const,
  country: null,
  evidence,
});

describe('actor claims', () => {
  it('stores the perpetrators and targets the reader found in a sample report, with the report', async () => {
    const file = readdirSync(SAMPLES).find((f) => f.startsWith('003')) as string;
    const report = parseReportFile(readFileSync(path.join(SAMPLES, file), 'utf8'));
    const result = await ingestReport(s.sqlAsync, {
      text: report.body,
      publishedAt: report.publishedAt,
      title: 'Sample 003',
    });
    const ambush = result.incidents.find((i) => i.action === 'created')?.incidentId as number;
    expect(await claimsOf(ambush)).toEqual([
      {
        role: 'perpetrator',
        actorKey: 'unnamed-gang',
        name: 'Gang members (not named)',
        country: null,
        reportId: result.reportId,
      },
      {
        role: 'target',
        actorKey: 'mss',
        name: 'Multinational Security Support (MSS)',
        country: 'Kenya',
        reportId: result.reportId,
      },
    ]);
  });

  it('shows each actor once on the incident, with every source naming it, and each source’s own claim', async () => {
    const first = await s.storeOne({
      date: '2025-05-01',
      actors: [perpetrator('gran-grif', 'Gran Grif')],
      casualties: [killed(2, 'civilian', null)],
    });
    // A second report of the same event blames the same gang, and a third names another.
    await s.store(
      draft({
        publishedAt: '2025-05-01',
        incidents: [
          incident({
            date: '2025-05-01',
            actors: [perpetrator('gran-grif', 'Gran Grif')],
            casualties: [killed(2, 'civilian', null)],
          }),
        ],
      }),
    );
    await s.store(
      draft({
        publishedAt: '2025-05-02',
        incidents: [
          incident({
            date: '2025-05-01',
            actors: [perpetrator(null, 'Savien gang')],
            casualties: [killed(2, 'civilian', null)],
          }),
        ],
      }),
    );
    const page = await getIncident(first);
    expect(page?.sources).toHaveLength(3);
    expect(page?.actors.map((a) => `${a.role}:${a.key ?? a.name}:${a.reportIds.length}`)).toEqual([
      'perpetrator:gran-grif:2',
      'perpetrator:Savien gang:1',
    ]);
  });

  it('follows its report through a merge, a split and a withdrawal', async () => {
    const a = await s.storeOne({
      date: '2025-06-01',
      place: null,
      actors: [perpetrator('kraze-barye', 'Kraze Baryè')],
    });
    const b = await s.storeOne({
      date: '2025-06-20',
      place: null,
      actors: [perpetrator('canaan', 'Canaan gang')],
    });
    expect(a).not.toBe(b);
    const version = async (id: number) =>
      (await s.sqlAsync.get<{ version: number }>('SELECT "version" FROM "Incident" WHERE "id" = ?', [id]))
        ?.version ?? 0;
    await mergeIncidents(s.sqlAsync, {
      userId: 1,
      target: { id: a, version: await version(a) },
      others: [{ id: b, version: await version(b) }],
    });
    expect((await claimsOf(a)).map((c) => c.actorKey)).toEqual(['kraze-barye', 'canaan']);
    const canaanReport = (await claimsOf(a))[1]?.reportId as number;
    const split = await splitIncident(s.sqlAsync, {
      userId: 1,
      incident: { id: a, version: await version(a) },
      reportIds: [canaanReport],
    });
    expect((await claimsOf(split)).map((c) => c.actorKey)).toEqual(['canaan']);
    expect((await claimsOf(a)).map((c) => c.actorKey)).toEqual(['kraze-barye']);
    await withdrawReport(s.sqlAsync, { reportId: canaanReport, version: 1, reason: null, userId: editor });
    expect(await claimsOf(split)).toEqual([]);
  });
});
