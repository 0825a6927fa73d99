/** A few hundred deployments and figures, tied to random reports. */
import type Database from 'better-sqlite3';
import { sqlDate, sqlDateTime } from '../store/sql-values';
import { intBetween, type Rng } from './random';
import { MSS_COUNTRIES } from './spread';

const METRICS = ['killed', 'injured', 'missing', 'displaced', 'killed_gang_violence'];

export function insertExtras(
  sql: Database.Database,
  rng: Rng,
  reports: { firstReportId: number; nReports: number },
): void {
  const now = sqlDateTime(new Date());
  const report = () => reports.firstReportId + intBetween(rng, 0, reports.nReports - 1);
  const month = (year: number) => `${year}-${String(intBetween(rng, 1, 12)).padStart(2, '0')}-01`;
  const deployment = sql.prepare(
    `INSERT INTO Deployment (country, personnel, hedge, date, datePrecision, kind, milestone, reportId, excerpt, createdAt)
     VALUES (?, ?, ?, ?, 'month', ?, ?, ?, ?, ?)`,
  );
  const figure = sql.prepare(
    `INSERT INTO Figure (metric, value, hedge, periodStart, periodEnd, periodLabel, scope, attributedTo,
       affiliation, country, reportId, excerpt, createdAt) VALUES (?, ?, 'about', ?, ?, ?, 'Haiti', ?, ?, ?, ?, ?, ?)`,
  );
  sql.transaction(() => {
    for (let i = 0; i < 300; i++) {
      const milestone = i % 50 === 0 ? 'first_deployment' : null;
      // Whole-mission rows are "MSS-total" / "GSF-total"; a milestone keeps a country or "MSS".
      const year = intBetween(rng, 2024, 2026);
      const whole = year === 2026 ? 'GSF-total' : 'MSS-total';
      const country = i % 10 === 0 && !milestone ? whole : (MSS_COUNTRIES[intBetween(rng, 0, 7)] ?? 'Kenya');
      const kind = i % 25 === 0 ? 'arrival' : i % 9 === 0 ? 'planned' : 'strength';
      const personnel =
        kind === 'arrival' && i % 2 ? null : intBetween(rng, 20, country === whole ? 5500 : 1000);
      deployment.run(
        country,
        personnel,
        'exact',
        sqlDate(month(year)),
        kind,
        milestone,
        report(),
        `${personnel ?? 'Some'} officers from ${country}`,
        now,
      );
    }
    for (let i = 0; i < 200; i++) {
      const year = intBetween(rng, 2021, 2025);
      const metric = METRICS[i % METRICS.length] ?? 'killed';
      const affiliation = i % 3 === 0 ? 'mss' : i % 3 === 1 ? 'police' : null;
      figure.run(
        metric,
        intBetween(rng, 1, 5000),
        sqlDate(`${year}-01-01`),
        sqlDate(`${year}-12-31`),
        String(year),
        'United Nations',
        affiliation,
        affiliation === 'mss' ? 'Kenya' : null,
        report(),
        `${metric} in ${year}`,
        now,
      );
    }
  })();
}
