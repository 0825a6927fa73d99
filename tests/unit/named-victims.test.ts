import { describe, expect, it } from 'vitest';
import { listNamedVictims } from '@/lib/incidents/named-victims';

const claim = (
  persons: unknown,
  extra: Partial<{ kind: string; affiliation: string; country: string | null }> = {},
) => ({
  kind: 'killed',
  affiliation: 'mss',
  country: 'Kenya',
  persons,
  ...extra,
});

describe('listNamedVictims', () => {
  it('lists each named person once, with age, side and every source that names them', () => {
    const victims = listNamedVictims([
      { reportId: 1, claims: [claim([{ name: 'Kaetuai', age: null }])] },
      {
        reportId: 4,
        claims: [claim([{ name: 'Samuel Tompoi Kaetuai', age: 32 }]), claim(null, { affiliation: 'gang' })],
      },
      {
        reportId: 5,
        claims: [
          claim([{ name: 'Jean Pierre', age: 41 }], {
            kind: 'injured',
            affiliation: 'civilian',
            country: null,
          }),
        ],
      },
    ]);
    expect(victims).toEqual([
      {
        name: 'Samuel Tompoi Kaetuai',
        age: 32,
        kind: 'killed',
        affiliation: 'mss',
        country: 'Kenya',
        reportIds: [1, 4],
      },
      {
        name: 'Jean Pierre',
        age: 41,
        kind: 'injured',
        affiliation: 'civilian',
        country: null,
        reportIds: [5],
      },
    ]);
  });

  it('skips malformed stored entries instead of showing them half-read', () => {
    expect(
      listNamedVictims([{ reportId: 1, claims: [claim([{ nom: 'x' }, 'y', { name: '', age: 3 }])] }]),
    ).toEqual([]);
    expect(listNamedVictims([{ reportId: 1, claims: [claim({ name: 'x' })] }])).toEqual([]);
  });
});
