/**
 * What a later sentence tells of an event already told: a death from its wounds on a later day,
 * "one of them died", the same day, the day after, a month with a when-clause, a tally since the
 * deployment. Short texts of our own, from a probe round's misreadings (issue 11).
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';

// 2025-06-11 is a Wednesday.
const read = (text: string) => readReport(text, { publishedAt: '2025-06-11', gazetteer: GAZETTEER });
const incidents = (text: string) =>
  read(text).incidents.map(
    (i) =>
      `${i.date} ${i.datePrecision} ${i.place?.name ?? '-'}: ${i.casualties.map((c) => `${c.kind}/${c.affiliation}/${c.count}`).join(' ')}`,
  );

describe('a death from the wounds of an event told before', () => {
  it('joins that event on a later day, as one more dead', () => {
    expect(
      incidents(
        'Gang members attacked Kenscoff on Monday, killing eight people. A woman shot during the attack died of her wounds on Tuesday, raising the toll to nine.',
      ),
    ).toEqual(['2025-06-09 day Kenscoff: killed/civilian/9']);
    // Without the toll told anew, she is one more dead of her own.
    expect(
      incidents(
        'Gang members attacked Kenscoff on Monday, killing eight people. A woman shot during the attack died of her wounds on Tuesday.',
      ),
    ).toEqual(['2025-06-09 day Kenscoff: killed/civilian/8 killed/civilian/1']);
    // "One of them" is one of the dead already counted.
    expect(
      incidents(
        'Three officers were killed on Monday in Kenscoff. One of them died of his wounds in hospital.',
      ),
    ).toEqual(['2025-06-09 day Kenscoff: killed/police/3']);
  });

  it('makes "one of them died" one of the wounded, in English and French', () => {
    for (const text of [
      'Two police officers were wounded on Monday in Bel-Air. One of them died on Tuesday.',
      "Deux policiers ont été blessés lundi à Bel-Air. L'un d'eux est mort mardi.",
      "Deux policiers ont été blessés lundi à Bel-Air. L'un d'eux a succombé à ses blessures mardi.",
    ])
      expect(incidents(text), text).toEqual(['2025-06-09 day Bel Air: injured/police/1 killed/police/1']);
  });
});

describe('days counted from another', () => {
  it('counts "On the same day" from the event told, not from the day it was told', () => {
    expect(
      incidents(
        "Gang members attacked Mirebalais on Sunday, killing five people, authorities said on Monday. On the same day, gunmen raided Saut-d'Eau, killing two.",
      ),
    ).toEqual([
      '2025-06-08 day Mirebalais: killed/civilian/5',
      "2025-06-08 day Saut-d'Eau: killed/unknown/2",
    ]);
    expect(
      incidents(
        'Samdi 7 jen, premye ekip la rive Pòtoprens. Menm jou a, nan Tabarre, 2 polisye mouri nan yon anbiskad.',
      ),
    ).toEqual(['2025-06-07 day Tabarre: killed/police/2']);
  });

  it('reads « au lendemain de » both ways: a new event the day before, one told already the day after', () => {
    expect(
      incidents(
        "Le premier contingent est arrivé mercredi. Cette arrivée intervient au lendemain d'affrontements à Croix-des-Bouquets qui ont fait trois morts.",
      ),
    ).toEqual(['2025-06-10 day Croix-des-Bouquets: killed/unknown/3']);
    // The arrival told, not an authorisation told before or since, is what the clashes came the day before.
    expect(
      incidents(
        "Autorisée le 30 septembre 2024, la force a vu son premier contingent arriver mercredi. Cette arrivée intervient au lendemain d'affrontements à Croix-des-Bouquets qui ont fait trois morts.",
      ),
    ).toEqual(['2025-06-10 day Croix-des-Bouquets: killed/unknown/3']);
    expect(
      incidents(
        "Le premier contingent est arrivé mercredi. Autorisée le 30 septembre 2024, la force compte 5 550 membres. L'arrivée du contingent intervient au lendemain d'affrontements à Croix-des-Bouquets qui ont fait trois morts.",
      ),
    ).toEqual(['2025-06-10 day Croix-des-Bouquets: killed/unknown/3']);
    expect(
      incidents(
        "Des bandits ont attaqué Croix-des-Bouquets lundi. Au lendemain de l'attaque, la police a tué deux bandits à Tabarre.",
      ),
    ).toEqual(['2025-06-09 day Croix-des-Bouquets: ', '2025-06-10 day Tabarre: killed/gang/2']);
  });

  it('dates "until March, when gunmen killed …" to that March, another event', () => {
    expect(
      incidents(
        'Police clashed with the gang on Monday at the entrance of Lascahobas, killing three suspected gang members. The Centre department had been spared the violence until March, when gunmen killed at least 10 people in Lascahobas.',
      ),
    ).toEqual([
      '2025-06-09 day Lascahobas: killed/gang/3',
      '2025-03-01 month Lascahobas: killed/civilian/10',
    ]);
    expect(read('The mission will stay until March.').incidents).toEqual([]);
  });
});

describe('a tally since the deployment began', () => {
  it('is a figure, never the toll of the event told before it', () => {
    const draft = read(
      'A Kenyan officer was shot in the shoulder in Cité Soleil on June 2. Two Kenyan officers have been killed in Haiti since the deployment began.',
    );
    expect(
      draft.incidents.map((i) => i.casualties.map((c) => `${c.kind}/${c.affiliation}/${c.count}`)),
    ).toEqual([['injured/mss/1']]);
    expect(draft.figures.map((f) => `${f.metric}/${f.value}`)).toEqual(['killed/2']);
  });
});

describe('tolls and scenes told after the lead', () => {
  it('reads "Among the dead were …, the mayor said" as who they were, never a rival toll', () => {
    const draft = read(
      "Gang members stormed Kenscoff on Monday, killing at least eight people, authorities said. Among the dead were a 70-year-old farmer and two teenagers, the town's mayor told reporters.",
    );
    expect(draft.incidents[0]?.casualties.some((c) => c.attribution)).toBe(false);
    expect(draft.incidents[0]?.casualties.reduce((n, c) => n + c.count, 0)).toBe(8);
  });

  it("lets the report's round lead give way to the tellers' counts", () => {
    const draft = read(
      "Une vingtaine de personnes ont été tuées samedi lors d'une attaque de gangs à Cabaret. Selon un bilan provisoire de la police, 19 personnes ont été tuées. Le maire évoque pour sa part au moins 26 morts.",
    );
    expect(draft.incidents[0]?.casualties.map((c) => `${c.count} [${c.attribution}]`)).toEqual([
      '19 [police]',
      '26 [local authorities]',
    ]);
  });

  it('makes "The fighting spread on Sunday to X, where …" a scene of its own', () => {
    expect(
      incidents(
        'Residents of Tabarre Issa found the bodies after two days of fighting between police and the 400 Mawozo gang on Saturday and Sunday. Two police officers were wounded in those clashes. The fighting spread on Sunday to Croix-des-Bouquets, where a taxi driver was killed by a stray bullet.',
      ),
    ).toEqual([
      '2025-06-07 week Tabarre: injured/police/2',
      '2025-06-08 day Croix-des-Bouquets: killed/civilian/1',
    ]);
    expect(
      incidents(
        'Des bandits ont attaqué Tabarre samedi, tuant deux policiers. Les affrontements se sont étendus dimanche à Croix-des-Bouquets, où un chauffeur a été tué.',
      ),
    ).toEqual([
      '2025-06-07 day Tabarre: killed/police/2',
      '2025-06-08 day Croix-des-Bouquets: killed/civilian/1',
    ]);
  });
});

describe('the same victims or event named again', () => {
  it('dates "since the October 2024 massacre in X, in which …" to that month, but not a mere yardstick', () => {
    expect(
      incidents(
        'The attack is the deadliest since the October 2024 massacre in Pont-Sondé, in which the Gran Grif gang killed at least 115 people.',
      ),
    ).toEqual(['2024-10-01 month Pont-Sondé: killed/civilian/115']);
    expect(
      incidents(
        'Gangs killed 12 people in Cabaret on Monday, the worst attack since the March 2025 attack on Mirebalais.',
      ),
    ).toEqual(['2025-06-09 day Cabaret: killed/civilian/12']);
  });

  it('joins "The three officers died near X" to the event that counted them', () => {
    expect(
      incidents(
        'At least a dozen people, including three police officers, were killed in Solino on Tuesday. The three officers died near Delmas 31.',
      ),
    ).toEqual(['2025-06-10 day Solino: killed/civilian/9 killed/police/3']);
  });

  it('joins what happened "during the abduction" to the abduction', () => {
    expect(
      incidents(
        'Five nurses kidnapped on June 3 from a clinic in Thomazeau were released on Monday. A security guard was shot dead during the abduction, and a patient was wounded.',
      ),
    ).toEqual(['2025-06-03 day Thomazeau: missing/civilian/5 killed/civilian/1 injured/civilian/1']);
  });

  it('takes a police spokesman\'s bare "officers" for Haiti\'s police, whatever the article says of the MSS', () => {
    const draft = read(
      'The three officers died in an exchange of fire with the attackers near Delmas 31 on Tuesday, a police spokesman said. Reinforcements from the Kenyan-led Multinational Security Support (MSS) mission had been sent to the area.',
    );
    expect(draft.incidents[0]?.casualties.map((c) => `${c.affiliation}/${c.count}`)).toEqual(['police/3']);
  });
});

describe('a toll with no day or place of its own', () => {
  it('goes with the event the sentence before told, not with the last event a summary founded', () => {
    const draft = readReport(
      '• Entre le 14 et le 16 octobre 2025, des attaques armées contre Lascahobas ont fait fuir 6 200 personnes.\n• Le 18 octobre, deux agents de santé ont été blessés par balles à Mirebalais.\nDu 14 au 16 octobre, des groupes armés ont attaqué la commune de Lascahobas. Selon la mairie, au moins neuf personnes ont été tuées, dont deux enfants.',
      { publishedAt: '2025-10-21', gazetteer: GAZETTEER },
    );
    const told = draft.incidents.map(
      (i) =>
        `${i.place?.name}: ${i.casualties.map((c) => `${c.kind}/${c.affiliation}/${c.count}`).join(' ')}`,
    );
    expect(told.sort()).toEqual(['Lascahobas: killed/civilian/9', 'Mirebalais: injured/civilian/2']);
  });
});
