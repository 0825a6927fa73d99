import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { casualtyFields } from '../helpers/casualty-lines';

const PUBLISHED = '2025-05-14';
const casualties = (text: string) => casualtyFields(text, PUBLISHED);

describe('casualties: who, how many, which side', () => {
  it('other contingents: Jamaican, Guatemalan, Salvadoran, Bahamian, Belizean', () => {
    expect(casualties('Two Jamaican soldiers were wounded in Cité Soleil on Monday.')).toEqual([
      { kind: 'injured', count: 2, hedge: 'exact', affiliation: 'mss', country: 'Jamaica' },
    ]);
    expect(casualties('A Guatemalan MP was killed in an ambush near Croix-des-Bouquets on Friday.')).toEqual([
      { kind: 'killed', count: 1, hedge: 'exact', affiliation: 'mss', country: 'Guatemala' },
    ]);
    expect(casualties('Three Salvadoran troops were injured in Kenscoff on Sunday.')[0]).toMatchObject({
      affiliation: 'mss',
      country: 'El Salvador',
      count: 3,
    });
    expect(
      casualties(
        'A Bahamian officer and a Belizean soldier were injured in a clash in Martissant on Monday.',
      ),
    ).toEqual([
      { kind: 'injured', count: 1, hedge: 'exact', affiliation: 'mss', country: 'Bahamas' },
      { kind: 'injured', count: 1, hedge: 'exact', affiliation: 'mss', country: 'Belize' },
    ]);
  });

  it('a first item told with where its person serves ("serving with the force") is one of the list', () => {
    expect(
      casualties(
        'On Monday, a Guatemalan soldier serving with the force and two Haitian police officers were wounded near Fort National.',
      ).map((c) => `${c.kind} ${c.count} ${c.affiliation}/${c.country ?? '-'}`),
    ).toEqual(['injured 1 mss/Guatemala', 'injured 2 police/-']);
  });

  it('a list item told with its service ("a soldier of the Armed Forces of Haiti (FAd\'H)") stays one of the list', () => {
    expect(
      casualties(
        "On Monday in Lilavois, a police officer, a soldier of the Armed Forces of Haiti (FAd'H) and a Salvadoran member of the GSF were wounded.",
      ).map((c) => `${c.kind} ${c.count} ${c.affiliation}/${c.country ?? '-'}`),
    ).toEqual(['injured 1 police/-', 'injured 1 army/-', 'injured 1 mss/El Salvador']);
  });

  it('people "along with" the wounded are wounded, each group on its own side, not the dead of the verb before', () => {
    expect(
      casualties(
        'On Tuesday near Cabaret, the attack killed one Kenyan officer and wounded another, along with two Haitian police officers and a motorcycle taxi driver.',
      ).map((c) => `${c.kind} ${c.count} ${c.affiliation}/${c.country ?? '-'}`),
    ).toEqual(['killed 1 mss/Kenya', 'injured 1 mss/Kenya', 'injured 2 police/-', 'injured 1 civilian/-']);
  });

  it('"were left wounded", "were left dead": the people before are the victims', () => {
    expect(
      casualties('On Monday in Carrefour, three residents were left wounded after gangs opened fire.'),
    ).toEqual([{ kind: 'injured', count: 3, hedge: 'exact', affiliation: 'civilian', country: null }]);
    expect(
      casualties('On Monday in Carrefour, two pedestrians were left dead after gangs opened fire.'),
    ).toEqual([{ kind: 'killed', count: 2, hedge: 'exact', affiliation: 'civilian', country: null }]);
  });

  it('bodies found are the dead; whose they were only the phrase itself says', () => {
    expect(casualties('The bodies of six men were found in Carrefour-Feuilles on Sunday.')).toEqual([
      { kind: 'killed', count: 6, hedge: 'exact', affiliation: 'civilian', country: null },
    ]);
    // The police found them: they are not police.
    expect(casualties('Police discovered 11 bodies in Solino on Monday.')).toEqual([
      { kind: 'killed', count: 11, hedge: 'exact', affiliation: 'unknown', country: null },
    ]);
    expect(casualties('The body of a police officer was found in Tabarre on Monday.')).toMatchObject([
      { kind: 'killed', count: 1, affiliation: 'police' },
    ]);
    // Not a dead body: a body of people, an organisation.
    expect(casualties('The UN body said the mission in Delmas on Monday had 20 officers.')).toEqual([]);
  });

  it('a number that starts a gang\'s name is no count; ", five of them children," is an aside', () => {
    expect(
      casualties('Police killed the leader of the 5 Segonn gang in Village de Dieu on Monday.'),
    ).toMatchObject([{ kind: 'killed', count: 1, affiliation: 'gang' }]);
    expect(
      casualties('Police killed three members of the 400 Mawozo gang in Croix-des-Bouquets on Monday.'),
    ).toMatchObject([{ kind: 'killed', count: 3, affiliation: 'gang' }]);
    expect(casualties('Seven people, five of them children, were killed in Delmas on Monday.')).toMatchObject(
      [{ kind: 'killed', count: 7 }],
    );
  });

  it('Haitian police killed, and "two others" injured on the same side', () => {
    expect(
      casualties(
        'Three Haitian National Police officers were killed and two others injured in Carrefour on Tuesday.',
      ),
    ).toEqual([
      { kind: 'killed', count: 3, hedge: 'exact', affiliation: 'police', country: null },
      { kind: 'injured', count: 2, hedge: 'exact', affiliation: 'police', country: null },
    ]);
  });

  it('a massacre: the subset after "including" is not added to the total', () => {
    expect(
      casualties(
        'At least 70 people, including 10 women and three infants, were killed in Pont-Sondé on Thursday.',
      ),
    ).toEqual([{ kind: 'killed', count: 70, hedge: 'at_least', affiliation: 'civilian', country: null }]);
  });

  it('active verbs count their objects: "killing five passengers and wounding nine others"', () => {
    expect(
      casualties(
        'Bandits opened fire on a bus near Liancourt on Monday, killing five passengers and wounding nine others.',
      ),
    ).toEqual([
      { kind: 'killed', count: 5, hedge: 'exact', affiliation: 'civilian', country: null },
      { kind: 'injured', count: 9, hedge: 'exact', affiliation: 'civilian', country: null },
    ]);
  });

  it('"neutralized him" after "the gang member responsible" is one gang member killed', () => {
    expect(
      casualties(
        'A police officer was killed in Delmas on Monday. His colleagues pursued the gang member responsible and neutralized him.',
      ),
    ).toContainEqual({ kind: 'killed', count: 1, hedge: 'exact', affiliation: 'gang', country: null });
  });

  it('"leaving four gang members dead" and "three dead and 15 injured"', () => {
    expect(casualties('Clashes in Cabaret on Monday left four gang members dead.')).toEqual([
      { kind: 'killed', count: 4, hedge: 'exact', affiliation: 'gang', country: null },
    ]);
    expect(
      casualties('Violence in Gonaïves on Monday left three dead and 15 injured.').map((c) => [
        c.kind,
        c.count,
      ]),
    ).toEqual([
      ['killed', 3],
      ['injured', 15],
    ]);
  });

  it('an injury the person later died of counts once, as a death', () => {
    expect(
      casualties(
        'A Kenyan officer was injured in Liancourt on Monday. He was airlifted to hospital but succumbed to his injuries.',
      ),
    ).toEqual([{ kind: 'killed', count: 1, hedge: 'exact', affiliation: 'mss', country: 'Kenya' }]);
  });

  it('"went missing" is missing, "fatally wounded" is killed, "was shot and wounded" is injured', () => {
    expect(casualties('Last week, a Kenyan officer went missing in Pont-Sondé.')[0]).toMatchObject({
      kind: 'missing',
      count: 1,
    });
    expect(casualties('A Kenyan constable was fatally wounded in Savien on Monday.')[0]).toMatchObject({
      kind: 'killed',
      count: 1,
    });
    expect(
      casualties(
        'A Kenyan officer serving with the Gang Suppression Force was shot and wounded in Cité Soleil on Wednesday.',
      ),
    ).toEqual([{ kind: 'injured', count: 1, hedge: 'exact', affiliation: 'mss', country: 'Kenya' }]);
  });

  it('does not count speculation, fears or denials', () => {
    expect(
      casualties('Media speculated that the officer may have been killed in Pont-Sondé on Monday.'),
    ).toEqual([]);
    expect(casualties('No officers were injured in the attack on Delmas on Monday.')).toEqual([]);
    expect(
      casualties('Colleagues fear he may already be dead after the ambush in Liancourt on Monday.'),
    ).toEqual([]);
  });

  it('names and ages: "26-year-old Police Constable Samuel Tompoi Kaetuai"', () => {
    const draft = readReport(
      'On Monday, 26-year-old Police Constable Samuel Tompoi Kaetuai was fatally wounded in Ségur-Savien.',
      {
        publishedAt: PUBLISHED,
        gazetteer: GAZETTEER,
      },
    );
    expect(draft.incidents[0]?.casualties[0]?.persons).toEqual([{ name: 'Samuel Tompoi Kaetuai', age: 26 }]);
  });

  it('a bare "officer" belongs to the mission in a mission story and to the Haitian police in a police story', () => {
    const mss = casualties(
      'The MSS said its Kenyan contingent was on patrol. An officer was killed in Liancourt on Monday.',
    );
    expect(mss[0]).toMatchObject({ affiliation: 'mss', country: 'Kenya' });
    const pnh = casualties(
      'The PNH said its units were on patrol. An officer was killed in Liancourt on Monday.',
    );
    expect(pnh[0]).toMatchObject({ affiliation: 'police', country: null });
  });

  it('counts the kidnapped as missing, and says in the title that they were kidnapped', () => {
    const draft = readReport(
      'Gunmen kidnapped a Canadian missionary and her two children in Croix-des-Bouquets on Saturday.',
      {
        publishedAt: PUBLISHED,
        gazetteer: GAZETTEER,
      },
    );
    expect(draft.incidents[0]).toMatchObject({
      type: 'kidnapping',
      casualties: [{ kind: 'missing', count: 3, affiliation: 'civilian' }],
    });
    expect(draft.incidents[0]?.title).toMatch(/3 civilians kidnapped/);
  });
});

