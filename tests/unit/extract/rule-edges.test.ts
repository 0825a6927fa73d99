/**
 * Where the rules for killings told as nouns, counted events, listed victims, tolls after an event,
 * relative clauses, asides and days counted from another must stop: each case a review found them
 * overreaching.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { casualtyLines as casualties } from '../helpers/casualty-lines';

const read = (text: string) => readReport(text, { publishedAt: '2025-06-11', gazetteer: GAZETTEER });
const incidents = (text: string) =>
  read(text).incidents.map(
    (i) => `${i.date}: ${i.casualties.map((c) => `${c.kind}/${c.affiliation}/${c.count}`).join(' ')}`,
  );
const figures = (text: string) => read(text).figures.map((f) => `${f.metric}/${f.value}`);

describe('a large count after an event', () => {
  it('stays a tally when told in the perfect, with "since" or over a wider scope', () => {
    expect(
      incidents(
        'Gunmen killed 3 people in Cabaret on Monday. More than 150 people have been killed in the commune since the gang arrived.',
      ),
    ).toEqual(['2025-06-09: killed/civilian/3']);
    const un =
      'Gangs attacked Pont-Sondé on Monday. Gangs have killed more than 4,000 people across Haiti, according to the UN.';
    expect(incidents(un)).toEqual(['2025-06-09: ']);
    expect(figures(un)).toEqual(['killed/4000']);
    expect(
      incidents(
        'Gunmen killed 3 people in Cabaret on Monday. More than 200 people have been kidnapped in the commune.',
      ),
    ).toEqual(['2025-06-09: killed/civilian/3']);
  });
});

describe('"Among the victims were …"', () => {
  it('takes the kind of the event just told, and counts no one where there is none or several', () => {
    expect(
      incidents(
        'Gunmen kidnapped 12 people on the road to Mirebalais on Monday. Among the victims were three nuns.',
      ),
    ).toEqual(['2025-06-09: missing/civilian/12']);
    expect(incidents('Among the victims were three police officers.')).toEqual([]);
    expect(
      casualties(
        'Gunmen killed two people and kidnapped 12 others near Mirebalais on Monday. Among the victims were three nuns.',
      ),
    ).toEqual(['killed/civilian/-/2', 'missing/civilian/-/12']);
  });
});

describe('events counted', () => {
  it('gives the victims of "three homicides" no side of the teller’s, and counts none foiled, charged or already told', () => {
    expect(casualties('Police investigated three homicides in Cap-Haïtien last week.')).toEqual([
      'killed/unknown/-/3',
    ]);
    expect(casualties('Police foiled three kidnappings in Delmas last week.')).toEqual([]);
    expect(casualties('La police a déjoué trois enlèvements à Delmas la semaine dernière.')).toEqual([]);
    expect(
      casualties('Police arrested the suspect, who is wanted for 12 murders, in Delmas on Monday.'),
    ).toEqual([]);
    expect(figures('The Delmas 32 killings shocked the capital.')).toEqual([]);
    expect(
      casualties('Gunmen killed ten people in Delmas on Monday. The 10 killings shocked the capital.'),
    ).toEqual(['killed/civilian/-/10']);
    expect(
      figures('Gunmen killed ten people in Delmas on Monday. The 10 killings shocked the capital.'),
    ).toEqual([]);
  });
});

describe('a killing told as a noun', () => {
  it('is no death in a past year, tried, foiled or charged', () => {
    for (const text of [
      'The murder of journalist Romelo Vilsaint in 2022 remains unsolved.',
      'Police arrested a man for the attempted murder of a police officer in Delmas on Monday.',
      'Police foiled the assassination of a senator in Pétion-Ville on Monday.',
      'The gang leader, responsible for the murders of 12 police officers, was arrested in Delmas on Monday.',
    ])
      expect(casualties(text), text).toEqual([]);
  });

  // The corpus's coding convention (a back-reference is an incident of the citing report, at the
  // precision told) counts "since the assassination of President Jovenel Moïse in July 2021" as that
  // killing, in its own month; it had been read as no death at all.
  it('is the killing a since-clause names with its own month', () => {
    expect(
      casualties(
        'Haiti has been in turmoil since the assassination of President Jovenel Moïse in July 2021.',
      ),
    ).toEqual(['killed/civilian/-/1']);
  });

  it('reads the day of a date after the victim as no count', () => {
    expect(casualties('Des bandits ont tué le policier Jean Dupont le 3 juin à Delmas.')).toEqual([
      'killed/police/-/1',
    ]);
    expect(
      casualties("L'assassinat du président Jovenel Moïse le 7 juillet 2021 a plongé le pays dans la crise."),
    ).not.toContain('killed/civilian/-/7');
  });
});

describe('a relative clause and a participle after a comma', () => {
  it('does not make the one who tells the victim', () => {
    expect(casualties('An officer who was at the scene in Delmas on Monday said two were killed.')).toEqual([
      'killed/unknown/-/2',
    ]);
    expect(casualties('Residents who fled Delmas on Monday said two were killed and five wounded.')).toEqual([
      'injured/unknown/-/5',
      'killed/unknown/-/2',
    ]);
  });

  it('does not read « trois bandits, tué deux autres » as the three killed', () => {
    expect(
      casualties(
        'Lundi à Delmas, la police a annoncé avoir interpellé trois bandits, tué deux autres et saisi des armes.',
      ),
    ).not.toContain('killed/gang/-/3');
  });

  it('does not take the agent of a passive for "them": "wounded by gunmen; two of them later died"', () => {
    expect(
      casualties('Three people were wounded by gunmen in Delmas on Monday; two of them later died.'),
    ).not.toContain('killed/gang/-/2');
  });
});

describe('a day counted from another', () => {
  it('counts "the day before the election" from the election, not from the day told last', () => {
    expect(
      incidents(
        'Police killed six gang members in Solino on Monday. Gunmen killed two people in Delmas the day before the election.',
      ),
    ).not.toContain('2025-06-08: killed/civilian/2');
    expect(
      incidents(
        'Lundi, la police a tué trois bandits à Solino. À la veille des élections, une femme a été tuée à Bel-Air.',
      ),
    ).not.toContain('2025-06-08: killed/civilian/1');
  });

  it('keeps a morning hour the next day: "The day after, at 10 a.m."', () => {
    expect(
      read(
        'Gunmen attacked Mirebalais on Monday. The day after, at 10 a.m., they burned the prison.',
      ).incidents.map((i) => i.date),
    ).toEqual(['2025-06-09', '2025-06-10']);
  });
});

describe('« la neutralisation de »', () => {
  it('counts only people counted, not a device or a gang', () => {
    expect(casualties("La neutralisation d'un engin explosif à Delmas lundi a pris trois heures.")).toEqual(
      [],
    );
    expect(
      casualties("Lundi, la police a annoncé la neutralisation d'un gang de kidnappeurs à Delmas."),
    ).toEqual([]);
    expect(casualties('La neutralisation de trois bandits à Delmas lundi a été saluée.')).toEqual([
      'killed/gang/-/3',
    ]);
  });
});

describe('found again in the full probe reports', () => {
  it('reads « trois cent douze (312) » as 312, whole', () => {
    expect(figures('Au total, trois cent douze (312) personnes ont été tuées depuis janvier.')).toEqual([
      'killed/312',
    ]);
  });

  it('places no event at a hospital "where they were in stable condition"', () => {
    expect(
      read(
        'Two Kenyan officers were injured on Monday when gangs ambushed their vehicle near Pont-Sondé. In a statement released in Nairobi on Tuesday, a spokesperson said the officers sustained gunshot wounds and were airlifted to a hospital in Port-au-Prince, where they were in stable condition.',
      ).incidents.map((i) => i.place?.name),
    ).toEqual(['Pont-Sondé']);
  });

  it('reads "more than a third were killed" as a share, not one more person', () => {
    expect(
      casualties(
        'Of these, more than a third were killed in strikes carried out with explosive drones, including at least 20 civilians.',
      ),
    ).not.toContain('killed/unknown/-/1');
    expect(casualties('Gunmen killed two officers in Delmas on Monday and wounded a third.')).toEqual([
      'injured/police/-/1',
      'killed/police/-/2',
    ]);
  });
});
