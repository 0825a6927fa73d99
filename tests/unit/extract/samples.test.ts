/**
 * Acceptance: what the reader must find in the five sample reports shipped with the product.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type IncidentDraft, type ReportDraft, readReport, reportDraftSchema } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { parseReportFile } from '@/lib/reports/report-file';

const DIR = path.join(__dirname, '..', '..', '..', 'prisma', 'seed', 'reports');

function sample(prefix: string): { draft: ReportDraft; body: string } {
  const file = readdirSync(DIR).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no sample ${prefix}`);
  const report = parseReportFile(readFileSync(path.join(DIR, file), 'utf8'));
  const draft = readReport(report.body, { publishedAt: report.publishedAt, gazetteer: GAZETTEER });
  return { draft, body: report.body };
}

const casualty = (i: IncidentDraft, kind: string, affiliation: string) =>
  i.casualties.find((c) => c.kind === kind && c.affiliation === affiliation);

describe.each(['000', '001', '002', '003', '004'])('sample %s', (prefix) => {
  it('gives a draft that passes the shared schema, with evidence spans that point at the evidence', () => {
    const { draft, body } = sample(prefix);
    expect(() => reportDraftSchema.parse(draft)).not.toThrow();
    const items = [...draft.incidents, ...draft.deployments, ...draft.milestones, ...draft.figures];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const texts = item.evidenceSpans.map((s) => body.slice(s.from, s.to));
      expect(texts.join(' ')).toBe(item.evidence);
      for (const t of texts) expect(t).toBe(t.trim());
    }
  });
});

describe('002: first Kenyan death, Ségur-Savien, 23 February 2025', () => {
  const { draft } = sample('002');

  it('blames the gang the officer fought and the gang member “responsible”, and the Kenyan MSS as the target', () => {
    const death = draft.incidents.find((i) => casualty(i, 'killed', 'mss'));
    const perpetrators = death?.actors?.filter((a) => a.role === 'perpetrator') ?? [];
    expect(perpetrators.map((a) => a.key)).toEqual(['unnamed-gang']);
    expect(perpetrators[0]?.evidence).toMatch(/gang member responsible/);
    expect(death?.actors?.filter((a) => a.role === 'target').map((a) => a.key)).toContain('mss');
  });

  it('has one incident for the death, told in several sentences, dated to the day and placed at Ségur-Savien', () => {
    const deaths = draft.incidents.filter((i) => casualty(i, 'killed', 'mss'));
    expect(deaths).toHaveLength(1);
    const [death] = deaths as [IncidentDraft];
    expect(death).toMatchObject({ date: '2025-02-23', datePrecision: 'day', dateEnd: null });
    expect(death.place).toMatchObject({ key: 'segur-savien', department: 'Artibonite' });
    expect(casualty(death, 'killed', 'mss')).toMatchObject({ count: 1, country: 'Kenya', hedge: 'exact' });
    expect(casualty(death, 'killed', 'gang')).toMatchObject({ count: 1 });
    expect(casualty(death, 'injured', 'mss')).toBeUndefined();
    expect(death.evidenceSpans.length).toBeGreaterThanOrEqual(3);
    expect(death.evidence).toContain('On February 23, 2025');
    expect(death.type).toBe('armed_clash');
  });

  it('reads the deployments: 800 Kenyans arriving June 2024, 2,500 planned, about 900 now', () => {
    expect(draft.deployments).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ country: 'Kenya', personnel: 800, kind: 'arrival', date: '2024-06' }),
        expect.objectContaining({ country: 'MSS-total', personnel: 2500, kind: 'planned' }),
        expect.objectContaining({
          country: 'MSS-total',
          personnel: 900,
          hedge: 'about',
          kind: 'strength',
          date: '2025-02',
        }),
      ]),
    );
  });

  it('does not place the death at the hospital the officer was flown to, nor in the capital of the dateline', () => {
    const keys = draft.incidents.map((i) => i.place?.key);
    expect(keys).not.toContain('aspen-level-2-hospital');
    expect(keys).not.toContain('port-au-prince');
  });
});

describe('003: officer missing after the Pont-Sondé ambush, 25 March 2025', () => {
  const { draft } = sample('003');

  it('names the gang members who lay in wait as the perpetrators and the Kenyan MSS as the target', () => {
    const ambush = draft.incidents.find((i) => i.type === 'ambush');
    expect(ambush?.actors?.map((a) => `${a.role}:${a.key}:${a.country ?? ''}`)).toEqual([
      'perpetrator:unnamed-gang:',
      'target:mss:Kenya',
    ]);
    expect(ambush?.actors?.[0]?.evidence).toMatch(/ambush by suspected gang members/);
  });

  it('dates "on Tuesday" to the Tuesday before publication and places it in Pont-Sondé', () => {
    const ambush = draft.incidents.find((i) => i.type === 'ambush');
    expect(ambush).toMatchObject({ date: '2025-03-25', datePrecision: 'day' });
    expect(ambush?.place).toMatchObject({ key: 'pont-sonde', department: 'Artibonite' });
    expect(ambush && casualty(ambush, 'missing', 'mss')).toMatchObject({ count: 1, country: 'Kenya' });
  });

  it('does not turn "may have been killed" into a death', () => {
    const ambush = draft.incidents.find((i) => i.type === 'ambush');
    expect(ambush?.casualties.map((c) => c.kind)).toEqual(['missing']);
  });

  it('keeps the February death as its own incident, month precision, with the named constable', () => {
    const feb = draft.incidents.find((i) => i.date === '2025-02-01');
    expect(feb).toMatchObject({ datePrecision: 'month', dateEnd: null });
    expect(feb?.place?.key).toBe('segur-savien');
    expect(feb && casualty(feb, 'killed', 'mss')).toMatchObject({
      count: 1,
      country: 'Kenya',
      persons: [{ name: 'Samuel Tompoi Kaetuai', age: 26 }],
    });
  });

  it('reads at least 800 Kenyans on the ground now, and the launch date claim with a reference conflict', () => {
    expect(draft.deployments).toContainEqual(
      expect.objectContaining({
        country: 'Kenya',
        personnel: 800,
        hedge: 'at_least',
        kind: 'strength',
        date: '2025-03',
      }),
    );
    expect(draft.milestones).toContainEqual(
      expect.objectContaining({ subject: 'mission_launch', country: 'MSS', date: '2023-06' }),
    );
    const conflict = draft.warningDetails.find((w) => w.code === 'reference_conflict');
    expect(conflict?.message).toMatch(/June 2023/);
    expect(conflict?.message).toMatch(/June 2024/);
  });

  it('reads the UN figures for 2024 as figures, not incidents', () => {
    expect(draft.figures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          metric: 'killed',
          value: 5500,
          hedge: 'at_least',
          period: '2024',
          periodStart: '2024-01-01',
          periodEnd: '2024-12-31',
          attributedTo: 'United Nations',
        }),
        expect.objectContaining({ metric: 'displaced', value: 1_000_000, hedge: 'at_least' }),
      ]),
    );
    expect(draft.incidents.some((i) => i.casualties.some((c) => c.count >= 100))).toBe(false);
  });
});

describe('004: two officers wounded in the week before 3 April 2025', () => {
  const { draft } = sample('004');

  it('places the injuries in Port-au-Prince over the seven days before publication, not in the Dominican Republic', () => {
    const injured = draft.incidents.filter((i) => casualty(i, 'injured', 'mss'));
    expect(injured).toHaveLength(1);
    const [incident] = injured as [IncidentDraft];
    expect(incident).toMatchObject({ date: '2025-03-27', dateEnd: '2025-04-02', datePrecision: 'week' });
    expect(incident.place?.key).toBe('port-au-prince');
    expect(casualty(incident, 'injured', 'mss')).toMatchObject({ count: 2, country: 'Kenya' });
    expect(JSON.stringify(draft.incidents)).not.toMatch(/"key":"[^"]*dominican/i);
  });

  it('keeps the February death (month) and last week’s missing officer (Monday–Sunday) as separate incidents', () => {
    const feb = draft.incidents.find((i) => casualty(i, 'killed', 'mss'));
    expect(feb).toMatchObject({ date: '2025-02-01', datePrecision: 'month' });
    const missing = draft.incidents.find((i) => casualty(i, 'missing', 'mss'));
    expect(missing).toMatchObject({ date: '2025-03-24', dateEnd: '2025-03-30', datePrecision: 'week' });
    expect(missing && casualty(missing, 'missing', 'mss')?.count).toBe(1);
  });

  it('does not let "colleagues fear he may already be dead" count as a death', () => {
    const missing = draft.incidents.find((i) => casualty(i, 'missing', 'mss'));
    expect(missing && casualty(missing, 'killed', 'mss')).toBeUndefined();
  });

  it('reads about 1,000 personnel, three-quarters Kenyan, and the first deployment in June 2024', () => {
    expect(draft.deployments).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          country: 'MSS-total',
          personnel: 1000,
          hedge: 'about',
          kind: 'strength',
          date: '2025-04',
        }),
        expect.objectContaining({ country: 'Kenya', personnel: 750, hedge: 'about', date: '2025-04' }),
      ]),
    );
    const kenya = draft.deployments.find((d) => d.country === 'Kenya');
    expect(kenya?.note).toMatch(/three-quarters/);
    expect(draft.milestones).toContainEqual(
      expect.objectContaining({ subject: 'first_deployment', country: 'Kenya', date: '2024-06' }),
    );
  });

  it('ignores the stray "date 2025-04-03" at the top of the body', () => {
    for (const i of draft.incidents) expect(i.evidence.startsWith('date 2025')).toBe(false);
    expect(draft.publishedAt).toBe('2025-04-03');
    expect(draft.publishedAtEstimated).toBe(false);
  });
});

describe('000: gunfire near the US embassy and an arrest in Pétion-Ville', () => {
  const { draft } = sample('000');

  it('dates the gunfire to 5 August 2025 from the day of the month and flags the wrong weekday', () => {
    const gunfire = draft.incidents.filter((i) => i.type === 'gunfire');
    expect(gunfire).toHaveLength(1);
    expect(gunfire[0]).toMatchObject({ date: '2025-08-05', datePrecision: 'day' });
    expect(['us-embassy', 'tabarre']).toContain(gunfire[0]?.place?.key);
    expect(gunfire[0]?.place?.department).toBe('Ouest');
    const warning = draft.warningDetails.find((w) => w.code === 'weekday_mismatch');
    expect(warning?.message).toMatch(/Monday/);
    expect(warning?.message).toMatch(/Tuesday/);
    expect(warning?.message).toMatch(/2025-08-05/);
  });

  it('reads the arrest of Nenel Cassy in Pétion-Ville on the Saturday before publication', () => {
    const arrest = draft.incidents.find((i) => i.type === 'arrest');
    expect(arrest).toMatchObject({ date: '2025-08-02', datePrecision: 'day' });
    expect(arrest?.place?.key).toBe('petion-ville');
    expect(arrest?.title).toMatch(/Nenel Cassy/);
    expect(arrest?.persons).toContainEqual(
      expect.objectContaining({ name: 'Nenel Cassy', role: 'arrested' }),
    );
  });

  it('reads the death toll, the displaced and the two Kenyan deaths as figures', () => {
    expect(draft.figures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ metric: 'killed', value: 3000, hedge: 'at_least', period: '2025' }),
        expect.objectContaining({ metric: 'displaced', value: 1_000_000, hedge: 'at_least' }),
        expect.objectContaining({
          metric: 'killed',
          value: 2,
          affiliation: 'mss',
          country: 'Kenya',
          periodStart: '2025-02-01',
          periodEnd: '2025-03-31',
        }),
      ]),
    );
    expect(draft.incidents.filter((i) => i.casualties.length > 0)).toHaveLength(0);
  });

  it('reads the first deployment in June 2024', () => {
    expect(draft.milestones).toContainEqual(
      expect.objectContaining({ subject: 'first_deployment', country: 'Kenya', date: '2024-06' }),
    );
  });
});

describe('001: MSS update of 6 August 2025', () => {
  const { draft } = sample('001');

  it('merges the gunfire near the embassy into one incident on 5 August', () => {
    const gunfire = draft.incidents.filter((i) => i.type === 'gunfire');
    expect(gunfire).toHaveLength(1);
    expect(gunfire[0]).toMatchObject({ date: '2025-08-05', datePrecision: 'day' });
    expect(gunfire[0]?.evidenceSpans.length).toBeGreaterThanOrEqual(2);
  });

  it('reads the repelled attacks at Telesco and at the Savien police station, dated honestly to the month', () => {
    const attacks = draft.incidents.filter((i) => i.type === 'attack');
    expect(attacks.map((i) => i.place?.key).sort()).toEqual(['savien-police-station', 'telesco']);
    for (const a of attacks) {
      expect(a).toMatchObject({ date: '2025-08-01', datePrecision: 'month' });
      expect(a.dateNote).toMatch(/August 5/);
      expect(a.place?.department).toBe('Artibonite');
      expect(a.confidence).toBeLessThan(0.7);
    }
  });

  it('makes no incident of routine patrols, bases or a linked story about an arrest', () => {
    expect(draft.incidents).toHaveLength(3);
    expect(draft.incidents.some((i) => i.type === 'arrest')).toBe(false);
    expect(draft.incidents.some((i) => /Police Academy|Liancourt|Petite/.test(i.evidence))).toBe(false);
  });
});