describe('more ways of saying it', () => {
  it('"claimed the lives of 12 people in Port-au-Prince’s Delmas neighbourhood"', () => {
    const draft = readReport(
      'The attack on Sunday, May 11 claimed the lives of 12 people in Port-au-Prince’s Delmas neighbourhood.',
      {
        publishedAt: PUBLISHED,
        gazetteer: GAZETTEER,
      },
    );
    expect(draft.incidents[0]).toMatchObject({
      date: '2025-05-11',
      place: expect.objectContaining({ key: 'delmas' }),
    });
    expect(draft.incidents[0]?.casualties).toEqual([expect.objectContaining({ kind: 'killed', count: 12 })]);
  });

  it('"one … was killed and another injured"; "killed a police officer and wounded two others"', () => {
    expect(
      casualties('One MSS officer was killed and another injured in Solino on Monday.').map((c) => [
        c.kind,
        c.count,
        c.affiliation,
      ]),
    ).toEqual([
      ['killed', 1, 'mss'],
      ['injured', 1, 'mss'],
    ]);
    expect(
      casualties('On Monday gunmen killed a police officer and wounded two others in Delmas.').map((c) => [
        c.kind,
        c.count,
      ]),
    ).toEqual([
      ['killed', 1],
      ['injured', 2],
    ]);
  });
});

