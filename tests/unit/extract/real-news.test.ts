/**
 * Classes of mistakes seen on real wire and newspaper reports (issue 11), each written as a short
 * text of our own: datelines, sides that leak between sentences, numbers that are not tolls,
 * several tolls for one event, places named away from the casualty verb.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { findDateline } from '@/lib/extract/dateline';
import { splitSentences } from '@/lib/extract/sentences';
import { GAZETTEER } from '@/lib/locations/gazetteer';

const read = (text: string, publishedAt: string | null = '2025-03-06') =>
  readReport(text, { publishedAt, gazetteer: GAZETTEER });

describe('datelines', () => {
  it('dates the event from "on Monday", not from the dateline, and keeps the outlet', () => {
    // 2025-03-04 is a Tuesday.
    const draft = read(
      'PORT-AU-PRINCE, March 4 (Reuters) — Gunmen killed two people in Delmas on Monday, police said.',
      '2025-03-04',
    );
    expect(draft.outlet).toBe('Reuters');
    expect(draft.incidents).toHaveLength(1);
    expect(draft.incidents[0]).toMatchObject({ date: '2025-03-03', datePrecision: 'day' });
    expect(draft.incidents[0]?.place?.key).toBe('delmas');
    expect(draft.incidents[0]?.title).not.toMatch(/PORT-AU-PRINCE|Reuters/);
  });

  it('takes the publication date from a dateline with a year when the report has none, and says so', () => {
    const draft = read(
      'PORT-AU-PRINCE, Haiti, March 4, 2025 (Reuters) — Gunmen killed two people in Delmas on Monday.',
      null,
    );
    expect(draft).toMatchObject({ publishedAt: '2025-03-04', publishedAtEstimated: true });
    expect(draft.warnings.join(' ')).toMatch(/dateline/);
    expect(draft.incidents[0]?.date).toBe('2025-03-03');
  });

  it('never places an event at the dateline when its own sentence names the place', () => {
    const draft = read(
      'PORT-AU-PRINCE, Haiti (AP) — Gangs attacked Mirebalais on Tuesday, killing five people.',
    );
    expect(draft.outlet).toBe('AP');
    expect(draft.incidents[0]?.place?.key).toBe('mirebalais');
  });

  it('reads "— (AP) —" after the place, and a dateline of the outlet alone', () => {
    const sentences = splitSentences('PORT-AU-PRINCE, Haiti — (AP) — Armed men raided a market in Delmas.');
    expect(findDateline(sentences, null)).toMatchObject({ placeText: 'PORT-AU-PRINCE, Haiti', outlet: 'AP' });
    const cnn = splitSentences('(CNN) — A plane was hit by gunfire Monday over the capital.');
    expect(findDateline(cnn, null)).toMatchObject({ placeText: null, outlet: 'CNN' });
  });

  it('reads AFP’s « Port-au-Prince (AFP) – », a name written as a name with the outlet after it', () => {
    const sentences = splitSentences(
      'Port-au-Prince (AFP) – Des membres de gangs armés ont attaqué lundi la ville de Mirebalais, tuant au moins sept personnes.',
    );
    expect(findDateline(sentences, null)).toMatchObject({ placeText: 'Port-au-Prince', outlet: 'AFP' });
    const draft = read(sentences.map((s) => s.text).join(' '));
    expect(draft.incidents.map((i) => i.place?.key)).toEqual(['mirebalais']);
  });

  it('does not take an ordinary opening clause for a dateline', () => {
    const sentences = splitSentences('Gunmen opened fire on a bus — killing three — near Cabaret on Sunday.');
    expect(findDateline(sentences, null)).toBeNull();
  });

  it('reads the first sentence as if its dateline were not there: its list of victims, its place', () => {
    const draft = read(
      'PORT-AU-PRINCE, March 31 (Reuters) - Two Haitian police officers and a Kenyan member of the security mission were wounded on Sunday when their armored vehicle hit an explosive device in Croix-des-Bouquets, police said.',
      '2025-03-31',
    );
    expect(draft.incidents[0]?.casualties.map((c) => [c.kind, c.count, c.affiliation])).toEqual([
      ['injured', 2, 'police'],
      ['injured', 1, 'mss'],
    ]);
    // « 4 novembre » in the dateline is the filing day: the ambush, its dead and its wounded are one event.
    const afp = read(
      'PORT-AU-PRINCE, 4 novembre (AFP) - Quatre policiers ont été tués et six autres blessés lors d’une embuscade tendue par des gangs dimanche à Cabaret.',
      '2025-11-04',
    );
    expect(afp.outlet).toBe('AFP');
    expect(afp.incidents).toHaveLength(1);
    expect(afp.incidents[0]).toMatchObject({ date: '2025-11-02', type: 'ambush' });
    expect(afp.incidents[0]?.place?.key).toBe('cabaret');
    expect(afp.incidents[0]?.casualties.map((c) => [c.kind, c.count])).toEqual([
      ['killed', 4],
      ['injured', 6],
    ]);
  });

  it('places the first sentence at its dateline before any place the next sentence names', () => {
    const [killing] = read(
      'PORT-AU-PRINCE, Haiti (AP) — Gunmen killed three people on Tuesday, police said.\nIn Cabaret, men who demanded money beat a school guard.',
    ).incidents;
    expect(killing?.place?.key).toBe('port-au-prince');
    expect(killing?.flags?.map((f) => f.message).join(' ')).toMatch(/dateline/);
  });

  it('places an event whose sentences name no place at the dateline, and flags it', () => {
    const draft = read('PORT-AU-PRINCE, Haiti (AP) — Gunmen killed three people on Tuesday, police said.');
    expect(draft.incidents[0]?.place?.key).toBe('port-au-prince');
    expect(draft.incidents[0]?.flags?.map((f) => f.code)).toContain('place_from_context');
  });
});

describe('sides do not leak between sentences or clauses', () => {
  it('police officers killed stay police when the next sentence speaks of Kenyan officers', () => {
    const draft = read(
      'Gunmen killed two police officers in Tabarre on Tuesday. Kenyan officers of the MSS later secured the area.',
    );
    const killed = draft.incidents.flatMap((i) => i.casualties).filter((c) => c.kind === 'killed');
    expect(killed).toEqual([expect.objectContaining({ count: 2, affiliation: 'police', country: null })]);
  });

  it('"killing two police officers and injuring three Kenyan MSS officers" gives two groups', () => {
    const draft = read(
      'Gang members attacked a police station in Tabarre on Tuesday, killing two police officers and injuring three Kenyan MSS officers.',
    );
    expect(draft.incidents).toHaveLength(1);
    const cas = draft.incidents[0]?.casualties ?? [];
    expect(cas).toContainEqual(expect.objectContaining({ kind: 'killed', count: 2, affiliation: 'police' }));
    expect(cas).toContainEqual(
      expect.objectContaining({ kind: 'injured', count: 3, affiliation: 'mss', country: 'Kenya' }),
    );
  });

  it('a named officer in a story about the contingent is one of theirs', () => {
    const draft = read(
      'Kenyan officers have been targeted before. Last month, Police Constable Samuel Kaetuai was killed during an operation in Ségur-Savien.',
    );
    const killed = draft.incidents.flatMap((i) => i.casualties).find((c) => c.kind === 'killed');
    expect(killed).toMatchObject({ affiliation: 'mss', country: 'Kenya' });
  });
});

describe('one event told over several sentences', () => {
  it('"N other people were injured" in the next sentence adds to the event just told', () => {
    const draft = read(
      'Gunmen struck a farming town in the middle of the country, killing at least four people, a local official said on Monday. ' +
        'At least 15 other people were wounded by bullets in Petite Rivière. The attack began Thursday.',
      '2025-04-28',
    );
    expect(draft.incidents).toHaveLength(1);
    const [one] = draft.incidents;
    expect(one?.date).toBe('2025-04-24');
    expect(one?.place?.department).toBe('Artibonite');
    expect(one?.casualties).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'killed', count: 4 }),
        expect.objectContaining({ kind: 'injured', count: 15 }),
      ]),
    );
  });
});

describe('undated reports', () => {
  it('a yearless day with its weekday takes the latest year, up to the reading day, it fell on that weekday', () => {
    const text =
      'Gunmen based in Savien burned homes in Petite-Rivière de l’Artibonite on Tuesday night, Dec. 10, killing at least 12 residents.';
    const draft = readReport(text, { publishedAt: null, gazetteer: GAZETTEER, readOn: '2026-12-05' });
    // 10 December fell on a Tuesday in 2024 (and not in 2025 or 2026).
    expect(draft.incidents[0]).toMatchObject({ date: '2024-12-10', datePrecision: 'day' });
    expect(draft.incidents[0]?.place?.key).toBe('petite-riviere-de-lartibonite');
    // Without a reading day the year stays unknown: nothing is guessed.
    expect(readReport(text, { publishedAt: null, gazetteer: GAZETTEER }).incidents[0]?.date).toBeNull();
  });

  it('keeps the weekday of an undated incident for the store to match', () => {
    const draft = read(
      'A Kenyan police officer was injured on Tuesday in a gunfight in Port-au-Prince.',
      null,
    );
    expect(draft.incidents[0]).toMatchObject({ date: null, weekday: 2 });
  });

  it('keeps the month and day of a yearless date for the store to match, and reads a breach as an attack', () => {
    const draft = read(
      'Gunmen breached the clinic gate in Kenscoff before dawn on Sept. 14 and abducted three nurses.',
      null,
    );
    expect(draft.incidents).toHaveLength(1);
    expect(draft.incidents[0]).toMatchObject({ date: null, monthDay: '09-14', type: 'kidnapping' });
    expect(draft.incidents[0]?.place?.key).toBe('kenscoff');
  });
});

describe("Haiti's armed forces", () => {
  it("Haitian soldiers and FAd'H are their own side, neither police nor the mission", () => {
    const draft = read(
      "At least three Haitian soldiers were killed on Sunday in Kenscoff. Two FAd'H soldiers were injured. Kenyan officers of the MSS later arrived.",
    );
    const cas = draft.incidents.flatMap((i) => i.casualties);
    expect(cas).toContainEqual(expect.objectContaining({ kind: 'killed', count: 3, affiliation: 'army' }));
    expect(cas).toContainEqual(expect.objectContaining({ kind: 'injured', count: 2, affiliation: 'army' }));
    expect(cas.some((c) => c.affiliation === 'mss' || c.affiliation === 'police')).toBe(false);
  });

  it('takes a bare "soldier" or « militaires » for the army, flagged as inferred, not for the police', () => {
    for (const text of [
      'One soldier was killed in an ambush in Cabaret on Monday.',
      'Deux militaires ont été blessés lundi à Cabaret.',
    ]) {
      const [incident] = read(text).incidents;
      expect(incident?.casualties[0]?.affiliation).toBe('army');
      expect(incident?.flags?.map((f) => f.code)).toContain('side_inferred');
    }
    expect(
      read(
        'Two police officers and a soldier were killed in Cabaret on Monday.',
      ).incidents[0]?.casualties.map((c) => [c.count, c.affiliation]),
    ).toEqual([
      [2, 'police'],
      [1, 'army'],
    ]);
  });
});

describe('what the reader was unsure of, flagged for the editor', () => {
  const codes = (text: string) => read(text).incidents.flatMap((i) => (i.flags ?? []).map((f) => f.code));

  it('a side read from what the article is about, not from the victim’s own sentence', () => {
    expect(
      codes(
        'The Kenyan contingent of the MSS patrolled Pont-Sondé on Tuesday. An officer was shot and injured.',
      ),
    ).toContain('side_inferred');
    expect(codes('Gunmen shot and injured a Kenyan MSS officer in Pont-Sondé on Tuesday.')).not.toContain(
      'side_inferred',
    );
  });

  it('a date the report does not give', () => {
    expect(codes('Gunmen killed two residents in Delmas, police said.')).toContain('date_assumed');
    expect(codes('Gunmen killed two residents in Delmas on Tuesday, police said.')).not.toContain(
      'date_assumed',
    );
  });
});

describe('places and counts in relative clauses and possessives', () => {
  it('the place a relative clause says it happened in ("sent to Tabarre 36, where gangs killed five")', () => {
    const draft = read(
      'Police sent armoured vehicles to Tabarre 36, where gangs killed five residents on Monday.',
    );
    expect(draft.incidents[0]?.place?.key).toBe('tabarre-36');
  });

  it('"a woman and her son" are two people, and numbered places and ages are not tolls', () => {
    const draft = read('A 26-year-old woman and her 4-year-old son were killed in Delmas 33 on Sunday.');
    expect(draft.incidents[0]?.casualties).toEqual([expect.objectContaining({ kind: 'killed', count: 2 })]);
  });
});

describe('one sentence telling two events', () => {
  it('splits an opening "After …" clause with its own day from the main clause with another', () => {
    // Published Thursday 6 March 2025.
    const draft = read(
      'After being attacked by gangs on Saturday and Sunday, the Saint-François de Sales Hospital was set on fire during the night from Monday to Tuesday.',
    );
    expect(draft.incidents).toHaveLength(2);
    const [earlier, fire] = draft.incidents;
    expect(earlier).toMatchObject({ date: '2025-03-01', type: 'attack' });
    expect(earlier?.place?.key).toBe('saint-francois-de-sales-hospital');
    // A night from one day into the next happened on the first.
    expect(fire).toMatchObject({ date: '2025-03-03', datePrecision: 'day', type: 'attack' });
    expect(fire?.place?.key).toBe('saint-francois-de-sales-hospital');
  });

  it('keeps one event when the main clause names no day of its own', () => {
    const draft = read(
      'After a two-hour gunfight in Delmas on Monday, police arrested five suspected gang members.',
    );
    expect(draft.incidents).toHaveLength(1);
  });
});

describe('different named vehicles hit on one day', () => {
  it('reads each aircraft as its own incident, also when two share a sentence', () => {
    // Published Thursday 6 March 2025.
    const draft = read(
      'A Caribbean Air flight was struck by bullets while landing at Toussaint Louverture airport on Monday, slightly injuring a pilot, and news then emerged that a Sunrise Airways plane took fire on takeoff on the same day. ' +
        'Later, Delta Air Lines said its Flight 1234 had been hit by a bullet on Monday after leaving Port-au-Prince.',
    );
    expect(draft.incidents).toHaveLength(3);
    expect(draft.incidents.map((i) => i.date)).toEqual(['2025-03-03', '2025-03-03', '2025-03-03']);
    expect(draft.incidents[0]?.casualties).toEqual([expect.objectContaining({ kind: 'injured', count: 1 })]);
  });

  it('keeps one incident when one plane is told by its carrier and then by its flight number', () => {
    const draft = read(
      'A Caribbean Air plane was hit by gunfire on Monday over Port-au-Prince. The carrier said its flight 77 was diverted to Santiago after the shooting.',
    );
    expect(draft.incidents).toHaveLength(1);
  });
});
