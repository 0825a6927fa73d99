/**
 * A driver shot during a kidnapping who "did not survive", « n'a pas survécu », told after the
 * kidnapping with the day he died; an officer who « n'a pas été blessé »: held-out wordings
 * (issue 11). Every text here is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';

// 2025-06-11 is a Wednesday.
const tolls = (text: string) =>
  readReport(text, { publishedAt: '2025-06-11', gazetteer: GAZETTEER }).incidents.map(
    (i) =>
      `${i.date} ${i.place?.name ?? '-'}: ${i.casualties.map((c) => `${c.kind} ${c.count} ${c.affiliation}`).join('; ')}`,
  );

describe('the driver of a kidnapping who died the next day', () => {
  it.each([
    [
      'French',
      'Deux infirmières ont été enlevées lundi soir à Delmas 33. ' +
        'Leur chauffeur, atteint d’une balle à l’abdomen au moment de l’enlèvement, n’a pas survécu : il est décédé mardi à l’hôpital. ' +
        'Mardi, des hommes armés ont attaqué Liancourt. Neuf personnes ont été tuées.',
    ],
    [
      'English',
      'Two nurses were kidnapped on Monday evening in Delmas 33. ' +
        'Their driver, hit by a bullet at the time of the kidnapping, did not survive: he died in hospital on Tuesday. ' +
        'On Tuesday, gunmen attacked Liancourt. Nine people were killed.',
    ],
  ])('%s: his death is the kidnapping’s, not the next day’s attack elsewhere', (_l, text) => {
    expect(tolls(text)).toEqual([
      '2025-06-09 Delmas 33: missing 2 civilian; killed 1 civilian',
      '2025-06-10 Liancourt: killed 9 civilian',
    ]);
  });

  it('keeps the driver “wounded by a bullet at the time of the kidnapping” on that kidnapping, whose victims were taken', () => {
    expect(
      tolls(
        'Six employés d’une ONG ont été enlevés le 2 juin à Croix-des-Bouquets. ' +
          'Leur chauffeur, blessé par balle au moment de l’enlèvement, a été hospitalisé. ' +
          'Deux prêtres ont aussi été enlevés le 3 mai à Lilavois.',
      ),
    ).toEqual([
      '2025-06-02 Croix-des-Bouquets: missing 6 civilian; injured 1 civilian',
      '2025-05-03 Lilavois: missing 2 civilian',
    ]);
  });

  it('reads no wound in « le policier n’a pas été blessé », and still « pas moins de 12 » dead', () => {
    expect(
      tolls(
        'Mardi, des bandits ont attaqué le commissariat de Cabaret. Pas moins de 12 personnes ont été tuées. Le policier de garde n’a pas été blessé.',
      ),
    ).toEqual(['2025-06-10 Cabaret: killed 12 civilian']);
  });
});
