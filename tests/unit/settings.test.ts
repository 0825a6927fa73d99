import { describe, expect, it } from 'vitest';
import { serverExecArgv } from '@/lib/cli/serve-next';
import { DEFAULT_DATABASE_URL, OSM_TILE_URL, parseSettings, SettingsError } from '@/lib/env';

function problemsOf(source: Record<string, string>): string[] {
  try {
    parseSettings(source);
  } catch (error) {
    if (error instanceof SettingsError) return error.problems.map((p) => p.setting);
    throw error;
  }
  return [];
}

describe('settings', () => {
  it('has working defaults for a fresh machine', () => {
    const s = parseSettings({});
    expect(s.DATABASE_URL).toBe(DEFAULT_DATABASE_URL);
    expect(s.PORT).toBe(3000);
    expect(s.MAP_TILE_URL).toBe(OSM_TILE_URL);
    expect(s.PUBLIC_READ).toBe(true);
    expect(s.SESSION_SECRET).toBeUndefined();
    expect(s.WEB_CONCURRENCY).toBe(1);
    expect(s.WARM_AGGREGATES).toBe(true);
  });

  it('warms aggregates at start unless told "off"', () => {
    expect(parseSettings({ WARM_AGGREGATES: 'off' }).WARM_AGGREGATES).toBe(false);
    expect(problemsOf({ WARM_AGGREGATES: 'no' })).toEqual(['WARM_AGGREGATES']);
  });

  it('takes a number of server processes from 1 to 16', () => {
    expect(parseSettings({ WEB_CONCURRENCY: '2' }).WEB_CONCURRENCY).toBe(2);
    expect(problemsOf({ WEB_CONCURRENCY: '0' })).toEqual(['WEB_CONCURRENCY']);
    expect(problemsOf({ WEB_CONCURRENCY: 'two' })).toEqual(['WEB_CONCURRENCY']);
    expect(problemsOf({ WEB_CONCURRENCY: '1.5' })).toEqual(['WEB_CONCURRENCY']);
  });

  it("takes the server heap's growth in whole percent from 10 to 400, else leaves it to V8", () => {
    expect(parseSettings({}).HEAP_GROWTH_PERCENT).toBeUndefined();
    expect(parseSettings({ HEAP_GROWTH_PERCENT: '30' }).HEAP_GROWTH_PERCENT).toBe(30);
    expect(serverExecArgv(30)).toContain('--heap-growing-percent=30');
    expect(serverExecArgv(undefined).some((a) => a.startsWith('--heap-growing'))).toBe(false);
    for (const bad of ['5', '500', '12.5', 'low'])
      expect(problemsOf({ HEAP_GROWTH_PERCENT: bad })).toEqual(['HEAP_GROWTH_PERCENT']);
  });

  it('takes the hosts a link import may find on private addresses as a list of names', () => {
    expect(parseSettings({}).IMPORT_ALLOW_HOSTS).toEqual([]);
    expect(
      parseSettings({ IMPORT_ALLOW_HOSTS: ' LocalHost, intranet.example ,' }).IMPORT_ALLOW_HOSTS,
    ).toEqual(['localhost', 'intranet.example']);
  });

  it('polls feeds every 30 minutes unless told a whole number of minutes up to a day, 0 for never', () => {
    expect(parseSettings({}).FEEDS_POLL_MINUTES).toBe(30);
    expect(parseSettings({ FEEDS_POLL_MINUTES: '0' }).FEEDS_POLL_MINUTES).toBe(0);
    expect(parseSettings({ FEEDS_POLL_MINUTES: '15' }).FEEDS_POLL_MINUTES).toBe(15);
    for (const bad of ['-1', '1441', '2.5', 'hourly'])
      expect(problemsOf({ FEEDS_POLL_MINUTES: bad })).toEqual(['FEEDS_POLL_MINUTES']);
  });

  it('takes a SQLite file URL or a PostgreSQL URL as the store', () => {
    expect(
      parseSettings({ DATABASE_URL: 'postgresql://haiti:pw@db.example.org:5432/haiti' }).DATABASE_URL,
    ).toBe('postgresql://haiti:pw@db.example.org:5432/haiti');
    expect(parseSettings({ DATABASE_URL: 'postgres://db/haiti' }).DATABASE_URL).toBe('postgres://db/haiti');
    expect(parseSettings({ DATABASE_URL: 'file:./x.db' }).DATABASE_URL).toBe('file:./x.db');
  });

  it('treats empty values as unset', () => {
    expect(parseSettings({ PORT: '', DATABASE_URL: '' }).PORT).toBe(3000);
  });

  it('names each bad setting', () => {
    expect(problemsOf({ PORT: 'eighty' })).toEqual(['PORT']);
    expect(problemsOf({ PORT: '70000' })).toEqual(['PORT']);
    expect(problemsOf({ DATABASE_URL: 'mysql://x' })).toEqual(['DATABASE_URL']);
    expect(problemsOf({ DATABASE_URL: './haiti.db' })).toEqual(['DATABASE_URL']);
    expect(problemsOf({ MAP_TILE_URL: 'https://tiles.example/{z}/{x}.png' })).toEqual(['MAP_TILE_URL']);
    expect(problemsOf({ SESSION_SECRET: 'short' })).toEqual(['SESSION_SECRET']);
    expect(problemsOf({ PUBLIC_READ: 'yes' })).toEqual(['PUBLIC_READ']);
    expect(problemsOf({ PORT: '0', SESSION_SECRET: 'x' })).toEqual(['PORT', 'SESSION_SECRET']);
  });

  it('says what was wrong and what it got', () => {
    expect(() => parseSettings({ PORT: 'eighty' })).toThrow(/PORT: .*"eighty"/);
  });

  it('accepts "off" and custom tile templates', () => {
    expect(parseSettings({ MAP_TILE_URL: 'off' }).MAP_TILE_URL).toBe('off');
    const custom = 'https://tiles.example.org/{z}/{x}/{y}.png';
    expect(parseSettings({ MAP_TILE_URL: custom }).MAP_TILE_URL).toBe(custom);
    expect(parseSettings({ PUBLIC_READ: 'false' }).PUBLIC_READ).toBe(false);
  });
});
