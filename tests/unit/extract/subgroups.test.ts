import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';

const casualties = (text: string) =>
  readReport(text, { publishedAt: '2025-04-01', gazetteer: GAZETTEER }).incidents.flatMap((i) =>
    i.casualties.map((c) => `${c.kind}/${c.affiliation}/${c.country ?? '-'}/${c.hedge}/${c.count}`).sort(),
  );

describe('a count of people that includes another side', () => {
  it('splits police out of the people killed', () => {
    expect(
      casualties(
        'Gang members stormed Mirebalais on Monday, killing at least 15 people, including two police officers, authorities said.',
      ),
    ).toEqual(['killed/civilian/-/at_least/13', 'killed/police/-/exact/2']);
  });

  it('splits gang members and MSS personnel out too', () => {
    expect(
      casualties('Gunmen killed 12 people, including three gang members, in Cité Soleil on Monday.'),
    ).toEqual(['killed/civilian/-/exact/9', 'killed/gang/-/exact/3']);
    expect(
      casualties('An attack in Carrefour on Monday killed six people, including a Kenyan officer.'),
    ).toEqual(['killed/civilian/-/exact/5', 'killed/mss/Kenya/exact/1']);
  });

  it('leaves civilians among civilians as they are', () => {
    expect(
      casualties(
        'At least 70 people, including 10 women and three infants, were killed in Pont-Sondé on Thursday.',
      ),
    ).toEqual(['killed/civilian/-/at_least/70']);
  });
});
