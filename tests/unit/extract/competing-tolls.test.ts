/**
 * Tolls as wire copy tells them: "police put the death toll at six", "the death toll stood at six,
 * police said", and two sources quoting two tolls for one event, each kept with who gives it.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { tollSource } from '@/lib/extract/toll-sources';
import { GAZETTEER } from '@/lib/locations/gazetteer';

const read = (text: string) => readReport(text, { publishedAt: '2025-06-11', gazetteer: GAZETTEER });
const tolls = (text: string) =>
  read(text).incidents.map((i) => i.casualties.map((c) => [c.kind, c.count, c.attribution ?? null]));

describe('an event toll told after the event', () => {
  it('"police put the death toll at six" is the dead of the event told', () => {
    for (const toll of [
      'Police put the death toll at six.',
      'Police put the death toll from the attack at six.',
      'Local officials put the toll at six.',
    ])
      expect(tolls(`Gunmen attacked the town of Cabaret on Monday. ${toll}`)).toEqual([
        [['killed', 6, null]],
      ]);
  });

  it('"the death toll stood at six" after an event is that event\'s, not a sum of many', () => {
    const draft = read(
      'Gunmen attacked Cabaret on Monday, killing several residents. The death toll has risen to 12, local officials said.',
    );
    expect(draft.incidents.map((i) => i.casualties.map((c) => c.count))).toEqual([[12]]);
    expect(draft.figures).toEqual([]);
  });

  it('a toll of the country, of the year or overall stays a figure', () => {
    for (const text of [
      'The overall death toll stood at 1,500.',
      'Haiti’s death toll stood at 1,500.',
      'The death toll stood at 1,500 since January.',
      'The death toll this year stood at 1,500.',
    ]) {
      const draft = read(`Gunmen attacked Cabaret on Monday. ${text}`);
      expect(draft.figures.map((f) => f.value)).toContain(1500);
      expect(draft.incidents.flatMap((i) => i.casualties)).toEqual([]);
    }
  });
});

describe('a toll told plainly', () => {
  it('"the death toll was 12" after an event is its dead; "the toll is expected to rise" counts none', () => {
    expect(
      tolls(
        'Gunmen attacked a market in Croix-des-Bouquets on Monday. The death toll was 12, according to the hospital.',
      ),
    ).toEqual([[['killed', 12, null]]]);
    expect(
      read('Gunmen attacked Cabaret on Monday. The death toll is expected to rise.').incidents[0]?.casualties,
    ).toEqual([]);
  });
  it('"police estimated the toll at around 20 dead" counts the 20 once, not as police', () => {
    const [incident] = read(
      'Gunmen attacked Cabaret on Monday. Police estimated the toll at around 20 dead and 30 injured.',
    ).incidents;
    expect(incident?.casualties.map((c) => [c.kind, c.count, c.affiliation, c.hedge])).toEqual([
      ['killed', 20, 'unknown', 'about'],
      ['injured', 30, 'unknown', 'exact'],
    ]);
  });
  it('"the worst this year", "the deadliest in years" measure the day\'s toll, they do not make it a sum', () => {
    for (const text of [
      'The death toll from the attack in Cabaret, which was the worst this year, is at least 30.',
      'Gunmen killed 15 people in Cabaret in the deadliest attack this year.',
      'Gunmen killed 15 people in Cabaret in the deadliest attack in years.',
    ]) {
      expect(read(text).incidents, text).toHaveLength(1);
      expect(read(text).figures, text).toEqual([]);
    }
  });
});

describe('competing tolls as wire copy and the Haitian press quote them', () => {
  it('keeps "…, while the civil protection agency put the toll at 18" and « tandis que des habitants évoquent une quinzaine »', () => {
    expect(
      tolls(
        'At least 25 people were killed in Lascahobas on Monday, according to local officials, while the civil protection agency put the toll at 18.',
      ),
    ).toEqual([
      [
        ['killed', 25, 'local authorities'],
        ['killed', 18, 'civil protection'],
      ],
    ]);
    expect(
      tolls(
        "Au moins huit personnes ont été tuées mardi à Petite-Rivière de l'Artibonite, selon la protection civile, tandis que des habitants joints par l'AFP évoquent une quinzaine de morts.",
      ),
    ).toEqual([
      [
        ['killed', 8, 'civil protection'],
        ['killed', 15, 'residents'],
      ],
    ]);
  });
  it('makes a bare toll another teller puts ("although a rights group put the toll at eight") a rival on the same side', () => {
    const [incident] = read(
      'A drone strike killed at least 12 suspected gang members in Cité Soleil on Tuesday, Haitian police said, although a local rights group put the toll at eight.',
    ).incidents;
    expect(incident?.casualties.map((c) => [c.count, c.affiliation, c.attribution])).toEqual([
      [12, 'gang', 'police'],
      [8, 'gang', 'rights group'],
    ]);
  });
  it('reads « vingt morts parmi les bandits » as gang dead, and « la PNH avance … 14 » as a rival, not a breakdown', () => {
    const [incident] = read(
      'Des frappes de drones menées jeudi à Cité Soleil ont fait une vingtaine de morts parmi les bandits, selon la Task Force. La PNH avance pour sa part le chiffre de 14 bandits tués.',
    ).incidents;
    expect(incident?.casualties.map((c) => [c.count, c.affiliation, c.attribution])).toEqual([
      [20, 'gang', 'task force'],
      [14, 'gang', 'police'],
    ]);
  });
});

describe('who gives a toll', () => {
  it('is the source beside the reporting verb, not the first one the sentence names', () => {
    expect(tollSource('Two police officers were killed, the UN said.')).toBe('UN');
    expect(tollSource('Six people were killed, police said.')).toBe('police');
    expect(tollSource('Police said six people were killed in Delmas.')).toBe('police');
    expect(tollSource('Six people were killed, according to police.')).toBe('police');
    expect(tollSource('Police put the death toll at six.')).toBe('police');
    expect(tollSource('Six people were killed, including two police officers.')).toBeNull();
  });

  it("keeps two sources' tolls for one event, attributed, the one told first leading", () => {
    for (const text of [
      'Gunmen attacked Cabaret on Monday. Six people died, police said. The UN said at least nine people died.',
      'Gunmen attacked Cabaret on Monday, killing at least six residents, police said. The UN said at least nine people died.',
      'Gunmen attacked Cabaret on Monday. Police put the death toll at six. At least nine people died, the UN said.',
    ]) {
      const [incident, ...rest] = read(text).incidents;
      expect(rest).toEqual([]);
      expect(incident?.casualties.map((c) => [c.count, c.attribution])).toEqual([
        [6, 'police'],
        [9, 'UN'],
      ]);
      expect(incident?.flags?.map((f) => f.code)).toContain('competing_tolls');
    }
  });

  it('reads « parle de », « évoque », "counted" as telling, and a rival toll with no side counts the lead\'s victims', () => {
    for (const [text, rival] of [
      [
        'Des bandits ont tué au moins 15 personnes jeudi à Pont-Sondé, selon la police. Le RNDDH parle de plus d’une vingtaine de morts.',
        'RNDDH',
      ],
      [
        'Des bandits ont tué au moins 15 personnes jeudi à Pont-Sondé, selon la police. Le RNDDH évoque une vingtaine de morts.',
        'RNDDH',
      ],
      [
        'Gang members killed at least 15 people in Pont-Sondé on Thursday, police said. The UN counted 22 dead.',
        'UN',
      ],
    ]) {
      const [incident] = read(text as string).incidents;
      expect(incident?.casualties.map((c) => [c.affiliation, c.attribution])).toEqual([
        ['civilian', 'police'],
        ['civilian', rival],
      ]);
    }
  });

  it('keeps victims told by several sides a breakdown of the people, whoever gives them', () => {
    const [incident] = read(
      'At least nine people died in Cabaret on Monday, the UN said. Police said two officers and four residents were killed.',
    ).incidents;
    expect(incident?.casualties.map((c) => c.count).reduce((a, b) => a + b, 0)).toBe(9);
    expect(incident?.casualties.some((c) => c.attribution)).toBe(false);
  });

  it('still reads a count of people as the victims named by side when no rival source gives it', () => {
    const [incident] = read(
      'At least three people were killed in Delmas on Monday. Two journalists and a police officer were shot dead.',
    ).incidents;
    expect(incident?.casualties.map((c) => [c.count, c.affiliation, c.attribution ?? null])).toEqual([
      [2, 'civilian', null],
      [1, 'police', null],
    ]);
  });
});

describe('what the toll rules must not read (a review of them)', () => {
  it("never makes another side's dead or a named victim a rival of a count of people", () => {
    const [police] = read(
      'Two police officers were killed in Delmas on Monday, according to the PNH. The RNDDH counted nine dead, most of them farmers.',
    ).incidents;
    expect(police?.casualties.map((c) => [c.count, c.affiliation, c.attribution ?? null])).toEqual([
      [2, 'police', null],
      [7, 'unknown', null],
    ]);
    const [pastor] = read(
      'Gunmen killed Pastor Jean Pierre in Delmas on Sunday, police said. The UN said three people were killed.',
    ).incidents;
    expect(pastor?.casualties.reduce((n, c) => n + (c.count ?? 0), 0)).toBe(3);
    expect(pastor?.casualties.some((c) => c.attribution)).toBe(false);
  });

  it("keeps two tellers' tolls apart within one sentence", () => {
    const [incident] = read(
      'Gunmen attacked Cabaret on Monday. The death toll stood at six, police said, while the UN said eight people had died.',
    ).incidents;
    expect(incident?.casualties.map((c) => [c.count, c.attribution])).toEqual([
      [6, 'police'],
      [8, 'UN'],
    ]);
  });

  it("takes a bare toll for the week or the half-year as a figure, and a toll given on a later day as the event's", () => {
    const week = read(
      'Gunmen attacked Cabaret on Monday, killing five people. The death toll is now 23 for the week.',
    );
    expect(week.incidents.map((i) => i.casualties.map((c) => c.count))).toEqual([[5]]);
    expect(week.figures.map((f) => f.value)).toEqual([23]);
    const later = read(
      'Gunmen attacked Cabaret on Sunday. The death toll stood at nine on Monday, police said.',
    );
    expect(later.incidents).toHaveLength(1);
    expect(later.incidents[0]).toMatchObject({ date: '2025-06-08' });
    expect(later.incidents[0]?.casualties.map((c) => c.count)).toEqual([9]);
  });

  it('reads no dead in a toll put at a sum of money, nor a source cited inside an aside as the teller', () => {
    for (const text of [
      'Gangs at the checkpoint in Cabaret put the toll at 2,000 gourdes per truck on Monday.',
      'The chamber of commerce estimated the toll at 30 million gourdes.',
    ]) {
      const draft = read(text);
      expect(draft.incidents.flatMap((i) => i.casualties)).toEqual([]);
      expect(draft.figures).toEqual([]);
    }
    expect(tollSource('The RNDDH, which relies on hospital records, reported 12 deaths.')).toBe('RNDDH');
    expect(tollSource('The police, quoting the mayor, said 12 people died.')).toBe('police');
  });
});

describe('what the clause tellers must not read (a second review)', () => {
  it('makes no rival of more victims or of another place told in the next clause', () => {
    for (const text of [
      'Two police officers were killed in the ambush in Cabaret on Monday, police said, while the UN said a third officer later died in hospital.',
      'Gunmen killed four people in Delmas on Monday, police said, while in Cabaret the UN said gangs killed six.',
    ])
      expect(
        read(text)
          .incidents.flatMap((i) => i.casualties)
          .some((c) => c.attribution),
      ).toBe(false);
  });
});

describe('some of the dead, told by another source', () => {
  it('keeps "two of the adults killed were members of the armed group", a police source says, as a part of the 10, not a rival toll', () => {
    expect(
      tolls(
        'A drone strike in the Port-au-Prince neighborhood of Simon Pelé on Saturday killed at least 10 people, residents told the Miami Herald. A police source said two of the adults killed were members of the armed group that controls the area.',
      ),
    ).toEqual([[['killed', 10, null]]]);
  });
});
