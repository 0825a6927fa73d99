/**
 * Whole articles in the styles the product will meet (wire copy, Kenyan and Caribbean outlets),
 * none of them a sample report: the reader must generalise, not recite.
 */
import { describe, expect, it } from 'vitest';
import { type IncidentDraft, readReport, reportDraftSchema } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';

const read = (text: string, publishedAt: string | null) => {
  const draft = readReport(text, { publishedAt, gazetteer: GAZETTEER });
  reportDraftSchema.parse(draft);
  return draft;
};
const kinds = (i: IncidentDraft | undefined) =>
  i?.casualties.map((c) => `${c.kind} ${c.count} ${c.affiliation} ${c.country ?? '-'}`);

describe('wire copy', () => {
  const draft = read(
    `Gang attack kills at least 70 in Haitian town of Pont-Sondé, UN says

PORT-AU-PRINCE, Haiti (AP) — Gang members armed with automatic weapons attacked a town in central Haiti, killing at least 70 people, including 10 women and three infants, in one of the largest massacres in recent years, the United Nations said Friday.

The attack occurred early Thursday in Pont-Sondé, a community in the Artibonite region. At least 16 others were seriously injured.

More than 6,270 people fled the area, the International Organization for Migration said.

More than 3,600 people have been killed in Haiti in the first half of this year, according to the UN.`,
    '2024-10-05',
  );

  it('dates the massacre to the Thursday, not to the Friday the UN spoke, and places it in Pont-Sondé', () => {
    expect(draft.incidents).toHaveLength(1);
    expect(draft.incidents[0]).toMatchObject({ date: '2024-10-03', datePrecision: 'day', type: 'attack' });
    expect(draft.incidents[0]?.place?.key).toBe('pont-sonde');
    expect(draft.incidents[0]?.casualties[0]).toMatchObject({
      kind: 'killed',
      count: 70,
      hedge: 'at_least',
      affiliation: 'civilian',
    });
  });

  it('reads the flight and the half-year toll as figures, with their sources', () => {
    expect(draft.figures).toEqual([
      expect.objectContaining({
        metric: 'displaced',
        value: 6270,
        attributedTo: 'International Organization for Migration',
      }),
      expect.objectContaining({
        metric: 'killed',
        value: 3600,
        periodStart: '2024-01-01',
        periodEnd: '2024-06-30',
        attributedTo: 'United Nations',
      }),
    ]);
  });
});

describe('a Kenyan outlet on the missing officer', () => {
  const draft = read(
    `Kenyan police officer missing in Haiti after gang ambush, MSS says

NAIROBI, Kenya — A Kenyan police officer serving in Haiti with the Multinational Security Support (MSS) mission is missing after gangs ambushed a patrol in the Artibonite region, the mission said on Wednesday.

The officer, identified as Police Constable Benedict Kabiru, went missing on Tuesday evening after the team was attacked near Pont-Sondé while trying to recover a stuck vehicle.

He added that another officer sustained minor injuries during the attack.

In February, Police Constable Samuel Tompoi Kaetuai became the first Kenyan officer to die in Haiti after he was shot during an operation in Ségur-Savien.

Kenya has about 1,000 officers in Haiti.`,
    '2025-03-28',
  );

  it('one ambush on the Tuesday near Pont-Sondé: the named officer missing, another wounded', () => {
    const ambush = draft.incidents.find((i) => i.type === 'ambush');
    expect(ambush).toMatchObject({
      date: '2025-03-25',
      place: expect.objectContaining({ key: 'pont-sonde' }),
    });
    expect(kinds(ambush)).toEqual(['missing 1 mss Kenya', 'injured 1 mss Kenya']);
    expect(ambush?.casualties[0]?.persons).toEqual([{ name: 'Benedict Kabiru', age: null }]);
  });

  it('the February death is a death, not an injury, and names the constable', () => {
    const feb = draft.incidents.find((i) => i.date === '2025-02-01');
    expect(kinds(feb)).toEqual(['killed 1 mss Kenya']);
    expect(feb?.casualties[0]?.persons[0]?.name).toBe('Samuel Tompoi Kaetuai');
  });

  it('reads the contingent’s size as of publication', () => {
    expect(draft.deployments).toEqual([
      expect.objectContaining({
        country: 'Kenya',
        personnel: 1000,
        hedge: 'about',
        kind: 'strength',
        date: '2025-03',
      }),
    ]);
  });
});

