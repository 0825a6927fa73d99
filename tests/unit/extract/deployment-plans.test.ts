/**
 * Deployment figures news tells without a noun of their own: the plan a strength falls short of
 * ("out of an authorised 5,550"), more of the people just counted ("another 600 expected"), and
 * contingents that leave for Haiti or depart a contributor's capital.
 */
import { describe, it } from 'vitest';
import { expectDeploymentRows } from '../helpers/deployment-rows';

/** Each case: "text => Country personnel kind date; …" ("none" for no deployment), read in February 2026. */
const expectReads = (cases: string[]) => expectDeploymentRows(cases, '2026-02-17');

describe('the plan a strength falls short of', () => {
  it('reads an authorised, planned or promised count after a strength as the plan of that strength’s owner', () => {
    expectReads([
      'The GSF has about 2,600 personnel on the ground out of an authorised 5,550, according to UN figures. => GSF-total 2600 strength 2026-02; GSF-total 5550 planned 2026-02',
      'The GSF currently has about 1,500 personnel, well short of its authorized 5,550. => GSF-total 1500 strength 2026-02; GSF-total 5550 planned 2026-02',
      'Kenya currently has about 750 officers in Haiti, making up the bulk of a mission that stands at roughly 1,000 personnel against a planned 2,500. => Kenya 750 strength 2026-02; MSS-total 1000 strength 2026-02; MSS-total 2500 planned 2026-02',
      'The Kenya-led Multinational Security Support mission has some 1,000 police and soldiers in Haiti, well short of the 2,500 it was promised. => MSS-total 1000 strength 2026-02; MSS-total 2500 planned 2026-02',
      'Kenya currently has 730 officers in the Caribbean nation, out of the 1,000 President William Ruto pledged. => Kenya 730 strength 2026-02; Kenya 1000 planned 2026-02',
      'The arrival brings the GSF to roughly 1,400 personnel, a spokesperson said, against the 5,550 authorized by the Security Council. => GSF-total 1400 strength 2026-02; GSF-total 5550 planned 2026-02',
    ]);
  });

  it('reads a ceiling or planned strength "of" a count as the plan of the clause’s owner', () => {
    expectReads([
      'The GSF counts about 1,200 personnel, well below its authorised ceiling of 5,550. => GSF-total 1200 strength 2026-02; GSF-total 5550 planned 2026-02',
      'Kenya had pledged 1,000 officers to the mission, which the UN Security Council authorised in October 2023 with a planned strength of 2,500. => Kenya 1000 planned 2026-02; MSS-total 2500 planned 2026-02',
    ]);
  });

  it('reads the French and Kreyòl forms, and « 2 000 » as a count, not the year 2000', () => {
    expectReads([
      "Selon le Bureau d'appui des Nations unies en Haïti, la GSF compte désormais environ 4 100 membres, pour un effectif maximal autorisé de 5 550. => GSF-total 4100 strength 2026-02; GSF-total 5550 planned 2026-02",
      "La FRG, qui succède à la Mission multinationale d'appui à la sécurité (MMAS), doit compter à terme 5 550 personnels en uniforme. => GSF-total 5550 planned 2026-02",
      'Dapre yon responsab GSF, fòs la gen anviwon 2 000 manm sou teren an kounye a, sou 5 550 Konsèy Sekirite Nasyonzini an te otorize. => GSF-total 2000 strength 2026-02; GSF-total 5550 planned 2026-02',
      'FRG a gen apeprè 1 300 ajan sou teren an kounye a, pandan Konsèy Sekirite Nasyonzini an te otorize 5 550. => GSF-total 1300 strength 2026-02; GSF-total 5550 planned 2026-02',
    ]);
  });
});

describe('more of the people just counted', () => {
  it('gives "another", "an additional" count with no noun the owner of the figure before it, or the subject that pledges it', () => {
    expectReads([
      'Kenya, which has about 750 officers in Haiti, is expected to send an additional 200 in March, Kenyan officials said last week. => Kenya 750 strength 2026-02; Kenya 200 planned 2026-02',
      'Kenya currently has about 400 officers in Haiti, with another 600 expected to jet out by January, the Interior Cabinet Secretary told journalists in Nairobi. => Kenya 400 strength 2026-02; Kenya 600 planned 2027-01',
      'About 400 Kenyan officers are currently in the country, and Kenya has promised another 600. => Kenya 400 strength 2026-02; Kenya 600 planned 2026-02',
      'Kenya currently has about 750 officers in the Caribbean nation, and another 200 are expected to fly out next month. => Kenya 750 strength 2026-02; Kenya 200 planned 2026-02',
      'The Bahamas has pledged another 150. => Bahamas 150 planned 2026-02',
      'Jamaica has committed up to 200 personnel to the mission, while The Bahamas has pledged 150, expected in the coming weeks. => Jamaica 200 planned 2026-02; Bahamas 150 planned 2026-02',
    ]);
  });

  it('leaves a count of something else alone', () => {
    expectReads([
      'Kenya has about 750 officers in Haiti, and another 200 vehicles are expected next month. => Kenya 750 strength 2026-02',
      'The GSF has about 2,600 personnel, and another 15 armoured cars were delivered on Monday. => GSF-total 2600 strength 2026-02',
    ]);
  });
});

