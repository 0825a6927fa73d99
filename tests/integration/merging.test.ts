/**
 * Reports of different events must never become one incident: a merge hides victims (two
 * attacks' 8 dead shown as one incident's competing 3–5). Stored through the reader's storing
 * path on a real store, with hand-built drafts.
 */
import { describe, expect, it } from 'vitest';
import { openDraftStore } from './helpers/draft-store';
import { draft, incident, killed, place } from './helpers/drafts';

const TUESDAY = '2025-03-11';
/** Kenyan MSS officers wounded. */
const injured = (n: number) => ({ ...killed(n), kind: 'injured' as const });

async function killedPerIncident(db: Awaited<ReturnType<typeof openDraftStore>>['db']) {
  const incidents = await db.incident.findMany({ include: { claims: true }, orderBy: { id: 'asc' } });
  return incidents.map((i) => i.claims.filter((c) => c.kind === 'killed').reduce((n, c) => n + c.count, 0));
}

type Store = Awaited<ReturnType<typeof openDraftStore>>['store'];

/** A report, published on `publishedAt`, telling one incident. */
function report(store: Store, publishedAt: string, fields: Parameters<typeof incident>[0]) {
  return store(draft({ publishedAt, incidents: [incident(fields)] }));
}

describe('merging reports of one event', () => {
  it('never merges different communes: attacks in Saint-Marc and Tabarre the same Tuesday stay two, and the dead add up', async () => {
    const { db, store } = await openDraftStore();
    await report(store, '2025-03-12', {
      date: TUESDAY,
      type: 'attack',
      title: 'Gunmen kill five in Saint-Marc',
      place: place('saint-marc'),
      casualties: [killed(5, 'civilian', null)],
    });
    // A wire copy of the Tabarre attack in which the reader only found "Haiti".
    await report(store, '2025-03-12', {
      date: TUESDAY,
      type: 'attack',
      title: 'Three killed in an attack on residents',
      place: place('haiti'),
      casualties: [killed(3, 'civilian', null)],
    });
    expect(await db.incident.count()).toBe(2);
    expect(await killedPerIncident(db)).toEqual([5, 3]);
  });

  it('never identifies by an unknown place: a Kenyan officer’s death and an attack in the capital that day stay apart', async () => {
    const { db, store } = await openDraftStore();
    await report(store, '2025-03-12', {
      date: TUESDAY,
      type: 'attack',
      title: 'Attack in Port-au-Prince: 2 civilians killed, a Kenyan officer wounded',
      place: place('port-au-prince'),
      casualties: [killed(2, 'civilian', null), injured(1)],
    });
    await report(store, '2025-03-12', {
      date: TUESDAY,
      type: 'killing',
      title: 'Kenyan MSS officer killed',
      place: null,
      casualties: [killed(1)],
    });
    expect(await db.incident.count()).toBe(2);
    expect(await killedPerIncident(db)).toEqual([2, 1]);
  });

  it('never lets "Haiti" contain the capital: a Kenyan officer’s death placed in the country stays apart', async () => {
    const { db, store } = await openDraftStore();
    await report(store, '2025-03-12', { date: TUESDAY, type: 'attack', place: place('port-au-prince') });
    await report(store, '2025-03-12', {
      date: TUESDAY,
      type: 'killing',
      place: place('haiti'),
      casualties: [killed(1)],
    });
    expect(await db.incident.count()).toBe(2);
  });

  it('still joins a later report that the missing officer is dead, with no place given', async () => {
    const { db, store } = await openDraftStore();
    const missing = { ...killed(1), kind: 'missing' as const };
    await report(store, '2025-03-26', {
      date: '2025-03-25',
      type: 'ambush',
      place: place('pont-sonde'),
      casualties: [missing],
    });
    await report(store, '2025-04-02', {
      date: '2025-03-24',
      dateEnd: '2025-03-30',
      datePrecision: 'week',
      type: 'killing',
      place: null,
      casualties: [killed(1)],
    });
    expect(await db.incident.count()).toBe(1);
  });

  it('joins a report placed only in "Port-au-Prince" to a Delmas incident only when the same day and victims tie them', async () => {
    const { db, store } = await openDraftStore();
    const delmas = (casualties: ReturnType<typeof killed>[]) =>
      draft({
        publishedAt: '2025-03-12',
        incidents: [incident({ date: TUESDAY, type: 'attack', place: place('delmas'), casualties })],
      });
    const capital = (casualties: ReturnType<typeof killed>[]) =>
      draft({
        publishedAt: '2025-03-12',
        incidents: [incident({ date: TUESDAY, type: 'gunfire', place: place('port-au-prince'), casualties })],
      });
    await store(delmas([killed(2, 'civilian', null)]));
    // "Port-au-Prince" alone identifies nothing: no victims named, or other victims, stay apart.
    await store(capital([]));
    await store(capital([killed(4, 'police', null)]));
    expect(await db.incident.count()).toBe(3);
    // The same day and the same victims, counted alike, tie them.
    await store(capital([killed(2, 'civilian', null)]));
    expect(await db.incident.count()).toBe(3);
    expect(await killedPerIncident(db)).toEqual([2 + 2, 0, 4]);
  });

  it('still never merges Delmas and Tabarre, even the same day with the same victims', async () => {
    const { db, store } = await openDraftStore();
    for (const key of ['delmas', 'tabarre']) {
      await report(store, '2025-03-12', {
        date: TUESDAY,
        type: 'attack',
        place: place(key),
        casualties: [killed(2, 'civilian', null)],
      });
    }
    expect(await db.incident.count()).toBe(2);
  });
});

