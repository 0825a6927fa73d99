/**
 * The SQLite migrations' triggers (prisma/migrations), as PostgreSQL triggers: one for one, with
 * the same names, firing on the same events and column changes and bumping the same counters.
 * tests/postgres/triggers.test.ts checks the names against a migrated SQLite store and runs one
 * scenario on both stores; tests/unit/postgres-schema.test.ts checks that the committed migration
 * is what this table renders.
 *
 * The migration rendered from this table is applied history: once released, change triggers in a
 * new migration (and give it its own table) rather than editing this one.
 */
import { TRIGGER_FUNCTIONS } from './trigger-functions';

export interface TriggerSpec {
  name: string;
  table: string;
  /** Only `dateLast` runs BEFORE: it sets NEW instead of updating its own row again. */
  timing: 'BEFORE' | 'AFTER';
  event: 'INSERT' | 'UPDATE' | 'DELETE';
  /** SQLite's `UPDATE OF`: fires only when one of these is a target of the UPDATE. */
  updateOf?: string[];
  /** SQLite's `WHEN OLD.c IS NOT NEW.c OR …`. */
  changed?: string[];
  fn: string;
  args?: string[];
}

const EVENTS = ['insert', 'update', 'delete'] as const;
type Event = (typeof EVENTS)[number];
const upper = (e: Event) => e.toUpperCase() as TriggerSpec['event'];

/** What filters, counts, charts and the map read of an incident ("data"), and what text search reads. */
const INCIDENT_DATA = [
  'date',
  'dateEnd',
  'datePrecision',
  'type',
  'locationId',
  'placePrecision',
  'status',
  'deletedAt',
  'id',
];
const INCIDENT_TEXT = ['title', 'summary', 'searchText', 'placeText'];

/** `<table>_<purpose>_<event>` for insert, update and delete alike. */
function onEveryChange(
  table: string,
  purpose: string,
  fn: string,
  args?: (e: Event) => string[],
): TriggerSpec[] {
  return EVENTS.map((e) => ({
    name: `${table}_${purpose}_${e}`,
    table,
    timing: 'AFTER',
    event: upper(e),
    fn,
    ...(args ? { args: args(e) } : {}),
  }));
}

const version = (table: string, ...scopes: string[]) =>
  onEveryChange(table, 'version', 'store_version_bump', () => scopes);

const after = (spec: Omit<TriggerSpec, 'timing'>): TriggerSpec => ({ timing: 'AFTER', ...spec });

