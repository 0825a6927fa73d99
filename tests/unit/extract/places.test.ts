import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { analyze } from '@/lib/extract/analyze';
import { gazetteerIndex } from '@/lib/extract/places';
import { splitSentences } from '@/lib/extract/sentences';
import { GAZETTEER, type GazetteerEntry } from '@/lib/locations/gazetteer';

const PUBLISHED = '2025-05-14'; // a Wednesday
const place = (text: string, gazetteer: readonly GazetteerEntry[] = GAZETTEER) =>
  readReport(text, { publishedAt: PUBLISHED, gazetteer }).incidents[0];

describe('incident places', () => {
  it.each([
    ['Gunmen killed three people in Cité Soleil on Monday.', 'cite-soleil', 'Ouest', 'commune'],
    ['Two police officers were shot dead in Carrefour on Monday.', 'carrefour', 'Ouest', 'commune'],
    ['Clashes broke out in Croix des Bouquets on Monday.', 'croix-des-bouquets', 'Ouest', 'commune'],
    ['A policeman was killed in Gonaives on Monday.', 'gonaives', 'Artibonite', 'commune'],
    ['Gangs attacked Saint-Marc on Monday, killing two residents.', 'saint-marc', 'Artibonite', 'commune'],
    ['Bandits ambushed a convoy near Liancourt on Monday.', 'liancourt', 'Artibonite', 'commune'],
    [
      'Gang members raided Petite Rivière on Monday, killing four farmers.',
      'petite-riviere-de-lartibonite',
      'Artibonite',
      'commune',
    ],
    ['An attack on Mirebalais on Monday left five dead.', 'mirebalais', 'Centre', 'commune'],
    ['Gunfire was heard in Martissant on Monday.', 'martissant', 'Ouest', 'neighbourhood'],
  ])('%s → %s', (text, key, department, precision) => {
    expect(place(text)?.place).toMatchObject({ key, department, precision });
  });

  it('places gunfire where the visitors were: "while the minister was visiting the General Hospital"', () => {
    const text =
      'Gangs opened fire in Port-au-Prince on Monday while the minister was visiting the General Hospital.';
    expect(place(text)?.place?.key).toBe('general-hospital');
  });

  it('takes the most specific place named in the sentence ("Seguin, Pont-Sonde" is Ségur-Savien)', () => {
    const p = place('An officer was killed during an operation in Seguin, Pont-Sonde, on Monday.')?.place;
    expect(p).toMatchObject({
      key: 'segur-savien',
      name: 'Ségur-Savien',
      department: 'Artibonite',
      matchedText: 'Seguin',
    });
  });

  it('takes the place a possessive narrows: "the capital’s suburb of Tabarre", never the city of "the Delmas neighbourhood of Port-au-Prince"', () => {
    expect(place('Gangs killed six people in the capital’s suburb of Tabarre on Monday.')?.place?.key).toBe(
      'tabarre',
    );
    expect(
      place('Gunmen killed five people in the Delmas neighbourhood of Port-au-Prince on Tuesday.')?.place
        ?.key,
    ).toBe('delmas');
    // A place used to describe another: "the Port-au-Prince suburb of Tabarre" is Tabarre.
    expect(
      place('Gangs killed six people near the Port-au-Prince suburb of Tabarre on Monday.')?.place?.key,
    ).toBe('tabarre');
    expect(place('Gangs killed six people in the Artibonite town of Liancourt on Monday.')?.place?.key).toBe(
      'liancourt',
    );
    expect(
      place('Gangs killed six people in the Cité Soleil slum of Port-au-Prince on Monday.')?.place?.key,
    ).toBe('cite-soleil');
    // Two places side by side stay a list: the one named first.
    expect(place('Gangs attacked Mirebalais and the Centre town of Saut-d’Eau on Monday.')?.place?.key).toBe(
      'mirebalais',
    );
  });

  it('places "Haiti’s Artibonite region" at the department', () => {
    const p = place('A Kenyan officer died in a clash in Haiti’s Artibonite region on Monday.')?.place;
    expect(p).toMatchObject({ key: 'artibonite', precision: 'department', department: 'Artibonite' });
  });

  it('says "near" a site with neighbourhood precision, not an exact pin', () => {
    const p = place('Heavy gunfire was reported in the Tabarre area near the U.S. Embassy on Monday.')?.place;
    expect(p).toMatchObject({ key: 'us-embassy', precision: 'neighbourhood', department: 'Ouest' });
  });

  it('does not take the capital of a dateline, a hospital the wounded were flown to, or a destination abroad', () => {
    const draft = readReport(
      'PORT-AU-PRINCE, Haiti — Two Jamaican soldiers were wounded in Mirebalais on Monday. They were airlifted to Aspen Hospital and later evacuated to the Dominican Republic.',
      { publishedAt: PUBLISHED, gazetteer: GAZETTEER },
    );
    expect(draft.incidents.map((i) => i.place?.key)).toEqual(['mirebalais']);
  });

  it('does not treat "the US embassy urged its citizens" as where something happened', () => {
    const draft = readReport(
      'The US embassy urged its citizens to leave. Gunfire erupted in Delmas on Monday.',
      {
        publishedAt: PUBLISHED,
        gazetteer: GAZETTEER,
      },
    );
    expect(draft.incidents).toHaveLength(1);
    expect(draft.incidents[0]?.place?.key).toBe('delmas');
  });

  it('puts a place the gazetteer lacks in placeText, with no invented position, and warns', () => {
    const draft = readReport('Gunmen kidnapped five nuns in the town of Fonds-Parisien on Monday.', {
      publishedAt: PUBLISHED,
      gazetteer: GAZETTEER,
    });
    expect(draft.incidents[0]).toMatchObject({ place: null, placeText: 'Fonds-Parisien' });
    expect(draft.warningDetails.map((w) => w.code)).toContain('unknown_place');
  });

  it('keeps an unknown hyphenated name whole: "Morne-à-Cabrit", "Fond-des-Blancs"', () => {
    for (const name of ['Morne-à-Cabrit', 'Fond-des-Blancs']) {
      const draft = readReport(`Gangs killed six people in ${name} on Monday.`, {
        publishedAt: PUBLISHED,
        // Both are in the gazetteer now; taken out, they are names it does not know.
        gazetteer: GAZETTEER.filter((e) => e.key !== 'fond-des-blancs' && e.key !== 'morne-a-cabrit'),
      });
      expect(draft.incidents[0]?.placeText).toBe(name);
    }
  });

  it('finds a village once the gazetteer has it', () => {
    const draft = readReport('Gunmen kidnapped five nuns in the town of Fond-Parisien on Monday.', {
      publishedAt: PUBLISHED,
      gazetteer: GAZETTEER,
    });
    expect(draft.incidents[0]?.place).toMatchObject({ key: 'fond-parisien', department: 'Ouest' });
  });

  it('keeps a known commune and names the unknown village within it', () => {
    const i = place('Clashes erupted in the village of Bas-Boen in Croix-des-Bouquets commune on Monday.');
    expect(i).toMatchObject({
      placeText: 'Bas-Boen',
      place: expect.objectContaining({ key: 'croix-des-bouquets' }),
    });
  });

  it('does not mistake "Haitian", "Kenya" or a month for a place', () => {
    const draft = readReport(
      'Haitian police said a Kenyan officer was killed in February. His body was flown to Kenya.',
      {
        publishedAt: PUBLISHED,
        gazetteer: GAZETTEER,
      },
    );
    expect(draft.incidents[0]).toMatchObject({ place: null, placeText: null });
    expect(draft.warningDetails.map((w) => w.code)).not.toContain('unknown_place');
  });

  it('reads Kreyòl and spelling variants through the gazetteer aliases', () => {
    expect(place('Two residents were killed in Kafou on Monday.')?.place?.key).toBe('carrefour');
    expect(place('Police killed a gang leader in Petionville on Monday.')?.place?.key).toBe('petion-ville');
  });

  it('uses any gazetteer it is given, editors’ additions included, and builds its index once per array', () => {
    const extra: GazetteerEntry[] = [
      ...GAZETTEER,
      {
        key: 'canaan',
        name: 'Canaan',
        kind: 'neighbourhood',
        parent: 'croix-des-bouquets',
        lat: 18.63,
        lng: -72.27,
      },
    ];
    expect(place('Gunmen killed four people in Canaan on Monday.', extra)?.place).toMatchObject({
      key: 'canaan',
      department: 'Ouest',
    });
    expect(gazetteerIndex(extra)).toBe(gazetteerIndex(extra));
    expect(gazetteerIndex(extra)).not.toBe(gazetteerIndex(GAZETTEER));
  });
});

