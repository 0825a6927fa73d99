/** Deployments, milestones and figures: what a report says beside its incidents. */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';

const read = (text: string, publishedAt: string | null = '2025-05-20') =>
  readReport(text, { publishedAt, gazetteer: GAZETTEER });

describe('deployments', () => {
  it('an arrival with its date, a plan with its deadline, a strength as of publication', () => {
    const draft = read(
      'About 150 Guatemalan soldiers arrived in Port-au-Prince on Saturday. ' +
        'Kenya plans to send 600 more officers to Haiti by June. ' +
        'Jamaica has deployed 24 soldiers to Haiti.',
    );
    expect(draft.deployments).toEqual([
      expect.objectContaining({
        country: 'Guatemala',
        personnel: 150,
        hedge: 'about',
        kind: 'arrival',
        date: '2025-05-17',
        datePrecision: 'day',
      }),
      expect.objectContaining({ country: 'Kenya', personnel: 600, kind: 'planned', date: '2025-06' }),
      expect.objectContaining({
        country: 'Jamaica',
        personnel: 24,
        kind: 'strength',
        date: '2025-05',
        datePrecision: 'month',
      }),
    ]);
  });

  it('the whole mission when the personnel come "from Kenya and other contributing nations"', () => {
    const draft = read(
      'The current deployment of nearly 900 officers and troops from Kenya and other contributing nations is small.',
    );
    expect(draft.deployments).toEqual([
      expect.objectContaining({ country: 'MSS-total', personnel: 900, hedge: 'about', kind: 'strength' }),
    ]);
  });

  it('derives a country’s share of the mission and says it is derived', () => {
    const draft = read('The mission now has some 1,200 personnel, two thirds of whom are Kenyan.');
    expect(draft.deployments).toEqual([
      expect.objectContaining({
        country: 'MSS-total',
        personnel: 1200,
        hedge: 'about',
        note: expect.stringMatching(/publication/),
      }),
      expect.objectContaining({
        country: 'Kenya',
        personnel: 800,
        hedge: 'about',
        note: expect.stringMatching(/^derived: two thirds of/),
      }),
    ]);
  });

  it('does not read casualties, speakers or vehicles as deployments', () => {
    const draft = read(
      'Two Kenyan officers were injured in Delmas on Monday. Three officers, speaking anonymously, confirmed it. Personnel grounded 20 armored vehicles.',
    );
    expect(draft.deployments).toEqual([]);
  });

  it('warns when one report gives two strengths for the same contingent', () => {
    const draft = read(
      'Kenya has deployed 800 officers to Haiti. Elsewhere the article says Kenya has deployed 1,000 officers.',
    );
    expect(draft.warningDetails.filter((w) => w.code === 'conflicting_figures')).toHaveLength(1);
  });
});

describe('milestones and reference facts', () => {
  it('keeps a first deployment that agrees with the record, without a warning', () => {
    const draft = read('The first contingent of Kenyan police arrived in Haiti in June 2024.');
    expect(draft.milestones).toEqual([
      expect.objectContaining({ subject: 'first_deployment', country: 'Kenya', date: '2024-06' }),
    ]);
    expect(draft.warningDetails.map((w) => w.code)).not.toContain('reference_conflict');
  });

  it('keeps a launch date that contradicts the record, and warns with both dates', () => {
    const draft = read('The MSS mission, which was launched in June 2023, has struggled.');
    expect(draft.milestones).toEqual([
      expect.objectContaining({ subject: 'mission_launch', country: 'MSS', date: '2023-06' }),
    ]);
    const warning = draft.warningDetails.find((w) => w.code === 'reference_conflict');
    expect(warning?.message).toMatch(/June 2023/);
    expect(warning?.message).toMatch(/25 June 2024/);
  });

  it('reads the authorisation date, and accepts October 2023', () => {
    const draft = read('The UN Security Council approved the MSS mission in October 2023.');
    expect(draft.milestones).toEqual([
      expect.objectContaining({ subject: 'mission_authorization', date: '2023-10' }),
    ]);
    expect(draft.warningDetails).toEqual([]);
  });
});

