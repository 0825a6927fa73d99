/**
 * Withdrawing a report an editor judged junk (not an article, a duplicate, the wrong text).
 * The report row stays, marked withdrawn and hidden from lists, so its history stays readable;
 * what it said goes: its incident sources, casualty claims, deployments and figures, each row
 * kept in the audit entry. Incidents it was the only source of are flagged: back to draft, so
 * they show as unreviewed, and their page says they have no source left.
 */
import { recordAudit } from '../audit/record';
import { refreshIncidentCasualties } from '../incidents/casualty-summary';
import { incidentLock, touchIncident } from '../incidents/mutations';
import type { Sql } from '../store/sql';
import { sqlDateTime } from '../store/sql-values';
import { openReport, reportLock } from './correction-mutations';

export interface WithdrawalImpact {
  sources: number;
  claims: number;
  deployments: number;
  figures: number;
  /** Live incidents that would be left without any source. */
  unsourced: { id: number; title: string }[];
}

/** What a report said, table by table: withdrawing it removes these rows. */
const SAID = ['CasualtyClaim', 'ActorClaim', 'IncidentSource', 'Deployment', 'Figure'] as const;

const count = async (sql: Sql, table: (typeof SAID)[number], reportId: number) =>
  Number(
    (await sql.get<{ n: number }>(`SELECT count(*) AS "n" FROM "${table}" WHERE "reportId" = ?`, [reportId]))
      ?.n,
  );

/** What withdrawing the report would remove and leave without a source. */
export async function withdrawalImpact(sql: Sql, reportId: number): Promise<WithdrawalImpact> {
  const unsourced = await sql.all<{ id: number; title: string }>(
    `SELECT i."id", i."title" FROM "Incident" i JOIN "IncidentSource" s ON s."incidentId" = i."id" AND s."reportId" = ?
     WHERE i."deletedAt" IS NULL
       AND NOT EXISTS (SELECT 1 FROM "IncidentSource" o WHERE o."incidentId" = i."id" AND o."reportId" <> ?)
     ORDER BY i."id"`,
    [reportId, reportId],
  );
  return {
    sources: await count(sql, 'IncidentSource', reportId),
    claims: await count(sql, 'CasualtyClaim', reportId),
    deployments: await count(sql, 'Deployment', reportId),
    figures: await count(sql, 'Figure', reportId),
    unsourced,
  };
}

/** The live incidents the report supports or gives figures for. */
const touchedBy = (tx: Sql, reportId: number) =>
  tx.all<{ id: number; status: string }>(
    `SELECT DISTINCT i."id", i."status" FROM "Incident" i
     WHERE i."deletedAt" IS NULL AND (i."id" IN (SELECT "incidentId" FROM "IncidentSource" WHERE "reportId" = ?)
       OR i."id" IN (SELECT "incidentId" FROM "CasualtyClaim" WHERE "reportId" = ?))
     ORDER BY i."id"`,
    [reportId, reportId],
  );

export async function withdrawReport(
  sql: Sql,
  options: {
    reportId: number;
    version: number | undefined;
    reason: string | null;
    userId: number | null;
    now?: Date;
  },
): Promise<WithdrawalImpact & { version: number }> {
  const at = sqlDateTime(options.now ?? new Date());
  const { reportId, userId } = options;
  return sql.transaction(
    async (tx) => {
      const report = await openReport(tx, reportId, options.version);
      // Hold every incident the report touches before changing anything (a merge moving one of its
      // sources meanwhile adds one: hold that too).
      const locked = new Set<number>();
      let touched = await touchedBy(tx, reportId);
      while (touched.some((i) => !locked.has(i.id))) {
        const more = touched.filter((i) => !locked.has(i.id)).map((i) => i.id);
        await tx.transaction(async () => undefined, { lockKeys: more.map(incidentLock) });
        for (const id of more) locked.add(id);
        touched = await touchedBy(tx, reportId);
      }
      const impact = await withdrawalImpact(tx, reportId);
      const rowsOf = (table: (typeof SAID)[number]) =>
        tx.all(`SELECT * FROM "${table}" WHERE "reportId" = ? ORDER BY "id"`, [reportId]);
      const before = {
        sources: await rowsOf('IncidentSource'),
        claims: await rowsOf('CasualtyClaim'),
        actors: await rowsOf('ActorClaim'),
        deployments: await rowsOf('Deployment'),
        figures: await rowsOf('Figure'),
      };
      for (const table of SAID) await tx.run(`DELETE FROM "${table}" WHERE "reportId" = ?`, [reportId]);
      await refreshIncidentCasualties(
        tx,
        touched.map((i) => i.id),
      );
      const lone = new Set(impact.unsourced.map((i) => i.id));
      for (const incident of touched) {
        const flag = lone.has(incident.id) && incident.status === 'reviewed';
        if (flag) await tx.run(`UPDATE "Incident" SET "status" = 'draft' WHERE "id" = ?`, [incident.id]);
        await touchIncident(tx, incident.id, at);
        await recordAudit(tx, {
          userId,
          at,
          entity: 'Incident',
          entityId: incident.id,
          action: 'source_withdrawn',
          before: flag ? { status: incident.status } : undefined,
          after: { reportId, unsourced: lone.has(incident.id), ...(flag ? { status: 'draft' } : {}) },
        });
      }
      await tx.run('UPDATE "Report" SET "withdrawnAt" = ?, "version" = "version" + 1 WHERE "id" = ?', [
        at,
        reportId,
      ]);
      await recordAudit(tx, {
        userId,
        at,
        entity: 'Report',
        entityId: reportId,
        action: 'withdraw',
        before,
        after: { reason: options.reason, unsourced: [...lone] },
      });
      return { ...impact, version: report.version + 1 };
    },
    { lockKeys: [reportLock(reportId)] },
  );
}