describe('a Caribbean outlet', () => {
  const draft = read(
    `Two Jamaican soldiers attached to the Multinational Security Support mission were wounded on Thursday when gunmen opened fire on their convoy in Croix-des-Bouquets, the Jamaica Defence Force said.

The soldiers were taken to hospital and are in stable condition, the JDF said in a statement on Friday.

The incident came days after a Salvadoran soldier was killed in an explosion near Mirebalais.`,
    '2025-05-10',
  );

  it('keeps the Jamaican injuries and the earlier Salvadoran death apart', () => {
    expect(draft.incidents.map((i) => [i.place?.key, kinds(i)])).toEqual([
      ['croix-des-bouquets', ['injured 2 mss Jamaica']],
      ['mirebalais', ['killed 1 mss El Salvador']],
    ]);
    expect(draft.incidents[0]).toMatchObject({ date: '2025-05-08' });
    expect(draft.incidents[1]?.dateNote).toMatch(/not stated/);
  });
});

describe('a Haitian police story', () => {
  const draft = read(
    `Three officers of the Haitian National Police (PNH) were killed on Jan. 15 when gang members ambushed their patrol in Gonaïves, police said.

A fourth officer was wounded and taken to a hospital in Saint-Marc.

In December, gunmen killed at least 207 people in the Wharf Jérémie neighbourhood of Cité Soleil, according to the United Nations.

The PNH has lost at least 20 officers since the start of the year.`,
    '2025-01-17',
  );

  it('the ambush: three police killed and a fourth wounded, in Gonaïves, not in the hospital’s town', () => {
    expect(draft.incidents[0]).toMatchObject({ type: 'ambush', date: '2025-01-15' });
    expect(draft.incidents[0]?.place?.key).toBe('gonaives');
    expect(kinds(draft.incidents[0])).toEqual(['killed 3 police -', 'injured 1 police -']);
  });

  it('the December massacre is placed at Wharf Jérémie in Cité Soleil, not in the town of Jérémie', () => {
    const massacre = draft.incidents.find((i) => i.date === '2024-12-01');
    expect(massacre?.place?.key).toBe('wharf-jeremie');
    expect(massacre?.place?.department).toBe('Ouest');
    expect(draft.incidents.some((i) => i.place?.key === 'jeremie')).toBe(false);
  });

  it('"lost at least 20 officers since the start of the year" is a figure for the police', () => {
    expect(draft.figures).toEqual([
      expect.objectContaining({
        metric: 'killed',
        value: 20,
        hedge: 'at_least',
        affiliation: 'police',
        periodStart: '2025-01-01',
      }),
    ]);
  });
});

describe('a story about the Gang Suppression Force', () => {
  const draft = read(
    `The UN Security Council on September 30 voted to transform the Kenyan-led mission into a Gang Suppression Force of up to 5,500 personnel.

The force will replace the MSS, which currently has fewer than 1,000 officers on the ground, most of them Kenyan.

On Saturday, gunmen killed six people, including a pastor, in Delmas. Two days earlier, heavy gunfire forced the closure of schools in Pétion-Ville.`,
    '2025-11-02',
  );

  it('the new force is planned, the old one’s strength is now', () => {
    expect(draft.deployments).toEqual([
      expect.objectContaining({ country: 'GSF-total', personnel: 5500, hedge: 'at_most', kind: 'planned' }),
      expect.objectContaining({
        country: 'MSS-total',
        personnel: 1000,
        hedge: 'at_most',
        kind: 'strength',
        date: '2025-11',
      }),
    ]);
  });

  it('"two days earlier" counts back from the Saturday', () => {
    expect(draft.incidents.map((i) => [i.type, i.date, i.place?.key])).toEqual([
      ['killing', '2025-11-01', 'delmas'],
      ['gunfire', '2025-10-30', 'petion-ville'],
    ]);
    expect(kinds(draft.incidents[0])).toEqual(['killed 6 civilian -']);
  });
});