describe('figures', () => {
  it('period, scope and source as the report gives them', () => {
    const draft = read(
      'According to the United Nations, over 5,500 people were killed in gang-related violence in Haiti in 2024.',
    );
    expect(draft.figures).toEqual([
      expect.objectContaining({
        metric: 'killed',
        value: 5500,
        hedge: 'at_least',
        period: '2024',
        periodStart: '2024-01-01',
        periodEnd: '2024-12-31',
        scope: 'Haiti',
        affiliation: null,
        attributedTo: 'United Nations',
      }),
    ]);
  });

  it('"since January" runs to the publication date; displacement in a commune is scoped to it', () => {
    const draft = read(
      'Since January, at least 262 people have been killed in Kenscoff. Some 40,000 people fled their homes in Mirebalais in April.',
    );
    expect(draft.figures).toEqual([
      expect.objectContaining({
        metric: 'killed',
        value: 262,
        period: 'since January',
        periodStart: '2025-01-01',
        periodEnd: '2025-05-20',
        scope: 'Kenscoff',
      }),
      expect.objectContaining({
        metric: 'displaced',
        value: 40_000,
        hedge: 'about',
        period: 'April',
        scope: 'Mirebalais',
      }),
    ]);
  });

  it('a figure about a contingent is scoped to it', () => {
    const draft = read(
      'As far as Kenyan casualties are concerned, two police officers were confirmed dead in February and March 2025 in separate attacks.',
    );
    expect(draft.figures[0]).toMatchObject({
      value: 2,
      affiliation: 'mss',
      country: 'Kenya',
      scope: 'Kenyan MSS contingent',
      period: 'February–March 2025',
    });
  });

  it('"thousands of deaths" is a lower bound, and says so', () => {
    const draft = read('Gangs are responsible for thousands of deaths since 2021.');
    expect(draft.figures[0]).toMatchObject({
      metric: 'killed',
      value: 2000,
      hedge: 'at_least',
      period: 'since 2021',
    });
    expect(draft.figures[0]?.note).toMatch(/thousands/);
  });

  it('warns when one report gives two numbers for the same figure', () => {
    const draft = read(
      'At least 1,500 people were killed in Haiti in 2024. Elsewhere: at least 1,800 people were killed in Haiti in 2024.',
    );
    expect(draft.warningDetails.filter((w) => w.code === 'conflicting_figures')).toHaveLength(1);
  });
});

describe('running tolls and clauses', () => {
  it('an event and the running toll it brings: one incident, one figure', () => {
    const draft = read(
      'Police said three officers were killed in the attack on the Petite-Rivière police station on Saturday, bringing the number of officers killed this year to 45.',
      '2025-03-31',
    );
    expect(draft.incidents).toHaveLength(1);
    expect(draft.incidents[0]?.casualties).toEqual([
      expect.objectContaining({ kind: 'killed', count: 3, affiliation: 'police' }),
    ]);
    expect(draft.figures).toEqual([
      expect.objectContaining({
        metric: 'killed',
        value: 45,
        affiliation: 'police',
        periodStart: '2025-01-01',
      }),
    ]);
  });
});

describe('more deployment and figure wordings', () => {
  it('an arrival dated "July 16, 2024" in the same clause, and displacement told actively', () => {
    const draft = read(
      'The second contingent of 200 Kenyan officers arrived in Port-au-Prince on July 16, 2024. Gang violence has displaced more than 1.3 million people, the IOM said.',
      '2025-06-12',
    );
    expect(draft.deployments).toEqual([
      expect.objectContaining({
        country: 'Kenya',
        personnel: 200,
        kind: 'arrival',
        date: '2024-07-16',
        datePrecision: 'day',
      }),
    ]);
    expect(draft.figures).toEqual([
      expect.objectContaining({
        metric: 'displaced',
        value: 1_300_000,
        hedge: 'at_least',
        attributedTo: 'International Organization for Migration',
      }),
    ]);
  });
});

describe('displacement caused by violence', () => {
  const figures = (text: string) =>
    readReport(text, { publishedAt: '2025-04-01', gazetteer: GAZETTEER }).figures;

  it('reads "displaced by gang violence" and its like as a displacement figure', () => {
    for (const text of [
      'More than one million people have been displaced by gang violence in Haiti.',
      'The UN says more than 1.3 million people have been displaced by the fighting.',
      'About 6,000 residents were displaced by attacks on Mirebalais.',
    ]) {
      expect(
        figures(text).map((f) => f.metric),
        text,
      ).toEqual(['displaced']);
    }
    expect(
      figures('The UN says more than 1.3 million people have been displaced by the fighting.')[0],
    ).toMatchObject({
      value: 1_300_000,
      hedge: 'at_least',
    });
  });

  it('does not read "displaced by" a person as displacement', () => {
    expect(
      figures('The police chief, who commanded 2,000 officers, was displaced by his deputy in May.'),
    ).toEqual([]);
  });
});
