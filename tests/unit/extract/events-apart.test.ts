/**
 * One event or two: « tandis qu'à Carrefour … dimanche », "The driver … was shot", "The next
 * morning, residents found the bodies"; a dateline's date in brackets; asides set off by dashes
 * or a trade; and a list of the dead that breaks a tally down.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';

const read = (text: string, publishedAt: string | null = '2025-06-11') =>
  readReport(text, { publishedAt, gazetteer: GAZETTEER });
const incidents = (text: string, publishedAt: string | null = '2025-06-11') =>
  read(text, publishedAt).incidents.map(
    (i) =>
      `${i.date} ${i.place?.name ?? '-'}: ${i.casualties.map((c) => `${c.kind}/${c.affiliation}/${c.count}`).join(' ')}`,
  );

describe('one event or two', () => {
  it('splits « …, tandis qu’à Carrefour un policier a été blessé dimanche »', () => {
    expect(
      incidents(
        'Au moins six personnes ont été tuées samedi lors d’une attaque à Gressier, tandis qu’à Carrefour un policier a été grièvement blessé dimanche.',
      ),
    ).toEqual(['2025-06-07 Gressier: killed/civilian/6', '2025-06-08 Carrefour: injured/police/1']);
  });

  it('keeps apart a day inside a month told before when its victims are of another side', () => {
    expect(
      incidents(
        'Gunmen attacked a church in Furcy on Sunday, killing 12 people. Last month, gunmen killed four farmers in nearby Belot. ' +
          'A drone strike on May 28 near Kenscoff killed at least three suspected gang members, police said.',
      ),
    ).toEqual([
      '2025-06-08 Furcy: killed/civilian/12',
      '2025-05-01 Belot: killed/civilian/4',
      '2025-05-28 Kenscoff: killed/gang/3',
    ]);
  });

  it('joins "The driver, who tried to speed away, was shot" to the event just told', () => {
    expect(
      incidents(
        'Gunmen abducted 11 people from a bus near Gressier on Thursday. The driver, who tried to speed away, was shot in the leg.',
      ),
    ).toEqual(['2025-06-05 Gressier: missing/civilian/11 injured/civilian/1']);
  });

  it('dates "The next morning" from the day before it, so the bodies found then are another event', () => {
    expect(
      incidents(
        'Two police officers were shot dead in Pétion-Ville on Sunday night. The next morning, residents of a nearby ravine found the bodies of three young men.',
      ),
    ).toEqual(['2025-06-08 Pétion-Ville: killed/police/2', '2025-06-09 Pétion-Ville: killed/civilian/3']);
  });
});

describe('a dateline whose date is in brackets', () => {
  it('dates the report, not the event, with or without a publication date', () => {
    const text = 'GENEVA (11 June 2025) — Gang attacks in Kenscoff killed at least 35 people on Friday.';
    expect(incidents(text)).toEqual(['2025-06-06 Kenscoff: killed/civilian/35']);
    expect(incidents(text, null)).toEqual(['2025-06-06 Kenscoff: killed/civilian/35']);
  });
});

describe('asides between the people and their verb', () => {
  it('reads past an aside set off by dashes and a trade after an age', () => {
    expect(
      incidents(
        'Trois membres de la MMAS – deux policiers kényans et un militaire guatémaltèque – ont été blessés jeudi lors d’une patrouille à Canaan.',
      ),
    ).toEqual(['2025-06-05 Canaan: injured/mss/3']);
    expect(
      incidents(
        'Le docteur Ralph Bien-Aimé, 56 ans, pédiatre bien connu de la capitale, a été enlevé vendredi à Pétion-Ville.',
      ),
    ).toEqual(['2025-06-06 Pétion-Ville: missing/civilian/1']);
  });
});

describe('a list of the dead that breaks a tally down', () => {
  it('is figures, each item with its side, and never a contingent’s strength', () => {
    const draft = read(
      'Selon le BINUH, au moins 498 personnes ont été tuées entre janvier et mars. Parmi les personnes tuées, on compte 301 membres de gangs, 178 civils, 16 policiers, 2 militaires des Forces armées d’Haïti et 1 membre de la Mission multinationale.',
    );
    expect(draft.incidents).toEqual([]);
    expect(draft.deployments).toEqual([]);
    expect(draft.figures.map((f) => `${f.value}/${f.affiliation ?? '-'}`)).toEqual([
      '498/-',
      '301/gang',
      '178/civilian',
      '16/police',
      '2/army',
      '1/mss',
    ]);
  });
});

describe('a day told from another event', () => {
  it('dates "Their arrival came a day after …" and "The ambush came exactly a week after …" back from that event', () => {
    expect(
      incidents(
        'Seventy Kenyan officers arrived in Port-au-Prince on Monday. Their arrival came a day after gunmen opened fire on a convoy near Cabaret, killing two people.',
      ),
    ).toEqual(['2025-06-08 Cabaret: killed/civilian/2']);
    expect(
      incidents(
        'Two Kenyan officers were injured on Saturday after gang members ambushed their armoured vehicle in Delmas. The ambush came exactly a week after two Haitian police officers were shot dead in Delmas 30.',
      ),
    ).toEqual(['2025-06-07 Delmas: injured/mss/2', '2025-05-31 Delmas 30: killed/police/2']);
  });

  it('dates "The incident comes a month after …" to the month before the event, not to a back-reference told between', () => {
    expect(
      incidents(
        'A Kenyan officer went missing near Pont-Sondé on Saturday. In October last year, gunmen killed more than 70 people in Pont-Sondé. The incident comes a month after Constable Samuel Kaetuai was shot dead during an operation in Ségur-Savien.',
      ),
    ).toEqual([
      '2025-06-07 Pont-Sondé: missing/mss/1',
      '2024-10-01 Pont-Sondé: killed/civilian/70',
      '2025-05-01 Ségur-Savien: killed/mss/1',
    ]);
  });

  it('reads « la veille de leur arrivée » and « le lendemain de l’attaque » from the day just told', () => {
    expect(
      incidents(
        'Soixante-dix policiers kényans sont arrivés lundi à Port-au-Prince. La veille de leur arrivée, deux membres de la mission avaient été blessés lors d’une patrouille à Solino.',
      ),
    ).toEqual(['2025-06-08 Solino: injured/mss/2']);
    expect(
      incidents(
        'Des bandits ont attaqué Mirebalais lundi. Le lendemain de l’attaque, deux policiers ont été tués à Saut-d’Eau.',
      ),
    ).toEqual(['2025-06-09 Mirebalais: ', "2025-06-10 Saut-d'Eau: killed/police/2"]);
  });

  it('counts "The report was made public four days after …" back from the day the report was told, not the last day given', () => {
    expect(
      incidents(
        'The UN report, released on Monday, June 9, recorded 1,520 killings since April. ' +
          'One strike it documents, on May 3 in Bel-Air, killed eight people. ' +
          'The report was made public four days after gunmen stormed the commune of Thomazeau, killing nine people.',
      ),
    ).toEqual(['2025-05-03 Bel Air: killed/civilian/8', '2025-06-05 Thomazeau: killed/civilian/9']);
  });

  it('does not date the news itself ("This comes a day after …")', () => {
    expect(
      incidents(
        'Gunmen killed two people in Delmas on Monday. This comes a day after reports of heavy gunfire near the US embassy.',
      ),
    ).toEqual(['2025-06-09 Delmas: killed/civilian/2']);
  });
});

describe('the days an event ran', () => {
  it('grows the span to « jusqu’au 4 juin » when the attacks are told to go on, not a new event where people fled', () => {
    expect(
      read(
        'Le 1er juin, des groupes armés ont attaqué plusieurs localités de Mirebalais. Les attaques se sont poursuivies jusqu’au 4 juin, entraînant la fuite de milliers d’habitants vers Hinche.',
      ).incidents.map((i) => `${i.date}..${i.dateEnd} ${i.place?.name}`),
    ).toEqual(['2025-06-01..2025-06-04 Mirebalais']);
  });

  it('keeps « du 1er au 4 juin » when a later sentence tells the first day', () => {
    expect(
      read(
        'Au moins 21 civils ont été tués lors des attaques menées du 1er au 4 juin. Le 1er juin, des groupes armés ont lancé une offensive contre des localités de Mirebalais.',
      ).incidents.map((i) => `${i.date}..${i.dateEnd} ${i.place?.name}`),
    ).toEqual(['2025-06-01..2025-06-04 Mirebalais']);
  });
});

describe('"The day before", « La veille », « Le lendemain »', () => {
  it('date the event a day from the one told last', () => {
    expect(
      incidents(
        'Police killed six suspected gang members in Solino on Sunday. The day before, in Delmas 33, a crowd killed two men.',
      ),
    ).toEqual(['2025-06-08 Solino: killed/gang/6', '2025-06-07 Delmas 33: killed/civilian/2']);
    expect(
      incidents(
        'Lundi, la police a tué trois bandits à Solino. La veille, à Bel-Air, une femme a été tuée par balle.',
      ),
    ).toEqual(['2025-06-09 Solino: killed/gang/3', '2025-06-08 Bel Air: killed/civilian/1']);
  });

  it('keeps the small hours after the day told on that day, as « la nuit de X à Y » is X', () => {
    expect(
      incidents(
        'Le mercredi 4 juin, des tensions ont été signalées à Pont-Sondé. Le lendemain, aux environs de 3 heures du matin, des bandits ont tué 20 personnes à Pont-Sondé.',
      ),
    ).toEqual(['2025-06-04 Pont-Sondé: killed/civilian/20']);
  });

  it('reads « ont exécuté leur plan » as no killing', () => {
    expect(
      incidents('Le lendemain, aux environs de 3 heures du matin, les bandits ont exécuté leur plan.'),
    ).toEqual([]);
  });
});

describe('arrests made in the fighting of one operation', () => {
  it('keeps the officer wounded "during the exchange of fire" with the operation that killed and arrested', () => {
    expect(
      incidents(
        'On Monday, a police operation in Santo resulted in the death of four bandits and the arrest of two others. A police officer was wounded in the arm during the exchange of fire.',
      ),
    ).toEqual(['2025-06-09 Santo: killed/gang/4 injured/police/1']);
    expect(
      incidents(
        'Police arrested two men in Delmas on Monday. Gunmen attacked a bus in Delmas on Monday, killing three passengers.',
      ),
    ).toEqual(['2025-06-09 Delmas: ', '2025-06-09 Delmas: killed/civilian/3']);
  });
});

describe('what was told before the event', () => {
  it('cannot be that event: "In May, residents said a drone had killed a boy" after Sunday’s strike', () => {
    expect(
      incidents(
        'On Sunday, a drone killed four gang members in Cité Soleil. In May, residents of Croix-des-Bouquets said a drone had killed a 14-year-old boy near a gang checkpoint.',
      ),
    ).toEqual(['2025-06-08 Cité Soleil: killed/gang/4', '2025-05-01 Croix-des-Bouquets: killed/civilian/1']);
    expect(
      incidents(
        'Gunmen killed two officers in Delmas on Monday. On Tuesday, police said the officers had been ambushed.',
      ),
    ).toEqual(['2025-06-09 Delmas: killed/police/2']);
  });
});

describe('the context an attack came in', () => {
  it('makes no event of "The attacks come as the Gang Suppression Force, approved … in September, struggles …"', () => {
    expect(
      incidents(
        'Gunmen stormed a police station in Arcahaie on Tuesday, killing four officers. The attacks come as the Gang Suppression Force, approved by the U.N. Security Council in September to replace a Kenya-led mission, struggles to build up its numbers.',
      ),
    ).toEqual(['2025-06-10 Arcahaie: killed/police/4']);
  });
});

describe('a lead told by its teller’s day, then the event’s day', () => {
  it('dates "… killed at least 70 people, the UN said on Friday. Gunmen stormed the town early on Thursday" to Thursday, one event', () => {
    expect(
      incidents(
        'Members of a Haitian gang killed at least 70 people in an attack on the town of Pont-Sonde, the United Nations said on Friday. Gunmen stormed the town early on Thursday, firing at residents in their homes.',
        '2024-10-04',
      ),
    ).toEqual(['2024-10-03 Pont-Sondé: killed/civilian/70']);
  });
});
