/** Reports without a publication date, and the warnings the reader owes the editor. */
import { describe, expect, it } from 'vitest';
import { readReport, reportDraftSchema } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';

const read = (text: string, publishedAt?: string | null) =>
  readReport(text, { publishedAt, gazetteer: GAZETTEER });
const codes = (d: ReturnType<typeof read>) => d.warningDetails.map((w) => w.code);

describe('no publication date', () => {
  it('takes the year a day told with its weekday falls in when it is later than the latest stated date', () => {
    const draft = read(
      'The mission said its personnel came under heavy gunfire on Tuesday, March 25, near Pont-Sondé, and one officer remains unaccounted for. The MSS, which was endorsed by the UN Security Council in October 2023, has struggled with funding.',
    );
    expect(draft).toMatchObject({ publishedAt: '2025-03-25', publishedAtEstimated: true });
    expect(draft.incidents.map((i) => i.date)).toEqual(['2025-03-25']);
  });

  it('estimates it from the latest full date in the text, says so, and resolves relative dates from it', () => {
    const draft = read(
      'On March 7, 2025, gangs attacked Liancourt. Two days later, on Sunday, police arrested a gang leader in Saint-Marc.',
    );
    expect(draft).toMatchObject({ publishedAt: '2025-03-07', publishedAtEstimated: true });
    expect(codes(draft)).toContain('estimated_publication_date');
    // The estimate is a lower bound (the report came out on 7 March or a few days later): "on
    // Sunday" is the Sunday nearest that span, 9 March — as "two days later" says too.
    const arrest = draft.incidents.find((i) => i.type === 'arrest');
    expect(arrest).toMatchObject({ date: '2025-03-09' });
    expect(arrest?.dateNote).toMatch(/estimated publication date/);
    const attack = draft.incidents.find((i) => i.type === 'attack');
    expect(attack?.confidence).toBeGreaterThan(arrest?.confidence ?? 1);
  });

  it('does not estimate from a deadline in the future', () => {
    const draft = read(
      'On May 2, 2025, gunmen killed two residents in Delmas. Elections are due by February 2026.',
    );
    expect(draft.publishedAt).toBe('2025-05-02');
  });

  it('leaves relative dates unresolved when the text has no full date, and warns', () => {
    const draft = read('Yesterday, a policeman was shot dead in Liancourt.');
    expect(draft).toMatchObject({ publishedAt: null, publishedAtEstimated: false });
    expect(draft.incidents[0]).toMatchObject({ date: null, datePrecision: null });
    expect(codes(draft)).toContain('unresolved_date');
    expect(draft.incidents[0]?.confidence).toBeLessThan(0.6);
    expect(() => reportDraftSchema.parse(draft)).not.toThrow();
  });

  it('does not date a text from a date older than the mission it names: that date is background', () => {
    const mss = read(
      'Belize has sent 20 soldiers to join the Multinational Security Support (MSS) mission in Haiti, where gangs have spread ever since the murder of a senator in the capital in March, 2019. On Tuesday, gunmen killed two officers in Delmas.',
    );
    expect(mss).toMatchObject({ publishedAt: null, publishedAtEstimated: false });
    expect(mss.warningDetails.find((w) => w.code === 'unresolved_date')?.message).toMatch(
      /“March, 2019”, is no later than the MSS it names \(authorised on 2 October 2023\)/,
    );
    // Neither the soldiers nor Tuesday's killing are dated to 2019, years before the mission.
    expect(mss.deployments.map((d) => d.date)).toEqual([null]);
    expect(mss.incidents.find((i) => i.place?.name === 'Delmas')).toMatchObject({ date: null });
    expect(() => reportDraftSchema.parse(mss)).not.toThrow();
    const gsf = read(
      'The Gang Suppression Force said 300 more troops would arrive. The gangs grew after the president was killed in June 2024.',
    );
    expect(gsf.publishedAt).toBeNull();
    // The mission's own history is no date of writing either.
    expect(
      read(
        'The MSS was authorised by the Security Council on October 2, 2023. On Tuesday gunmen killed two officers.',
      ).publishedAt,
    ).toBeNull();
    // The GSF was named in the proposal of late August 2025, before it was authorised.
    expect(
      read(
        'The United States on August 29, 2025 proposed that the Security Council replace the MSS with a Gang Suppression Force.',
      ).publishedAt,
    ).toBe('2025-08-29');
    // A date as late as the mission stays the estimate; a text naming no mission keeps its own.
    expect(read('On May 2, 2025, the MSS said gunmen killed two residents in Delmas.').publishedAt).toBe(
      '2025-05-02',
    );
    expect(read('Gangs spread after the murder of a senator in March, 2019.').publishedAt).toBe('2019-03-31');
  });

  it('treats an invalid publication date as unknown rather than trusting it', () => {
    const draft = read('On May 2, 2025, gunmen killed two residents in Delmas.', '2025-02-30');
    expect(draft).toMatchObject({ publishedAt: '2025-05-02', publishedAtEstimated: true });
  });
});

describe('warnings', () => {
  it('every warning has a message and a code, and the messages list matches the details', () => {
    const draft = read(
      'On Monday evening, August 5, gunfire erupted in Tabarre. The MSS was launched in June 2023.',
      '2025-08-06',
    );
    expect(codes(draft)).toEqual(expect.arrayContaining(['weekday_mismatch', 'reference_conflict']));
    expect(draft.warnings).toEqual(draft.warningDetails.map((w) => w.message));
  });

  it('an empty text gives an empty draft with a warning, not an error', () => {
    const draft = read('   \n\n  ', '2025-01-01');
    expect(draft).toMatchObject({ incidents: [], figures: [], publishedAt: '2025-01-01' });
    expect(codes(draft)).toEqual(['empty_text']);
  });
});