describe("an event's death toll", () => {
  const read = (text: string) => readReport(text, { publishedAt: PUBLISHED, gazetteer: GAZETTEER });

  it('"the death toll from Monday\'s attack rose to 25": the dead of that event, dated by the event', () => {
    const [incident, ...rest] = read(
      'The death toll from Monday’s attack in Pont-Sondé rose to 25 on Wednesday.',
    ).incidents;
    expect(rest).toEqual([]);
    expect(incident).toMatchObject({ date: '2025-05-12', type: 'attack' });
    expect(incident?.casualties).toEqual([expect.objectContaining({ kind: 'killed', count: 25 })]);
    expect(
      read('The death toll from the attack in Pont-Sondé on Monday has climbed to at least 70, the UN said.')
        .incidents[0]?.casualties,
    ).toEqual([expect.objectContaining({ kind: 'killed', count: 70, hedge: 'at_least' })]);
  });

  it('"from last week\'s attack", "from Tuesday night\'s attack" are one event\'s too, and its toll is the last rise told', () => {
    for (const text of [
      'The death toll from last week’s attack in Mirebalais rose to 25.',
      'The death toll from Tuesday night’s attack in Mirebalais rose to 25.',
      // Not a number in a clause on the way.
      'The death toll from Monday’s attack in Mirebalais, which initially stood at 12, has risen to 25.',
      'The death toll from Monday’s attack, which hit three neighbourhoods of Mirebalais, rose to 25.',
    ])
      expect(read(text).incidents[0]?.casualties).toEqual([
        expect.objectContaining({ kind: 'killed', count: 25 }),
      ]);
  });

  it('a toll that rises after the event was told is the same event, its tolls competing, never added', () => {
    const draft = read(
      'Gangs killed 20 people in Pont-Sondé on Monday. The death toll from the attack rose to 25 on Wednesday.',
    );
    expect(draft.incidents).toHaveLength(1);
    expect(draft.incidents[0]).toMatchObject({ date: '2025-05-12' });
    expect(draft.incidents[0]?.casualties.map((c) => c.count)).toEqual([25]);
    expect(draft.incidents[0]?.flags?.map((f) => f.code)).toContain('competing_tolls');
  });

  it('a toll of many events is a figure, not an incident', () => {
    const draft = read('The death toll from attacks in Pont-Sondé this month rose to 115.');
    expect(draft.incidents).toEqual([]);
    expect(draft.figures).toEqual([expect.objectContaining({ metric: 'killed', value: 115 })]);
  });
});
