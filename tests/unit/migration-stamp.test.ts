import { describe, expect, it } from 'vitest';
import { nextMigrationStamp } from '@/prisma/migration-create';

describe('the next migration stamp', () => {
  const now = new Date('2026-12-06T09:30:00Z');

  it('is the clock when every migration is older', () => {
    expect(nextMigrationStamp(['20261101000000_a', '20261201120000_b'], now)).toBe('20261206093000');
    expect(nextMigrationStamp([], now)).toBe('20261206093000');
  });

  it('is one second after the newest when a history is stamped ahead of the clock', () => {
    expect(nextMigrationStamp(['20261212120000_source_denies', '20261213000200_triggers'], now)).toBe(
      '20261213000201',
    );
    expect(nextMigrationStamp(['20261231235959_last'], now)).toBe('20270101000000');
  });

  it('ignores names without a stamp', () => {
    expect(nextMigrationStamp(['init', '20261101000000_a'], now)).toBe('20261206093000');
  });
});
