/**
 * One scenario of writes, written once in SQL both stores take as it is (quoted identifiers,
 * ISO dates, which PostgreSQL reads as UTC timestamps), that touches every trigger: each step's
 * counters, grade queue and dateLast values must be the same on SQLite and on PostgreSQL.
 * Both stores start empty, so the ids (1, 2, …) are the same on both.
 */
const T = (day: string) => `'${day}T00:00:00.000+00:00'`;
const NOW = T('2025-06-01');
const incident = (date: string, precision: string, extra = '', extraValues = '') =>
  `INSERT INTO "Incident" ("date", "datePrecision", "type", "title", "updatedAt", "locationId"${extra})
   VALUES (${T(date)}, '${precision}', 'attack', 'Attack', ${NOW}, 1${extraValues})`;

export const SCENARIO: { step: string; sql: string[] }[] = [
  {
    step: 'a place, its alias edited and removed',
    sql: [
      `INSERT INTO "Location" ("key", "name", "normName", "kind", "lat", "lng")
       VALUES ('pap', 'Port-au-Prince', 'port au prince', 'commune', 18.54, -72.34)`,
      `UPDATE "Location" SET "name" = 'Pòtoprens' WHERE "id" = 1`,
      `INSERT INTO "LocationAlias" ("locationId", "name", "normName") VALUES (1, 'PAP', 'pap')`,
      `UPDATE "LocationAlias" SET "name" = 'P-a-P' WHERE "id" = 1`,
      `DELETE FROM "LocationAlias" WHERE "id" = 1`,
    ],
  },
  {
    step: 'two reports',
    sql: [
      `INSERT INTO "Report" ("title", "text", "contentHash", "outlet", "url")
       VALUES ('R1', 'text', 'h1', 'Le Nouvelliste', 'https://example.org/1')`,
      `INSERT INTO "Report" ("title", "text", "contentHash") VALUES ('R2', 'text', 'h2')`,
    ],
  },
  { step: 'an incident at month precision', sql: [incident('2025-02-14', 'month')] },
  { step: 'an incident at week precision', sql: [incident('2025-03-30', 'week')] },
  { step: 'an incident at year precision', sql: [incident('2024-07-04', 'year')] },
  {
    step: 'an incident with an end date',
    sql: [incident('2025-01-10', 'day', ', "dateEnd"', `, ${T('2025-01-12')}`)],
  },
  {
    step: 'sources added to incidents',
    sql: [
      `INSERT INTO "IncidentSource" ("incidentId", "reportId", "excerpt") VALUES (1, 1, 'x')`,
      `DELETE FROM "GradeQueue"`,
      `INSERT INTO "IncidentSource" ("incidentId", "reportId", "excerpt") VALUES (2, 1, 'y')`,
    ],
  },
  { step: 'the graded queue emptied', sql: [`DELETE FROM "GradeQueue"`] },
  {
    step: 'redated to another month at day precision',
    sql: [`UPDATE "Incident" SET "date" = ${T('2025-03-05')}, "datePrecision" = 'day' WHERE "id" = 1`],
  },
  { step: 'title edited only', sql: [`UPDATE "Incident" SET "title" = 'Attack on the road' WHERE "id" = 1`] },
  { step: 'search text edited', sql: [`UPDATE "Incident" SET "searchText" = 'attack road' WHERE "id" = 1`] },
  {
    step: 'redated within its month',
    sql: [`UPDATE "Incident" SET "date" = ${T('2025-03-20')} WHERE "id" = 1`],
  },
  { step: 'an unchanged value written', sql: [`UPDATE "Incident" SET "status" = 'draft', "grade" = 'weak'`] },
  { step: 'reviewed', sql: [`UPDATE "Incident" SET "status" = 'reviewed' WHERE "id" = 1`] },
  {
    step: 'graded',
    sql: [`DELETE FROM "GradeQueue"`, `UPDATE "Incident" SET "grade" = 'fair' WHERE "id" = 1`],
  },
  { step: 'an end date set', sql: [`UPDATE "Incident" SET "dateEnd" = ${T('2025-03-22')} WHERE "id" = 1`] },
  { step: 'precision changed', sql: [`UPDATE "Incident" SET "datePrecision" = 'month' WHERE "id" = 2`] },
  { step: 'a report retitled', sql: [`UPDATE "Report" SET "title" = 'R1 (corrected)' WHERE "id" = 1`] },
  { step: 'a report moved', sql: [`UPDATE "Report" SET "outlet" = 'AyiboPost' WHERE "id" = 1`] },
  { step: 'a report withdrawn', sql: [`UPDATE "Report" SET "withdrawnAt" = ${NOW} WHERE "id" = 2`] },
  {
    step: 'casualties counted, changed, removed',
    sql: [
      `INSERT INTO "IncidentCasualty" ("incidentId", "kind", "affiliation", "low", "best", "high", "sources", "reportIds")
       VALUES (1, 'killed', 'civilian', 2, 2, 3, 1, '1')`,
      `UPDATE "IncidentCasualty" SET "incidentId" = 3 WHERE "incidentId" = 1`,
      `DELETE FROM "IncidentCasualty" WHERE "incidentId" = 3`,
    ],
  },
  {
    step: 'an actor claimed, moved, removed',
    sql: [
      `DELETE FROM "GradeQueue"`,
      `INSERT INTO "ActorClaim" ("incidentId", "reportId", "role", "name", "actorType", "excerpt")
       VALUES (1, 1, 'perpetrator', 'Viv Ansanm', 'gang', 'x')`,
      `UPDATE "ActorClaim" SET "incidentId" = 4 WHERE "id" = 1`,
      `DELETE FROM "ActorClaim" WHERE "id" = 1`,
    ],
  },
  {
    step: 'a figure and a deployment, edited and removed',
    sql: [
      `INSERT INTO "Figure" ("metric", "value", "reportId") VALUES ('displaced', 1000, 1)`,
      `UPDATE "Figure" SET "value" = 1200 WHERE "id" = 1`,
      `DELETE FROM "Figure" WHERE "id" = 1`,
      `INSERT INTO "Deployment" ("country", "date", "kind") VALUES ('Kenya', ${T('2024-06-25')}, 'arrival')`,
      `UPDATE "Deployment" SET "country" = 'KE' WHERE "id" = 1`,
      `DELETE FROM "Deployment" WHERE "id" = 1`,
    ],
  },
  {
    step: 'a source moved, then removed',
    sql: [
      `DELETE FROM "GradeQueue"`,
      `UPDATE "IncidentSource" SET "incidentId" = 3 WHERE "id" = 2`,
      `DELETE FROM "IncidentSource" WHERE "id" = 2`,
    ],
  },
  { step: 'soft-deleted', sql: [`UPDATE "Incident" SET "deletedAt" = ${NOW} WHERE "id" = 1`] },
  { step: 'deleted', sql: [`DELETE FROM "Incident" WHERE "id" = 2`] },
  { step: 'a report deleted', sql: [`DELETE FROM "Report" WHERE "id" = 2`] },
];

/** What the triggers keep, read the same way from either store (`dateKey` renders a date as YYYY-MM-DD). */
export function snapshotQueries(dateKey: (column: string) => string): Record<string, string> {
  return {
    storeVersion: `SELECT "scope", "version" FROM "StoreVersion" WHERE "scope" <> 'pages' ORDER BY "scope"`,
    monthVersion: `SELECT "month", "data", "text" FROM "MonthVersion" ORDER BY "month"`,
    gradeQueue: `SELECT "incidentId" FROM "GradeQueue" ORDER BY "incidentId"`,
    dateLast: `SELECT "id", ${dateKey('"dateLast"')} AS "dateLast" FROM "Incident" ORDER BY "id"`,
  };
}