describe('contingents on their way', () => {
  it('reads a contingent that will leave for Port-au-Prince or is set to depart Nairobi as planned, Nairobi’s Kenya’s', () => {
    expectReads([
      'A further 40 Jamaican soldiers will leave for Port-au-Prince next week to replace them. => Jamaica 40 planned 2026-02',
      'A fresh batch of 250 officers is set to depart Nairobi in February after completing training, according to a police statement. => Kenya 250 planned 2026-02',
    ]);
  });
});

describe('whose force a figure or a plan is', () => {
  it('gives a plan told after a contingent’s arrival or a list of contingents to the force counted first', () => {
    expectReads([
      'The GSF now counts roughly 1,800 personnel, after 150 Jamaican soldiers arrived last week, but that is still about a third of the 5,550 authorised by the UN Security Council in September. => GSF-total 1800 strength 2026-02; Jamaica 150 arrival 2026-02; GSF-total 5550 planned 2026-02',
      'According to figures from GSF headquarters, the force now counts about 1,200 personnel, including roughly 730 Kenyans, 150 Guatemalans, 70 Salvadorans and 30 Bahamians, well below its authorised ceiling of 5,550. => GSF-total 1200 strength 2026-02; Kenya 730 strength 2026-02; Guatemala 150 strength 2026-02; El Salvador 70 strength 2026-02; Bahamas 30 strength 2026-02; GSF-total 5550 planned 2026-02',
      'The Kenya-led Multinational Security Support mission, deployed since June to back Haiti’s police, still counts roughly 400 officers on the ground, a fraction of the 2,500 its backers had promised. => MSS-total 400 strength 2026-02; MSS-total 2500 planned 2026-02',
      'About 1,600 police and soldiers are now deployed in the GSF, according to a diplomatic source, out of 5,550 authorized by the UN Security Council. => GSF-total 1600 strength 2026-02; GSF-total 5550 planned 2026-02',
      'Rappelons que la MMAS, autorisée par le Conseil de sécurité des Nations Unies en octobre 2023, devait compter 2 500 membres. => MSS-total 2500 planned 2026-02',
    ]);
  });

  it('reads the MSS by its full name or as "the Kenyan-led multinational mission" in a story about the GSF', () => {
    expectReads([
      'The Gang Suppression Force took over in October. The Multinational Security Support mission, which began arriving in June 2024, counted about 990 police and soldiers at the end of September, a spokesperson said. => MSS-total 990 strength 2025-09',
      'The Gang Suppression Force took over in October. A Kenyan-led multinational mission had about 1,000 police and soldiers on the ground, far short of the 2,500 originally envisioned. => MSS-total 1000 strength 2026-02; MSS-total 2500 planned 2026-02',
    ]);
  });

  it('does not give a force’s figure to the mission it replaces, unless a relative clause tells of that mission', () => {
    expectReads([
      'The GSF, authorised by the UN Security Council on September 30, 2025, to replace the Kenyan-led Multinational Security Support (MSS) mission, has so far deployed around 2,000 of its authorised 5,550 personnel. => GSF-total 2000 strength 2026-02; GSF-total 5550 planned 2026-02',
      'The Gang Suppression Force was authorised by the UN Security Council on September 30, 2025 to replace the Kenyan-led Multinational Security Support mission, with up to 5,550 uniformed personnel. => GSF-total 5550 planned 2026-02',
      'The Gang Suppression Force is growing. It replaces a Kenya-led mission that never had more than about 1,000 members. => MSS-total 1000 strength 2026-02',
      'FRG a, ki ranplase Misyon Miltinasyonal Sipò Sekirite (MMAS) Kenya t ap dirije a, gen apeprè 1 300 ajan sou teren an kounye a, pandan Konsèy Sekirite Nasyonzini an te otorize 5 550. => GSF-total 1300 strength 2026-02; GSF-total 5550 planned 2026-02',
    ]);
  });
});
