/** Deployments a tester's probes found misread: whose, how many, which kind, and the GSF's milestones. */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { expectDeploymentRows } from '../helpers/deployment-rows';

const read = (text: string, publishedAt: string | null = '2025-06-11') =>
  readReport(text, { publishedAt, gazetteer: GAZETTEER });

/** Each case: "text => Country personnel kind date; …" ("none" for no deployment), read in June 2025 unless told. */
const expectReads = (cases: string[], publishedAt: string | null = '2025-06-11') =>
  expectDeploymentRows(cases, publishedAt);

describe('ceilings and plans a strength falls short of', () => {
  it('reads a ceiling and "the 2,500 originally envisioned" as planned, the mission’s (not the last country of a list in an aside)', () => {
    expectReads([
      'The Security Council approved the Gang Suppression Force with a ceiling of 5,550 personnel. => GSF-total 5550 planned 2025-06',
      'The U.N.-backed mission, which is led by Kenya and includes police and soldiers from Jamaica, Guatemala, El Salvador, the Bahamas and Belize, has about 1,000 personnel on the ground, well short of the 2,500 originally envisioned. => MSS-total 1000 strength 2025-06; MSS-total 2500 planned 2025-06',
      "L'effectif actuel de la MSS s'élève à 416 agents, dont 382 policiers kényans, loin des 2 500 prévus initialement. => MSS-total 416 strength 2025-06; Kenya 382 strength 2025-06; MSS-total 2500 planned 2025-06",
    ]);
  });
});

describe('contingents named by their people', () => {
  it('reads every count of a list of demonyms, the one before "and" too', () => {
    expectReads([
      'The force counts 1,200 personnel, including 730 Kenyans, 70 Salvadorans, 50 Jamaicans and 30 Bahamians. => MSS-total 1200 strength 2025-06; Kenya 730 strength 2025-06; El Salvador 70 strength 2025-06; Jamaica 50 strength 2025-06; Bahamas 30 strength 2025-06',
    ]);
  });
});

describe('where a contingent set out from', () => {
  it('reads "jetted out of JKIA" (Nairobi’s airport) as Kenya’s', () => {
    expectReads([
      'The ambush came a week after a fresh contingent of 180 officers jetted out of JKIA on June 3, bringing the number of Kenyan officers in Haiti to about 750. => Kenya 180 arrival 2025-06-03; Kenya 750 strength 2025-06',
    ]);
  });
});

describe('whose figure it is', () => {
  it('reads a nationality after two nouns, a capital for its government, and a force past a long aside', () => {
    expectReads([
      "La MMAS ne compte qu'environ 400 policiers kényans, ainsi qu'une vingtaine de soldats et policiers jamaïcains. Nairobi a promis l'envoi de 600 policiers supplémentaires d'ici la fin de l'année. => Kenya 400 strength 2025-06; Jamaica 20 strength 2025-06; Kenya 600 planned 2025-06",
      'La Force de répression des gangs (FRG), autorisée par le Conseil de sécurité de l’ONU en septembre 2025 pour succéder à la mission multinationale dirigée par le Kenya, compte environ 3 200 membres. => GSF-total 3200 strength 2025-06',
    ]);
  });

  it('gives « 40 militaires des Bahamas » to the Bahamas, and « la Jamaïque » is Jamaica', () => {
    expectReads([
      "Le gouvernement a salué l'arrivée prochaine d'un contingent de 40 militaires des Bahamas. => Bahamas 40 planned 2025-06",
      "Le Kenya compte désormais un millier de policiers en Haïti. La Jamaïque a par ailleurs annoncé l'envoi de 60 soldats supplémentaires. => Kenya 1000 strength 2025-06; Jamaica 60 planned 2025-06",
    ]);
  });

  it('reads "Jamaica with 200, the Bahamas with 150" as each country’s strength', () => {
    expectReads([
      'The mission’s contributors are Kenya with about 1,000 officers, Jamaica with 200, the Bahamas with 150 and Guatemala with 150. Belize has two officers in the country. => Kenya 1000 strength 2025-06; Jamaica 200 strength 2025-06; Bahamas 150 strength 2025-06; Guatemala 150 strength 2025-06; Belize 2 strength 2025-06',
    ]);
  });

  it('gives "its presence … stood at 228 troops" to the country the sentence before names', () => {
    expectReads([
      'El Salvador deployed a team to Haiti last year. The government said its presence in the country now stood at 228 troops. => El Salvador 228 strength 2025-06',
    ]);
  });

  it('keeps "a dozen Salvadoran military medics" apart from the Guatemalans before them', () => {
    expectReads([
      'On Tuesday, 75 Guatemalan soldiers and a dozen Salvadoran military medics landed in Port-au-Prince. => Guatemala 75 arrival 2025-06-10; El Salvador 12 arrival 2025-06-10',
    ]);
  });

  it('reads "a contingent of 40" as 40 people, a contingent’s and not the mission’s', () => {
    expectReads([
      'A Bahamian contingent of 40 is due to arrive later this month. => Bahamas 40 planned 2025-06',
      'Guatemala sent a contingent of 150 to Haiti on Monday. => Guatemala 150 arrival 2025-06-09',
      // A group of people who are no contingent is no deployment.
      'The gang, a group of 40 armed men, attacked the contingent. => none',
    ]);
  });

  it('reads « qui a déjà deux officiers sur place, enverra six militaires » as a strength and a plan', () => {
    expectReads([
      'Le Belize, qui a déjà deux officiers sur place, enverra six militaires supplémentaires. => Belize 2 strength 2025-06; Belize 6 planned 2025-06',
    ]);
  });
});