describe('place names that are also words or personal names', () => {
  const keyOf = (text: string) => place(text)?.place?.key ?? null;

  it.each([
    ['Gang members killed two farmers in Pilate on Monday.', 'pilate'],
    ['Gunmen attacked a bus near Plaisance on Monday.', 'plaisance'],
    ['Two police officers were killed in Limonade on Monday.', 'limonade'],
    ['Gunmen killed four people in Grand-Goâve on Monday.', 'grand-goave'],
    ['Two people were shot dead in Ouanaminthe on Monday.', 'ouanaminthe'],
    ['Gangs burned houses in Mont-Organisé on Monday.', 'mont-organise'],
    ['A police officer was killed in La Victoire on Monday.', 'la-victoire'],
  ])('%s → %s', (text, key) => {
    expect(keyOf(text)).toBe(key);
  });

  it.each([
    'Pilate said gunmen killed two farmers in a field on Monday.',
    'Mr. Pilate was killed on Monday.',
    'Gunmen killed Chantal Dupont on Monday.',
    'Gunmen killed a man from Ferrier Saint-Jean on Monday.',
    'La victoire de la police a coûté la vie à deux agents lundi.',
    'Deux policiers ont été tués lundi dans un port de plaisance.',
    'Perches and barricades were set on fire on Monday, killing two people.',
    'Marigot residents said two people were killed on Monday.',
  ])('no place in "%s"', (text) => {
    expect(keyOf(text)).toBeNull();
  });

  it('still reads the capital behind a personal-name commune: "Chantal Dorsainvil was killed in Delmas"', () => {
    expect(keyOf('Chantal Dorsainvil was killed in Delmas on Monday.')).toBe('delmas');
  });

  it('takes a neighbourhood over the commune it starts with ("Carrefour Drouillard", "Kafou-Bèt")', () => {
    expect(keyOf('Two people were shot dead at Carrefour Drouillard on Monday.')).toBe('drouillard');
    expect(keyOf('Gang members killed three people in Kafou-Bèt on Monday.')).toBe('kafou-bet');
  });

  it('reads more neighbourhoods of the capital area: La Saline, Bois-Neuf, Diquini, Morne Hercule, Titanyen', () => {
    for (const [where, key, parent] of [
      ['La Saline', 'la-saline', 'port-au-prince'],
      ['Bois-Neuf', 'bois-neuf', 'cite-soleil'],
      ['Diquini', 'diquini', 'carrefour'],
      ['Morne Hercule', 'morne-hercule', 'petion-ville'],
      ['Titanyen', 'titanyen', 'cabaret'],
    ]) {
      const incident = place(`Gangs killed two people in ${where} on Monday.`);
      expect(incident?.place?.key).toBe(key);
      expect(GAZETTEER.find((e) => e.key === key)).toMatchObject({ parent, approximate: true });
    }
  });

  it('reads hospitals, markets and prisons by the names reports use', () => {
    expect(keyOf('Gangs attacked the HUEH on Monday, killing two journalists.')).toBe('general-hospital');
    expect(keyOf('A fire broke out at the Croix-des-Bossales market on Monday, killing two.')).toBe(
      'croix-des-bossales',
    );
    expect(keyOf('Gangs stormed the Croix-des-Bouquets prison on Monday, killing two guards.')).toBe(
      'croix-des-bouquets-prison',
    );
  });
});