export const TRIGGERS: TriggerSpec[] = [
  // Store-version counters (lib/store/store-version.ts): one row per scope.
  ...version('ActorClaim', 'data'),
  ...version('Deployment', 'data'),
  ...version('Figure', 'data', 'figures'),
  ...version('IncidentCasualty', 'data'),
  ...version('Location', 'data', 'places'),
  ...version('LocationAlias', 'data', 'places'),
  ...(['insert', 'delete'] as const).flatMap((e) => [
    after({
      name: `Incident_version_${e}`,
      table: 'Incident',
      event: upper(e),
      fn: 'store_version_bump',
      args: ['data', 'text'],
    }),
    after({
      name: `Report_version_${e}`,
      table: 'Report',
      event: upper(e),
      fn: 'store_version_bump',
      args: ['reports'],
    }),
  ]),
  after({
    name: 'Incident_version_update_data',
    table: 'Incident',
    event: 'UPDATE',
    changed: INCIDENT_DATA,
    fn: 'store_version_bump',
    args: ['data'],
  }),
  after({
    name: 'Incident_version_update_text',
    table: 'Incident',
    event: 'UPDATE',
    changed: INCIDENT_TEXT,
    fn: 'store_version_bump',
    args: ['text'],
  }),
  after({
    name: 'Report_version_title',
    table: 'Report',
    event: 'UPDATE',
    updateOf: ['title'],
    changed: ['title'],
    fn: 'store_version_bump',
    args: ['data'],
  }),
  after({
    name: 'Report_version_withdrawn',
    table: 'Report',
    event: 'UPDATE',
    updateOf: ['withdrawnAt', 'id'],
    changed: ['withdrawnAt', 'id'],
    fn: 'store_version_bump',
    args: ['reports'],
  }),

  // Month counters (lib/store/month-partitions.ts): the incident's own month, old and new.
  after({
    name: 'Incident_month_insert',
    table: 'Incident',
    event: 'INSERT',
    fn: 'incident_month_bump',
    args: ['1', '1', 'new'],
  }),
  after({
    name: 'Incident_month_delete',
    table: 'Incident',
    event: 'DELETE',
    fn: 'incident_month_bump',
    args: ['1', '1', 'old'],
  }),
  after({
    name: 'Incident_month_update_data',
    table: 'Incident',
    event: 'UPDATE',
    changed: INCIDENT_DATA,
    fn: 'incident_month_bump',
    args: ['1', '0', 'old', 'new'],
  }),
  after({
    name: 'Incident_month_update_text',
    table: 'Incident',
    event: 'UPDATE',
    changed: INCIDENT_TEXT,
    fn: 'incident_month_bump',
    args: ['0', '1', 'new'],
  }),
  ...onEveryChange('ActorClaim', 'month', 'incident_child_month_bump'),
  ...onEveryChange('IncidentCasualty', 'month', 'incident_child_month_bump'),

  // Grade queue (lib/incidents/regrade.ts grades it before every write transaction commits).
  ...onEveryChange('ActorClaim', 'grade', 'incident_child_grade_queue'),
  ...onEveryChange('IncidentSource', 'grade', 'incident_child_grade_queue'),
  after({ name: 'Incident_grade_insert', table: 'Incident', event: 'INSERT', fn: 'incident_grade_queue' }),
  after({
    name: 'Incident_grade_status',
    table: 'Incident',
    event: 'UPDATE',
    updateOf: ['status'],
    changed: ['status'],
    fn: 'incident_grade_queue',
  }),
  after({
    name: 'Report_grade_origin',
    table: 'Report',
    event: 'UPDATE',
    updateOf: ['outlet', 'url'],
    changed: ['outlet', 'url'],
    fn: 'report_grade_queue',
  }),
  // A changed grade is data, in the store and in its month.
  after({
    name: 'Incident_grade_version',
    table: 'Incident',
    event: 'UPDATE',
    updateOf: ['grade'],
    changed: ['grade'],
    fn: 'incident_grade_changed',
  }),

  // dateLast, from date, dateEnd and datePrecision, whoever writes.
  {
    name: 'Incident_date_last_insert',
    table: 'Incident',
    timing: 'BEFORE',
    event: 'INSERT',
    fn: 'incident_date_last',
  },
  {
    name: 'Incident_date_last_update',
    table: 'Incident',
    timing: 'BEFORE',
    event: 'UPDATE',
    updateOf: ['date', 'dateEnd', 'datePrecision', 'dateLast'],
    fn: 'incident_date_last',
  },
];

/** The scopes the SQLite migrations insert into "StoreVersion" (the triggers only update rows). */
export const STORE_VERSION_SCOPES = ['data', 'text', 'places', 'figures', 'reports'];

const q = (identifier: string) => `"${identifier}"`;

export function renderTrigger(t: TriggerSpec): string {
  const event = t.updateOf ? `UPDATE OF ${t.updateOf.map(q).join(', ')}` : t.event;
  const when = t.changed
    ? `\n  WHEN (${t.changed.map((c) => `OLD.${q(c)} IS DISTINCT FROM NEW.${q(c)}`).join('\n        OR ')})`
    : '';
  const args = (t.args ?? []).map((a) => `'${a}'`).join(', ');
  return `CREATE TRIGGER ${q(t.name)} ${t.timing} ${event} ON ${q(t.table)} FOR EACH ROW${when}\n  EXECUTE FUNCTION ${t.fn}(${args});`;
}

export function renderTriggersMigration(): string {
  const scopes = STORE_VERSION_SCOPES.map((s) => `('${s}', 0)`).join(', ');
  return [
    '-- GENERATED by prisma/postgres/generate.ts from prisma/postgres/triggers.ts: do not edit.',
    `-- The ${TRIGGERS.length} triggers of the SQLite migrations as PL/pgSQL, one for one by name, and the`,
    '-- counter rows those migrations insert. Text search needs no triggers here: a trigram index',
    "-- (baseline) replaces SQLite's FTS5 table and its three triggers (lib/store/search-index.ts).",
    '',
    `INSERT INTO "StoreVersion" ("scope", "version") VALUES ${scopes};`,
    '',
    TRIGGER_FUNCTIONS.trim(),
    '',
    ...TRIGGERS.map(renderTrigger),
    '',
  ].join('\n');
}