describe('which kind', () => {
  it('counts no deployment for officers who "rotated home"', () => {
    expectReads([
      'Kenya currently has about 700 officers in Haiti, after some 230 officers rotated home in October. => Kenya 700 strength 2025-06',
      'Au total, 200 policiers kényans sont rentrés au pays en octobre. => none',
    ]);
  });

  it('reads « l’arrivée récente de 217 policiers » as an arrival, dated as reported', () => {
    expectReads([
      "Avec l'arrivée récente de 217 policiers kényans, la mission compte désormais près de 1 000 agents. => Kenya 217 arrival 2025-06; MSS-total 1000 strength 2025-06",
    ]);
  });

  it('reads "flew another 217 police officers to Haiti" as an arrival and the total it "will bring" as a strength', () => {
    expectReads([
      "Kenya on Sunday night flew another 217 police officers to Haiti, a move that will bring the country's contingent to just over 1,000. => Kenya 217 arrival 2025-06-08; Kenya 1000 strength 2025-06",
    ]);
  });

  it('dates « En février, 200 policiers … ont rejoint » as a February arrival, and drafts none where no year can be had', () => {
    expectReads([
      'En février, 200 policiers supplémentaires ont rejoint plus de 600 autres Kenyans déjà sur place. => Kenya 200 arrival 2025-02',
    ]);
    expectReads(
      [
        'En février, 200 policiers supplémentaires ont rejoint plus de 600 autres Kenyans déjà sur place. => none',
      ],
      null,
    );
  });
});

describe('the GSF’s milestones', () => {
  it('gives the authorisation to the GSF when the sentence names it', () => {
    const text =
      'The GSF, which the UN Security Council authorised at the end of September, will have 5,500 personnel.';
    const { milestones, warnings } = read(text, '2025-11-20');
    expect(milestones).toEqual([
      expect.objectContaining({ subject: 'mission_authorization', country: 'GSF', date: '2025-09' }),
    ]);
    expect(warnings.join(' ')).not.toMatch(/authorisation/);
    expect(read('The MSS, authorised in October 2023, will be replaced by the GSF.').milestones).toEqual([
      expect.objectContaining({ subject: 'mission_authorization', country: 'MSS', date: '2023-10' }),
    ]);
  });
});

describe('expected, committed, and measured against a plan', () => {
  it('reads "are expected", "has committed up to" as planned, and a strength "against a planned" target as a strength, the target as planned', () => {
    expectReads([
      'Another 200 soldiers from El Salvador are expected before the end of April. => El Salvador 200 planned 2025-06',
      'Jamaica has committed up to 200 personnel to the force. => Jamaica 200 planned 2025-06',
      // The target is a figure of its own, the mission's plan (deployment-plans.test.ts reads more such targets).
      'The mission stands at roughly 1,000 personnel against a planned 2,500. => MSS-total 1000 strength 2025-06; MSS-total 2500 planned 2025-06',
    ]);
  });
});

describe('a country told before a long relative clause', () => {
  it('gives "Kenya, which led the MSS until it was replaced by the UN-backed GSF, currently has about 600" to Kenya', () => {
    expectReads(
      [
        'Kenya, which led the Multinational Security Support (MSS) mission until it was replaced by the UN-backed Gang Suppression Force (GSF), currently has about 600 officers in Haiti. => Kenya 600 strength 2026-01',
      ],
      '2026-01-13',
    );
  });
});
