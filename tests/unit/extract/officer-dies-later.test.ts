/**
 * An officer shot on one day who dies on another, the others wounded beside him, the gang dead told
 * in quotes, his rank among the force's dead and an officer missing since an operation: held-out
 * wordings of the Kenyan press (issue 11). Every text here is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';

// 2025-06-11 is a Wednesday.
const tolls = (text: string) =>
  readReport(text, { publishedAt: '2025-06-11', gazetteer: GAZETTEER }).incidents.map(
    (i) =>
      `${i.date} ${i.datePrecision} ${i.place?.name ?? '-'}: ${i.casualties.map((c) => `${c.kind} ${c.count} ${c.affiliation}`).join('; ')}`,
  );

describe('a Kenyan officer who died of his wounds', () => {
  it('reads one attack: the dead officer, the two other wounded, a police officer and four “neutralised” gang suspects', () => {
    expect(
      tolls(
        'A Kenyan police officer who was shot during an anti-gang operation in Haiti on Saturday has died, the National Police Service said yesterday. ' +
          'Constable Dennis Kiprop, 29, was hit in the chest when gang members opened fire on a joint patrol in Pernier, on the outskirts of Pétion-Ville. ' +
          'Two other Kenyan officers sustained minor injuries in the same attack. ' +
          'According to the Haitian police, a PNH officer was also killed in the exchange and four gang suspects were "neutralised". ' +
          'Kiprop is the third Kenyan officer to die in Haiti since the first contingent landed in Port-au-Prince on June 25, 2024.',
      ),
    ).toEqual(['2025-06-07 day Pétion-Ville: injured 2 mss; killed 1 mss; killed 1 police; killed 4 gang']);
  });

  it('reads "Kiprop is the third Kenyan officer to die … since the first contingent landed … on June 25, 2024" as his rank, not a death that day', () => {
    expect(
      tolls(
        'A Kenyan police officer, Constable Dennis Kiprop, was killed in Pétion-Ville on Saturday. ' +
          'The mission said he had been on patrol with Haitian police. ' +
          'Kiprop is the third Kenyan officer to die in Haiti since the first contingent of about 200 landed in Port-au-Prince on June 25, 2024.',
      ),
    ).toEqual(['2025-06-07 day Pétion-Ville: killed 1 mss']);
  });

  it.each([
    [
      'Another officer has been missing since an operation near Pont-Sondé in March.',
      '2025-03-01 month Pont-Sondé',
    ],
    [
      'Another officer has been missing since an operation in Artibonite in March 2025.',
      '2025-03-01 month Artibonite',
    ],
    [
      'Another officer has been missing since a canal operation near Pont-Sondé in March.',
      '2025-03-01 month Pont-Sondé',
    ],
  ])('dates "%s" to the operation he went missing in', (text, when) => {
    expect(
      tolls(`Kenyan officers of the Multinational Security Support mission patrol the Artibonite. ${text}`),
    ).toEqual([`${when}: missing 1 mss`]);
  });
});

describe('a Caribbean wire’s copy', () => {
  it('reads "A Jamaica Defence Force (JDF) soldier serving with the … (MSS) mission in Haiti was shot and injured", and no Haitian incident in "Meanwhile, in St Catherine, …"', () => {
    expect(
      tolls(
        'A Jamaica Defence Force (JDF) soldier serving with the Multinational Security Support (MSS) mission in Haiti was shot and injured during an operation in Bizoton on Friday. ' +
          'Three suspected gang members were killed, the PNH said. ' +
          'Meanwhile, in St Catherine, two men were shot and killed by the police during an alleged confrontation in Spanish Town on Sunday afternoon.',
      ),
    ).toEqual(['2025-06-06 day Bizoton: injured 1 mss; killed 3 gang']);
  });
});

describe('the slain officer, told after another event', () => {
  it('is the officer of the event told to the day, not more dead of the back-reference told last', () => {
    expect(
      tolls(
        'A Kenyan police officer was killed on Wednesday when gang members ambushed his patrol near Pont-Sondé. ' +
          'In April, Gran Grif gunmen killed at least 20 people in Petite-Rivière de l’Artibonite, according to the United Nations. ' +
          'Kenya’s Interior Ministry said the slain officer’s body would be repatriated in the coming days.',
      ),
    ).toEqual([
      '2025-06-11 day Pont-Sondé: killed 1 mss',
      "2025-04-01 month Petite-Rivière-de-l'Artibonite: killed 20 civilian",
    ]);
  });
});

describe('a day and no place, then another event with its place', () => {
  it('keeps "Separately, two police officers were wounded in an ambush in Cabaret" apart from the killing told before', () => {
    expect(
      tolls(
        'PORT-AU-PRINCE, Haiti (AP) — Gunmen killed three people on Tuesday, police said.\n' +
          'Separately, two police officers were wounded in an ambush in Cabaret, officials said.',
      ).map((i) => i.split(':')[0]),
    ).toEqual(['2025-06-10 day Port-au-Prince', '2025-05-01 month Cabaret']);
  });
});

describe('officers killed at a post, one of them dying the next day in a hospital elsewhere', () => {
  const text =
    'Gunmen stormed a police station in Arcahaie late Sunday, killing at least three officers and a street vendor, authorities said. ' +
    'Two officers died at the scene, a police spokesman said. ' +
    'A third officer, who was shot in the leg, died Monday at a hospital in the suburb of Pétion-Ville, where four other wounded officers remain in stable condition. ' +
    'A police union said five officers were killed.';

  it('reads one attack: the third officer is one of the three, those who died at once no rival count, the other wounded officers police', () => {
    expect(tolls(text)).toEqual([
      '2025-06-08 day Arcahaie: killed 3 police; killed 5 police; killed 1 civilian; injured 4 police',
    ]);
  });
});

describe('a death in hospital the day after', () => {
  it('reads "Three officers died at the scene. A fourth, who was shot in the abdomen, died Wednesday" as the fourth of the officers, not one more wounded', () => {
    expect(
      tolls(
        'Gang members stormed a police station in Arcahaie on Tuesday, killing four officers and a civilian. Three officers died at the scene. A fourth, who was shot in the abdomen, died Wednesday at a hospital in Port-au-Prince.',
      ),
    ).toEqual(['2025-06-10 day Arcahaie: killed 4 police; killed 1 civilian']);
    expect(
      tolls(
        'Gang members stormed a police station in Arcahaie on Tuesday. Two officers died at the scene. A third, who was shot in the abdomen, died Wednesday at a hospital in Port-au-Prince.',
      ),
    ).toEqual(['2025-06-10 day Arcahaie: killed 3 police']);
  });

  it('reads "A third officer died Monday in hospital" as the attack’s third dead, not an event on Monday', () => {
    expect(
      tolls(
        'Gunmen attacked a police station in Arcahaie on Sunday, killing two officers. A third officer died Monday in hospital.',
      ),
    ).toEqual(['2025-06-08 day Arcahaie: killed 3 police']);
  });
});

describe('Kenyan officers nursing wounds after an ambush, flown to the mission’s base', () => {
  it('reads the wounded, not an event where they were flown, nor one on the day a minister wished them well', () => {
    expect(
      tolls(
        'Three Kenyan police officers serving with the MSS are nursing gunshot wounds after their patrol was ambushed near Saint-Marc on Monday. ' +
          'The officers were airlifted to the mission’s medical facility at Toussaint Louverture International Airport in Port-au-Prince, where they are in stable condition. ' +
          'Interior CS Kipchumba Murkomen on Tuesday wished the injured officers a quick recovery.',
      ),
    ).toEqual(['2025-06-09 day Saint-Marc: injured 3 mss']);
  });
});

describe('what followed the attack, on a later day', () => {
  it('reads "schools stayed closed on Monday" as no day of an event: the gunfire that afternoon is the attack’s', () => {
    expect(
      tolls(
        'Two police officers were killed on Saturday when gunmen opened fire on their patrol on Delmas 60, police said. ' +
          'Residents reported heavy gunfire between Delmas 60 and Delmas 64 throughout the afternoon, and several schools in the area stayed closed on Monday.',
      ),
    ).toEqual(['2025-06-07 day Delmas 60: killed 2 police']);
  });
});

describe('bodies found, and since when the dead had been missing', () => {
  it('reads one event: "had been missing since … Thursday … and were probably killed that night" tells how it began', () => {
    expect(
      tolls(
        'Police said the bodies of three men were pulled from a canal on Monday near Liancourt. ' +
          'According to relatives in Liancourt, the men had been missing since leaving the market on Thursday, June 5, and were probably killed that night.',
      ),
    ).toEqual(['2025-06-09 day Liancourt: killed 3 civilian']);
  });
});

describe('another victim "in the exchange of fire"', () => {
  it('reads "A Guatemalan soldier was also slightly injured in the exchange of fire" as the same patrol’s', () => {
    expect(
      tolls(
        'A Jamaican soldier was shot in the leg during a joint patrol in Delmas 6 last Thursday. ' +
          'A Guatemalan soldier was also slightly injured in the exchange of fire.',
      ),
    ).toEqual(['2025-06-05 day Delmas 6: injured 1 mss; injured 1 mss']);
  });
});

describe('a death in hospital told beside those at the scene', () => {
  it('keeps "died Monday at Saint-Nicolas hospital in Saint-Marc" with Sunday’s attack', () => {
    expect(
      tolls(
        'Gang members stormed a village in the hills of Arcahaie before dawn on Sunday, killing at least five people, police said. ' +
          'Police said four people died at the scene and a man shot in the chest died Monday at Saint-Nicolas hospital in Saint-Marc, where three other wounded villagers were taken.',
      ),
    ).toEqual(['2025-06-08 day Arcahaie: killed 5 civilian; injured 3 civilian']);
  });
});
