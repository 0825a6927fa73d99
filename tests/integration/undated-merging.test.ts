/**
 * A report with no publication date that says only "on Tuesday" is drafted undated, with the
 * weekday. Stored through the reader's storing path on a real store: it joins the one stored
 * Tuesday incident its place and victims single out, and otherwise stays unstored with a warning.
 */
import { describe, expect, it } from 'vitest';
import type { IncidentDraft } from '@/lib/extract/schema';
import { openDraftStore } from './helpers/draft-store';
import { draft, incident, killed, place } from './helpers/drafts';

const TUESDAY = '2025-03-11';
const civilians = (n: number) => killed(n, 'civilian', null);
const police = (n: number) => killed(n, 'police', null);

/** The undated wire copy: no publication date, "on Tuesday". */
const undatedCopy = (overrides: Partial<IncidentDraft>) =>
  draft({
    publishedAt: null,
    incidents: [
      incident({
        date: null,
        datePrecision: null,
        weekday: 2,
        type: 'attack',
        title: 'Undated copy',
        ...overrides,
      }),
    ],
  });

async function storeWithTuesdayAttack(overrides: Omit<Partial<IncidentDraft>, 'date'> = {}) {
  const opened = await openDraftStore();
  const stored = await opened.storeOne({
    date: TUESDAY,
    type: 'attack',
    title: 'Gunmen attack the General Hospital',
    place: place('general-hospital'),
    casualties: [civilians(3), police(1)],
    ...overrides,
  });
  return { ...opened, stored };
}

describe('an undated report naming only the weekday', () => {
  it('joins the stored Tuesday incident at the same site with the same victims, keeping its date, and says where the date came from', async () => {
    const { db, store, stored } = await storeWithTuesdayAttack();
    const result = await store(
      undatedCopy({ place: place('general-hospital'), casualties: [civilians(3), police(1)] }),
    );
    expect(result.incidents[0]?.incidentId).toBe(stored);
    const incidents = await db.incident.findMany({ include: { sources: true } });
    expect(incidents).toHaveLength(1);
    expect(incidents[0]?.sources).toHaveLength(2);
    expect(incidents[0]?.date.toISOString().slice(0, 10)).toBe(TUESDAY);
    const report = await db.report.findFirstOrThrow({ where: { publishedAt: null } });
    expect(JSON.stringify(report.warnings)).toContain(`joined to incident #${stored}`);
  });

  it('joins through the same commune only with the same victims counted alike', async () => {
    const { db, store, stored } = await storeWithTuesdayAttack({ place: place('saint-marc') });
    const result = await store(
      undatedCopy({ place: place('saint-marc'), casualties: [civilians(3), police(1)] }),
    );
    expect(result.incidents[0]?.incidentId).toBe(stored);
    expect(await db.incident.count()).toBe(1);
  });

  it('does not join when only the weekday and the commune agree: not stored, and an editor is told', async () => {
    const { db, store } = await storeWithTuesdayAttack({ place: place('saint-marc') });
    const result = await store(undatedCopy({ place: place('saint-marc'), casualties: [civilians(7)] }));
    expect(result.incidents[0]).toMatchObject({ action: 'skipped', incidentId: null });
    expect(await db.incidentSource.count()).toBe(1);
    const report = await db.report.findFirstOrThrow({ where: { publishedAt: null } });
    expect(JSON.stringify(report.warnings)).toContain('could not be dated and was not stored');
  });

  it('does not join a stored incident of another weekday at the same site', async () => {
    const { db, store } = await storeWithTuesdayAttack();
    await store(
      undatedCopy({ weekday: 3, place: place('general-hospital'), casualties: [civilians(3), police(1)] }),
    );
    expect(await db.incidentSource.count()).toBe(1);
  });

  it('does not guess when two stored Tuesdays qualify alike', async () => {
    const { db, store, storeOne } = await storeWithTuesdayAttack();
    await storeOne({
      date: '2025-03-04',
      type: 'attack',
      title: 'Another attack at the General Hospital',
      place: place('general-hospital'),
      casualties: [civilians(3), police(1)],
    });
    const result = await store(
      undatedCopy({ place: place('general-hospital'), casualties: [civilians(3), police(1)] }),
    );
    expect(result.incidents[0]).toMatchObject({ action: 'skipped', incidentId: null });
    expect(await db.incidentSource.count()).toBe(2);
  });
});