describe('merging reports of one kidnapping through the victim they name', () => {
  const taken = (n: number, affiliation: 'civilian' | 'unknown' = 'civilian') => ({
    ...killed(n, 'civilian', null),
    kind: 'missing' as const,
    affiliation,
  });
  /** The first report: eight taken from a children's home over the weekend. */
  function storeWeekendKidnapping(store: Store) {
    return report(store, '2025-08-06', {
      date: '2025-08-02',
      dateEnd: '2025-08-03',
      datePrecision: 'week',
      type: 'kidnapping',
      title: 'Eight kidnapped from a children’s home in Kenscoff',
      place: place('kenscoff'),
      casualties: [taken(8)],
      evidence:
        'Gunmen stormed a children’s home in Kenscoff over the weekend and abducted eight people, including the missionary Clara Vantongeren.',
    });
  }

  it('joins a report placing it only in "Haiti" through the named victim', async () => {
    const { db, store } = await openDraftStore();
    await storeWeekendKidnapping(store);
    const result = await report(store, '2025-09-09', {
      date: '2025-08-03',
      type: 'kidnapping',
      title: 'Missionary freed after four weeks',
      place: place('haiti'),
      casualties: [taken(7)],
      evidence:
        'Clara Vantongeren was held captive for four weeks after gunmen took her and six others on August 3.',
    });
    expect(result.incidents[0]).toMatchObject({ action: 'corroborated' });
    expect(await db.incident.count()).toBe(1);
    expect(await db.incidentSource.count()).toBe(2);
  });

  it('joins an undated report giving only "Aug. 3" through the named victim, and keeps the stored date', async () => {
    const { db, store } = await openDraftStore();
    await storeWeekendKidnapping(store);
    await store(
      draft({
        publishedAt: null,
        incidents: [
          incident({
            date: null,
            datePrecision: null,
            monthDay: '08-03',
            type: 'kidnapping',
            title: 'Missionary among seven kidnapped',
            place: place('kenscoff'),
            casualties: [taken(7, 'unknown')],
            evidence:
              'Clara Vantongeren was among seven people taken in the early hours of Aug. 3 from the home she runs.',
          }),
        ],
      }),
    );
    const incidents = await db.incident.findMany({ include: { sources: true } });
    expect(incidents).toHaveLength(1);
    expect(incidents[0]?.sources).toHaveLength(2);
    expect(incidents[0]?.date.toISOString().slice(0, 10)).toBe('2025-08-02');
  });

  it('keeps apart two kidnappings in one commune the same day whose reports name different victims', async () => {
    const { db, store } = await openDraftStore();
    for (const name of ['Clara Vantongeren', 'Rose Pelletan']) {
      await report(store, '2025-08-04', {
        date: '2025-08-03',
        type: 'kidnapping',
        title: `${name} kidnapped`,
        place: place('kenscoff'),
        casualties: [taken(1)],
        evidence: `The nurse ${name} was kidnapped on Sunday on her way home in Kenscoff.`,
      });
    }
    expect(await db.incident.count()).toBe(2);
  });
});
