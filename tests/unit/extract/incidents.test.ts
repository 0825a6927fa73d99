import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';

const PUBLISHED = '2025-05-14'; // a Wednesday
const read = (text: string, publishedAt: string | null = PUBLISHED) =>
  readReport(text, { publishedAt, gazetteer: GAZETTEER });

describe('incident types', () => {
  it('keeps an event whose victims the report does not count, flagged; never a sum of events', () => {
    for (const text of [
      'Several police officers were wounded in Delmas on Monday.',
      'Dozens of people were killed in Cité Soleil on Monday.',
      'Plusieurs personnes ont été tuées lundi à Delmas.',
    ]) {
      const [incident, ...rest] = read(text).incidents;
      expect(rest).toEqual([]);
      expect(incident).toMatchObject({ date: '2025-05-12', casualties: [] });
      expect(incident?.flags?.map((f) => f.code)).toContain('toll_uncounted');
    }
    expect(read('Many people have been killed in Haiti this year.').incidents).toEqual([]);
    expect(read('Dozens of people have been killed in Cité Soleil since January.').incidents).toEqual([]);
  });

  it('homes burned by the dozen are an attack: "burned down 30 houses", "burned at least 50 homes"', () => {
    for (const text of [
      'Armed men burned down 30 houses in Solino on Monday.',
      'Gangs burned at least 50 homes in Mirebalais on Monday.',
      'Gangs burned dozens of vehicles in Delmas on Monday.',
    ])
      expect(read(text).incidents).toEqual([expect.objectContaining({ type: 'attack', date: '2025-05-12' })]);
  });

  it('tells no event of a condition: "if the gangs attack", « si les gangs attaquent »', () => {
    expect(read('If the gangs attack Mirebalais, hundreds could die, officials warned.').incidents).toEqual(
      [],
    );
    expect(
      read('Si les gangs attaquent Mirebalais, des centaines de personnes pourraient mourir.').incidents,
    ).toEqual([]);
  });

  it.each([
    ['Gang members lying in wait attacked a patrol in Liancourt on Monday, killing one officer.', 'ambush'],
    ['A Kenyan officer was killed in an ambush near Liancourt on Monday.', 'ambush'],
    ['Two officers were injured in a fierce confrontation with gangs in Delmas on Monday.', 'armed_clash'],
    ['Police and gangs exchanged fire in Solino on Monday.', 'armed_clash'],
    ['Gangs launched an attack on the police station in Cabaret on Monday.', 'attack'],
    ['Heavy gunfire was reported in Tabarre on Monday.', 'gunfire'],
    ['Police arrested a gang leader in Saint-Marc on Monday.', 'arrest'],
    ['Armed men abducted a pastor near Gonaïves on Monday.', 'kidnapping'],
    ['Three civilians were murdered in Cité Soleil on Monday.', 'killing'],
    ['The UN evacuated its staff from Port-au-Prince on Monday.', 'evacuation'],
  ])('%s → %s', (text, type) => {
    const draft = read(text);
    expect(draft.incidents).toHaveLength(1);
    expect(draft.incidents[0]?.type).toBe(type);
  });

  it('a "casualty evacuation team" is not an evacuation, and threatened attacks are not attacks', () => {
    expect(read('The MSS praised El Salvador’s casualty evacuation team on Monday.').incidents).toEqual([]);
    expect(read('Gangs threatened to attack Mirebalais on Monday.').incidents).toEqual([]);
    expect(read('No clashes were reported in Delmas on Monday.').incidents).toEqual([]);
  });

  it('a warning of further attacks is no attack', () => {
    expect(
      read(
        'Humanitarian partners warn that further attacks on Mirebalais and Saut-d’Eau cannot be ruled out.',
      ).incidents,
    ).toEqual([]);
  });
});

