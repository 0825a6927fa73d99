/**
 * A town's night of violence told the way wire and Haitian reports tell it: the town named in the
 * second sentence ("The attack on Marchand-Dessalines …"), "late Saturday" running into "early
 * Sunday", "the gunmen also took away four women", reinforcements "sent from Saint-Marc" who came
 * under fire "as they approached the town", a story that "comes a week after" another event. Short
 * texts of our own (issue 11).
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { phraseBefore } from '@/lib/extract/noun-phrase';
import { tokenize } from '@/lib/extract/tokens';
import { GAZETTEER } from '@/lib/locations/gazetteer';

// 2025-11-10 is a Monday.
const read = (text: string) => readReport(text, { publishedAt: '2025-11-10', gazetteer: GAZETTEER });
const incidents = (text: string) =>
  read(text).incidents.map(
    (i) =>
      `${i.date} ${i.place?.name ?? '-'}: ${i.casualties.map((c) => `${c.kind}/${c.affiliation}/${c.count}`).join(' ')}`,
  );

describe('a town and its night', () => {
  it('finds a town by a longer name of an ambiguous one ("Marchand-Dessalines" of Dessalines)', () => {
    expect(
      incidents('The attack on Marchand-Dessalines began around 10 p.m. on Saturday, killing 17 people.'),
    ).toEqual(['2025-11-08 Dessalines: killed/civilian/17']);
  });

  it('keeps "late Saturday" and "early Sunday" one night, and what "the gunmen also" did one attack', () => {
    expect(
      incidents(
        'Gang members stormed Marchand-Dessalines late Saturday, killing at least 17 people. ' +
          'Residents said the gunmen also took away at least four women when they withdrew toward the river early Sunday.',
      ),
    ).toEqual(['2025-11-08 Dessalines: killed/civilian/17 missing/civilian/4']);
  });

  it('reads the people "the attackers fled with" as taken, not residents who fled with their children', () => {
    expect(
      incidents(
        'Gunmen attacked a church in Furcy on Sunday, abducting the pastor. The attackers fled with the pastor and at least three members of the church choir.',
      ),
    ).toEqual(['2025-11-09 Furcy: missing/civilian/4']);
    expect(
      incidents(
        'Gunmen attacked Cabaret on Sunday, killing two people. Residents fled with their children to Arcahaie.',
      ),
    ).toEqual(['2025-11-09 Cabaret: killed/civilian/2']);
  });

  it('reads people "taken away", not their goods or the bodies', () => {
    expect(incidents('On Saturday in Cabaret, gunmen took away two nurses.')).toEqual([
      '2025-11-08 Cabaret: missing/civilian/2',
    ]);
    expect(incidents('On Saturday in Cabaret, gunmen attacked a depot and took away its weapons.')).toEqual([
      '2025-11-08 Cabaret: ',
    ]);
  });

  it('does not count someone "looking for her brother among the wounded", nor place the attack at that clinic', () => {
    const text =
      'Gang members stormed Marchand-Dessalines late Saturday, killing at least 17 people. ' +
      'Police reinforcements sent from Saint-Marc came under fire Sunday morning as they approached the town, and two officers were wounded. ' +
      '"We are alone here," said Marie-Ange Désir, 43, a market vendor who spent Sunday looking for her brother among the wounded at a clinic in Saint-Marc.';
    expect(read(text).figures).toEqual([]);
    expect(
      incidents(
        'Gang members stormed Marchand-Dessalines late Saturday, killing at least 17 people. ' +
          'Police reinforcements sent from Saint-Marc came under fire Sunday morning as they approached the town, and two officers were wounded. ' +
          '"We are alone here," said Marie-Ange Désir, 43, a market vendor who spent Sunday looking for her brother among the wounded at a clinic in Saint-Marc.',
      ),
    ).toEqual(['2025-11-08 Dessalines: killed/civilian/17', '2025-11-09 Dessalines: injured/police/2']);
  });

  it('does not place what happened to people "sent from" a town in that town', () => {
    expect(
      incidents(
        'On Sunday, police reinforcements sent from Saint-Marc came under fire, and two officers were wounded.',
      ),
    ).toEqual(['2025-11-09 -: injured/police/2']);
  });

  it('places reinforcements "sent from Saint-Marc" who came under fire "as they approached the town" in the town', () => {
    expect(
      incidents(
        'Gang members stormed Marchand-Dessalines late Saturday, killing at least 17 people. ' +
          'Police reinforcements sent from Saint-Marc came under fire Sunday morning as they approached the town, and two officers were wounded.',
      ),
    ).toEqual(['2025-11-08 Dessalines: killed/civilian/17', '2025-11-09 Dessalines: injured/police/2']);
  });

  it('reads « une attaque armée contre plusieurs quartiers de X » as an attack on X', () => {
    expect(
      incidents(
        'Au moins 21 personnes ont été tuées samedi lors d’une attaque armée contre plusieurs quartiers de Marchand-Dessalines.',
      ),
    ).toEqual(['2025-11-08 Dessalines: killed/civilian/21']);
    const [attack] = read(
      'Au moins 21 personnes ont été tuées samedi lors d’une attaque armée contre plusieurs quartiers de Marchand-Dessalines.',
    ).incidents;
    expect((attack?.flags ?? []).map((w) => w.code)).not.toContain('place_from_context');
  });

  it('reads what an attack "comes after" as that earlier event, not more of the attack', () => {
    expect(
      incidents(
        'Au moins 21 personnes ont été tuées samedi lors d’une attaque contre Marchand-Dessalines. ' +
          'Cette attaque survient moins d’une semaine après qu’une patrouille de police est tombée dans une embuscade à Liancourt. ' +
          'Mercredi dernier, des hommes armés ont ouvert le feu sur un véhicule de la PNH à Liancourt, blessant un policier.',
      ),
    ).toEqual(['2025-11-08 Dessalines: killed/civilian/21', '2025-11-05 Liancourt: injured/police/1']);
  });
});

describe('what is no count', () => {
  it('does not count a list of the dead as wounded when "and that" opens the next clause', () => {
    expect(
      incidents(
        'Gang members stormed Marchand-Dessalines on Saturday, killing 17 people. ' +
          'He said the dead included a 6-year-old boy and a 71-year-old pastor, and that more than a dozen people were wounded.',
      ),
    ).toEqual(['2025-11-08 Dessalines: killed/civilian/17 injured/civilian/12']);
    const toks = tokenize(
      'the dead included a 6-year-old boy and a 71-year-old pastor, and that more than a dozen people were wounded',
    );
    const wounded = toks.findIndex((t) => t.norm === 'were');
    const phrase = phraseBefore(toks, wounded);
    expect(
      toks
        .slice(phrase?.[0], phrase?.[1])
        .map((t) => t.text)
        .join(' '),
    ).toBe('more than a dozen people');
  });

  it('does not make one person fleeing, or a mother of three, a figure of the displaced', () => {
    const figures = (text: string) => read(text).figures.map((f) => `${f.metric} ${f.value}`);
    expect(
      figures(
        'The attack was told by a municipal official who said he fled with his family into nearby rice fields.',
      ),
    ).toEqual([]);
    expect(
      figures(
        'A 41-year-old mother of three who fled to a school in Delmas 31 said she had lost everything.',
      ),
    ).toEqual([]);
    expect(figures('More than 3,000 people fled Kenscoff last week.')).toEqual(['displaced 3000']);
  });
});

describe('a town and the places around its story', () => {
  it('keeps a place the gazetteer lacks (« le quartier de Portail Montrouis ») as the place told', () => {
    const [attack] = read(
      'Samedi, des bandits ont attaqué le quartier de Portail Montrouis, tuant six personnes.',
    ).incidents;
    expect(attack?.placeText).toBe('Portail Montrouis');
    const [lynching] = read(
      'Dimanche, trois hommes ont été lynchés dans la section communale de Délugé.',
    ).incidents;
    expect(lynching?.placeText).toBe('Délugé');
  });

  it('tells apart a lynching in a named but unknown neighbourhood and the attack of the day before', () => {
    expect(
      incidents(
        'La ville de Saint-Marc s’est réveillée ce dimanche sous le choc. Trois hommes présentés comme des membres de gangs ont été lynchés dans le quartier de La Scierie. ' +
          'Ce nouvel épisode de « bwa kale », du nom du mouvement apparu à Port-au-Prince en avril 2023, intervient au lendemain d’une incursion des bandits dans la section communale de Délugé. ' +
          'Samedi, des hommes armés ont attaqué plusieurs habitations à Délugé, tuant un agriculteur.',
      ),
    ).toEqual(['2025-11-09 Saint-Marc: killed/gang/3', '2025-11-08 Saint-Marc: killed/civilian/1']);
  });

  it('reads an event named by its place and year (« le massacre de Pont-Sondé, le 3 octobre 2024 ») as itself', () => {
    expect(
      incidents(
        'Samedi, des hommes armés ont attaqué Délugé, tuant un agriculteur. ' +
          'La population vit dans la peur depuis le massacre de Pont-Sondé, le 3 octobre 2024, où plus de 100 personnes avaient été tuées.',
      ),
    ).toEqual([
      // Délugé is not in the gazetteer: the article's one place stands in, flagged (place_from_context).
      '2025-11-08 Pont-Sondé: killed/civilian/1',
      '2024-10-03 Pont-Sondé: killed/civilian/100',
    ]);
  });

  it('places an attack "on an MSS base in" a town there, and a gang "based in" a town nowhere', () => {
    expect(
      incidents(
        'On Saturday, a Salvadoran soldier was injured in an attack on an MSS base in Petite-Rivière-de-l’Artibonite.',
      ),
    ).toEqual(["2025-11-08 Petite-Rivière-de-l'Artibonite: injured/mss/1"]);
    expect(incidents('On Saturday, gunmen from a gang based in Saint-Marc killed two farmers.')).toEqual([
      '2025-11-08 -: killed/civilian/2',
    ]);
  });

  it('reads « à l’entrée sud de la ville » as the town told last, even told only in passing', () => {
    expect(
      incidents(
        'La population de Saint-Marc vit dans la peur. ' +
          'En mars dernier, une attaque des bandits contre le quartier de Portail Montrouis, à l’entrée sud de la ville, avait fait au moins six morts.',
      ),
    ).toEqual(['2025-03-01 Saint-Marc: killed/unknown/6']);
  });

  it('does not join an undated attack to the massacre a later sentence names by its place and year', () => {
    const undated = readReport(
      'Des hommes armés ont attaqué la section communale de Délugé, tuant un agriculteur. ' +
        'La population vit dans la peur depuis le massacre de Pont-Sondé, le 3 octobre 2024, où plus de 100 personnes avaient été tuées.',
      { publishedAt: null, gazetteer: GAZETTEER },
    );
    // (The page's date is estimated from the text, and "Samedi" with it: that is not what is tested.)
    expect(undated.incidents.map((i) => i.casualties.map((c) => c.count).join(' '))).toEqual(['1', '100']);
    expect(undated.incidents[1]?.date).toBe('2024-10-03');
  });
});

describe('a bus stopped on its route', () => {
  it('is where it was stopped, not at the ends of its route, and its driver, named in an aside, is its dead', () => {
    expect(
      incidents(
        'Une quinzaine de passagers d’un autobus ont été enlevés mercredi par des individus armés à Morne-à-Cabrit, alors que le véhicule faisait le trajet Hinche–Port-au-Prince. ' +
          'Le chauffeur, identifié comme Wilner Saint-Fleur, 47 ans, a été tué sur le coup.',
      ),
    ).toEqual(['2025-11-05 Morne-à-Cabrit: missing/civilian/15 killed/civilian/1']);
  });

  it('does not place a bus stopped somewhere unnamed at the ends of its route', () => {
    expect(
      incidents(
        'Mercredi, des bandits ont enlevé dix passagers d’un autobus qui faisait le trajet Hinche–Port-au-Prince.',
      ),
    ).toEqual(['2025-11-05 -: missing/civilian/10']);
  });
});

describe('a hospital town stormed', () => {
  const tolls = (text: string) =>
    read(text).incidents.map((i) =>
      i.casualties.map(
        (c) => `${c.kind}/${c.affiliation}/${c.count}${c.attribution ? ` [${c.attribution}]` : ''}`,
      ),
    );

  it('places the assault on the hospital in the town that holds it, one event', () => {
    expect(
      incidents(
        'Armed gangs stormed the town of Deschapelles overnight Sunday. At least eight people were killed in the assault on Hôpital Albert Schweitzer.',
      ),
    ).toEqual(['2025-11-09 Hôpital Albert Schweitzer: killed/civilian/8']);
  });

  it('reads how some of the dead died ("including a nurse who was shot", "including two patients who died") as no more victims', () => {
    expect(
      tolls(
        'Gangs stormed Deschapelles on Sunday. At least eight people were killed in the assault, including a nurse who was shot as she tried to reach the maternity ward, according to the hospital. ' +
          'A civil protection official put the death toll at 11, including two patients who died during the evacuation.',
      ),
    ).toEqual([['killed/civilian/8 [hospital]', 'killed/civilian/11 [civil protection]']]);
  });
});

describe('a church attacked during the service', () => {
  it('adds the dead listed "also", past a relative clause, to the churchgoers counted', () => {
    expect(
      incidents(
        'Gunmen attacked a church in Furcy on Sunday. The deputy mayor said at least 12 churchgoers were killed and more than 20 wounded. ' +
          'Among the dead were also a police officer who rushed to the scene from a nearby substation and two of the assailants, who were shot by residents, she said.',
      ),
    ).toEqual(['2025-11-09 Furcy: killed/civilian/12 injured/unknown/20 killed/police/1 killed/gang/2']);
  });
});

describe('a quote told in two sentences', () => {
  it('gives the victims its second line tells to the event told before the quote, not the one told last', () => {
    expect(
      incidents(
        'Gunmen attacked a church in Furcy on Sunday, killing 12 worshippers. A drone strike on March 28 near Kenscoff killed three gang members. ' +
          'For residents of Furcy, Sunday’s attack shattered one of the last safe places. "We had nowhere else to go. ' +
          'We went to church to pray for peace," said a woman whose two cousins were killed, speaking by phone from a relative’s home in Pétion-Ville.',
      ),
    ).toEqual(['2025-11-09 Furcy: killed/civilian/12', '2025-03-28 Kenscoff: killed/gang/3']);
  });
});
