import { describe, expect, it } from 'vitest';
import { incidentActors, sentenceActors } from '@/lib/extract/incident-actors';
import type { CasualtyDraft } from '@/lib/extract/schema';

/** Role and key (or name, for a group the register does not know) of each actor found. */
const roles = (text: string) => sentenceActors(text).map((a) => `${a.role}:${a.key ?? a.name}`);

const casualty = (
  affiliation: CasualtyDraft['affiliation'],
  country: string | null = null,
): CasualtyDraft => ({
  kind: 'killed',
  count: 1,
  hedge: 'exact',
  affiliation,
  country,
  persons: [],
  evidence: 'One was killed.',
});

describe('who did it, as a sentence says', () => {
  it('takes the agent of a violent act, in English and French', () => {
    expect(roles('Three people were killed by members of the Gran Grif gang on Sunday.')).toEqual([
      'perpetrator:gran-grif',
    ]);
    expect(roles('The ambush by suspected gang members lasted an hour.')).toEqual([
      'perpetrator:unnamed-gang',
    ]);
    expect(roles('Deux policiers ont été tués par des bandits armés à Cabaret.')).toEqual([
      'perpetrator:unnamed-gang',
    ]);
  });

  it('takes whom the act is blamed on or claimed by, names in any spelling', () => {
    expect(roles('Police blamed the attack on the Kraze Barye gang.')).toEqual(['perpetrator:kraze-barye']);
    expect(roles("L'attaque est attribuée au gang Kraze Baryè.")).toEqual(['perpetrator:kraze-barye']);
    expect(roles('The massacre was claimed by Viv Ansanm.')).toEqual(['perpetrator:viv-ansanm']);
    expect(roles('L’attaque est attribuée au gang « Gran Grif », dirigé par son chef.')).toEqual([
      'perpetrator:gran-grif',
    ]);
  });

  it('knows a gang by its leader only where the text says it is his', () => {
    expect(roles('The raid was carried out by the gang of Lanmò Sanjou.')).toEqual([
      'perpetrator:400-mawozo',
    ]);
    expect(roles("L'attaque a été menée par le gang de Ti Gabriel.")).toEqual(['perpetrator:g-pep']);
    // A leader named for something else takes no role.
    expect(roles('Barbecue spoke to reporters on Friday.')).toEqual([]);
  });

  it('takes the subject of a violent verb in the active voice, not of a passive one', () => {
    expect(roles('Gunmen opened fire on a bus near Cabaret.')).toEqual(['perpetrator:unidentified-gunmen']);
    expect(roles('Des bandits armés ont incendié plusieurs maisons à Mirebalais.')).toEqual([
      'perpetrator:unnamed-gang',
    ]);
    expect(roles('Five gang members were killed in the operation.')).toEqual([]);
  });

  it('takes what was attacked as the target', () => {
    expect(
      roles('Gang members launched an attack on the Haitian National Police station in Mirebalais.'),
    ).toEqual(['perpetrator:unnamed-gang', 'target:hnp']);
    expect(roles('Ils ont lancé une attaque contre la PNH.')).toEqual(['target:hnp']);
  });

  it('gives a gang the register does not know its own name', () => {
    expect(roles('The killings were blamed on the Savien gang.')).toEqual(['perpetrator:Savien gang']);
  });

  it('says nothing of groups merely mentioned', () => {
    expect(roles('Gangs control about 90 percent of the capital, the UN says.')).toEqual([]);
    expect(roles('The city is largely controlled by heavily armed gangs.')).toEqual([]);
    expect(roles('The police said the situation was calm.')).toEqual([]);
  });
});

describe('an incident’s perpetrators and targets', () => {
  it('makes the party a clash was fought with the perpetrator of the other side’s losses', () => {
    const actors = incidentActors(
      ['A Kenyan police officer died after a fierce confrontation with armed gangs in the Artibonite.'],
      [casualty('mss', 'Kenya')],
    );
    expect(actors.map((a) => `${a.role}:${a.key}:${a.country ?? ''}`)).toEqual([
      'perpetrator:unnamed-gang:',
      'target:mss:Kenya',
    ]);
  });

  it('counts each side hit as a target, and a named gang replaces the unnamed gunmen', () => {
    const actors = incidentActors(
      ['Gunmen from the 400 Mawozo gang kidnapped 17 people on the road to Ganthier.'],
      [{ ...casualty('civilian'), kind: 'missing' }],
    );
    expect(actors.map((a) => `${a.role}:${a.key}`)).toEqual(['perpetrator:400-mawozo', 'target:civilians']);
    expect(actors[0]?.evidence).toMatch(/^Gunmen from the 400 Mawozo gang/);
  });
});