describe('one incident per event', () => {
  it('splits two tolls joined by "and", each with its own victims and day; keeps a later death of the same people', () => {
    const two = read(
      'Three officers were wounded in Tabarre on Monday and two civilians were killed in Delmas on Tuesday.',
    );
    expect(
      two.incidents.map((i) => [i.date, i.place?.key, i.casualties.map((c) => `${c.kind} ${c.count}`)]),
    ).toEqual([
      ['2025-05-12', 'tabarre', ['injured 3']],
      ['2025-05-13', 'delmas', ['killed 2']],
    ]);
    const french = read(
      'Des bandits ont tué cinq personnes lundi à Cabaret et deux policiers ont été blessés mardi à Delmas.',
    );
    expect(french.incidents).toHaveLength(2);
    expect(
      read('A Kenyan officer was wounded in Tabarre on Monday and died of his injuries on Tuesday.')
        .incidents,
    ).toHaveLength(1);
  });

  it('merges a death reported in the lead and again in a quote with the date', () => {
    const draft = read(
      'A Jamaican soldier has died after a clash with gangs in Haiti’s Artibonite region. ' +
        'The soldier was part of an operation in Liancourt. ' +
        '“On May 11, one of our soldiers was injured in Liancourt. He later died,” the commander said.',
    );
    expect(draft.incidents).toHaveLength(1);
    expect(draft.incidents[0]).toMatchObject({
      date: '2025-05-11',
      place: expect.objectContaining({ key: 'liancourt' }),
    });
    expect(draft.incidents[0]?.casualties).toEqual([
      expect.objectContaining({ kind: 'killed', count: 1, affiliation: 'mss', country: 'Jamaica' }),
    ]);
    expect(draft.incidents[0]?.evidenceSpans).toHaveLength(4);
  });

  it('keeps events on different dates or places apart', () => {
    const draft = read(
      'Gunmen killed two residents in Carrefour on Monday. On Tuesday, gunmen killed three residents in Delmas.',
    );
    expect(draft.incidents.map((i) => [i.date, i.place?.key])).toEqual([
      ['2025-05-12', 'carrefour'],
      ['2025-05-13', 'delmas'],
    ]);
  });

  it('reads background sentences about earlier events as incidents of their own, at their precision', () => {
    const draft = read(
      'A Kenyan officer was wounded in Delmas on Monday. This is not the first time officers have been targeted. ' +
        'Last month, a Kenyan officer was killed in Ségur-Savien. Last week, another officer went missing.',
    );
    expect(draft.incidents.map((i) => [i.date, i.dateEnd, i.datePrecision, i.casualties[0]?.kind])).toEqual([
      ['2025-05-12', null, 'day', 'injured'],
      ['2025-04-01', null, 'month', 'killed'],
      ['2025-05-05', '2025-05-11', 'week', 'missing'],
    ]);
  });

  it('splits attacks on places listed together, but not a place and its description', () => {
    const attacks = read(
      'Gangs tried to overrun the Telesco area and the Savien Police Station in Pont Sondé on Monday.',
    );
    expect(attacks.incidents.map((i) => i.place?.key).sort()).toEqual(['savien-police-station', 'telesco']);
    const one = read(
      'The senator was arrested on Monday in Petionville, a district of the capital, Port-au-Prince.',
    );
    expect(one.incidents.map((i) => i.place?.key)).toEqual(['petion-ville']);
  });

  it('sums up no events from aggregate figures', () => {
    const draft = read(
      'Two police officers were confirmed dead in February and March 2025 in separate attacks. ' +
        'More than 1,600 people were killed in Haiti between January and March, the UN said.',
    );
    expect(draft.incidents).toEqual([]);
    expect(draft.figures).toHaveLength(2);
  });

  it('ignores routine patrols, bases and linked stories', () => {
    const draft = read(
      'Joint patrols are maintaining a presence in Liancourt and Pont Sondé. ' +
        'Forward Operating Bases have been established in Downtown Port-au-Prince.\nAlso Read: Police Arrest Gang Boss in Delmas',
    );
    expect(draft.incidents).toEqual([]);
  });
});

describe('dates and confidence of incidents', () => {
  it('dates an undated event to the month of the nearest earlier date, says so, and is less sure', () => {
    const draft = read(
      'In an update issued on May 10, the mission spoke. Gangs attacked the Telesco area, but were repelled.',
    );
    expect(draft.incidents[0]).toMatchObject({ date: '2025-05-01', datePrecision: 'month' });
    expect(draft.incidents[0]?.dateNote).toMatch(/May 10/);
    expect(draft.incidents[0]?.confidence).toBeLessThan(0.7);
    expect(draft.warningDetails.map((w) => w.code)).toContain('assumed_date');
  });

  it('is surer of a dated, placed event told twice than of an undated, unplaced one', () => {
    const sure = read('Gunmen killed two residents in Carrefour on Monday. The attack was claimed by a gang.')
      .incidents[0];
    const unsure = read('Gunmen killed two residents.').incidents[0];
    expect(sure?.confidence).toBeGreaterThan(0.85);
    expect(unsure?.confidence).toBeLessThan(0.6);
  });

  it('titles say what, where and who', () => {
    expect(
      read('Two Jamaican soldiers were wounded in an ambush in Cité Soleil on Monday.').incidents[0]?.title,
    ).toBe('Ambush in Cité Soleil: 2 Jamaican MSS members injured');
  });
});

describe('what a sentence says about when', () => {
  it('"the mission said on Wednesday" is when it was told, not when it happened', () => {
    const draft = read(
      'A Kenyan officer is missing after gangs ambushed a patrol near Liancourt, the mission said on Wednesday.',
    );
    // Not the Wednesday itself: that day or the week before it, flagged as assumed.
    expect(draft.incidents[0]).toMatchObject({
      date: '2025-05-08',
      dateEnd: '2025-05-14',
      datePrecision: 'week',
    });
    expect(draft.incidents[0]?.dateNote).toMatch(/Wednesday/);
    expect(draft.incidents[0]?.flags?.map((f) => f.code)).toContain('date_assumed');
  });

  it('"among the dead", "was shot dead" and "burned the courthouse"', () => {
    const among = read('Gangs attacked Mirebalais on Monday. Two police officers were among the dead.');
    expect(among.incidents[0]?.casualties).toEqual([
      expect.objectContaining({ kind: 'killed', count: 2, affiliation: 'police' }),
    ]);
    expect(read('A policeman was shot dead in Liancourt on Monday.').incidents[0]?.type).toBe('killing');
    expect(read('On Monday, gangs burned the Saint-Marc courthouse.').incidents[0]).toMatchObject({
      type: 'attack',
      date: '2025-05-12',
      place: expect.objectContaining({ key: 'saint-marc' }),
    });
  });
});

describe('the month of May', () => {
  it('is not the modal "may": "On May 11 gangs attacked Cabaret, killing two residents"', () => {
    const draft = read('On May 11 gangs attacked Cabaret, killing two residents.');
    expect(draft.incidents[0]).toMatchObject({ type: 'attack', date: '2025-05-11' });
    expect(draft.incidents[0]?.casualties).toEqual([expect.objectContaining({ kind: 'killed', count: 2 })]);
    expect(read('Gangs may attack Cabaret again on Monday, residents fear.').incidents).toEqual([]);
  });
});