describe('roads named by the places they link', () => {
  it('places an attack on a road between two sites of one commune in that commune, keeping the road as written', () => {
    const incident = place(
      'On Monday a police patrol was ambushed along the General Hospital-APN road in the capital, and two officers were wounded.',
    );
    expect(incident?.place).toMatchObject({ key: 'port-au-prince', precision: 'commune' });
    expect(incident?.placeText).toBe('General Hospital-APN road');
  });

  it('reads "the road linking X to Y" even when the first end is not in the gazetteer', () => {
    const incident = place(
      'On Monday gunmen opened fire on a bus on the road linking the old cement works to Cabaret, killing two passengers.',
    );
    expect(incident?.place?.key).toBe('cabaret');
    expect(incident?.placeText).toMatch(/^road linking the old cement works to Cabaret/);
  });

  it('locates a highway through several communes at the place holding them all, not at one end', () => {
    const incident = place(
      'Gangs dug trenches on the Saint-Marc-Pont Sondé-Gonaïves highway on Monday and attacked a convoy.',
    );
    expect(incident?.place).toMatchObject({ key: 'artibonite', precision: 'department' });
    expect(incident?.placeText).toBe('Saint-Marc-Pont Sondé-Gonaïves highway');
  });

  it('reads a French "axe" named by its ends', () => {
    const [facts] = analyze(
      splitSentences('Un véhicule blindé de la police a été attaqué lundi sur l’axe Liancourt-Pont-Sondé.'),
      PUBLISHED,
      GAZETTEER,
    ).facts;
    const road = facts?.places.find((p) => p.road);
    expect(road).toMatchObject({ role: 'at', mention: { entry: { key: 'artibonite' } } });
    expect(facts?.unknownPlaces[0]?.text).toBe('axe Liancourt-Pont-Sondé');
    // The ends are not the scene.
    expect(facts?.places.filter((p) => !p.road).map((p) => p.role)).toEqual(['none', 'none']);
  });
});

describe('a site told by its kind, named beside the event', () => {
  it('takes the one site of that kind named close by, not where the wounded were treated, and flags it', () => {
    const incident = place(
      'Gunmen opened fire inside a crowded hospital in the capital on Monday, killing two nurses. ' +
        'Witnesses said the staff of the General Hospital had been warned. ' +
        'The wounded were treated at La Paix Hospital.',
    );
    expect(incident?.place?.key).toBe('general-hospital');
    expect(incident?.flags?.map((f) => f.code)).toContain('place_from_context');
  });

  it('makes no choice when two sites of the kind are named beside it', () => {
    const incident = place(
      'Gunmen opened fire inside a crowded hospital in the capital on Monday, killing two nurses. ' +
        'Both the General Hospital and Hôpital Saint-François de Sales had received threats.',
    );
    expect(incident?.place?.key).toBe('port-au-prince');
  });
});
