/**
 * A server that leaves migrating to the deploy (MIGRATE_ON_START=off) found a store it cannot
 * serve: none at all, or one whose applied migrations are not this code's. The message is for
 * the operator as it is (one paragraph, what to run); `npm start` prints it without a stack.
 */
import type { MigrationState } from './migrations';

function names(list: readonly string[]): string {
  const shown = list.slice(0, 5).join(', ');
  return list.length > 5 ? `${shown} and ${list.length - 5} more` : shown;
}

const RUN_MIGRATE =
  'run `npm run db:migrate` once for this deploy (from one machine, with the same DATABASE_URL), then start the servers';

function notCurrentMessage(file: string, state: MigrationState | null): string {
  const off = 'MIGRATE_ON_START=off, so `npm start` does not';
  if (state === null) {
    return (
      `There is no database at ${file}. ${off} create one: ${RUN_MIGRATE}. ` +
      '(On a single machine, leave MIGRATE_ON_START unset and `npm start` creates it with the sample reports.)'
    );
  }
  if (state.unknown.length > 0) {
    return (
      `The database ${file} was migrated by a newer version of the app: it has applied ` +
      `${state.unknown.length} migration(s) this version does not have (${names(state.unknown)}). ` +
      'Start the version that migrated it instead; going back to this one needs the backup made before ' +
      'that deploy (README, "Backup and restore"). Nothing was written to the database.'
    );
  }
  if (state.failed.length > 0) {
    return (
      `A migration of the database ${file} started and did not finish (${names(state.failed)}). ` +
      `${off} migrate: run \`npm run db:migrate\`, which says what failed. Nothing was written to the database.`
    );
  }
  return (
    `The database ${file} lacks ${state.pending.length} migration(s) of this version of the app ` +
    `(${names(state.pending)}). ${off} migrate: ${RUN_MIGRATE}. Nothing was written to the database.`
  );
}

export class StoreNotCurrentError extends Error {
  constructor(
    readonly file: string,
    /** null: there is no store at all. */
    readonly state: MigrationState | null,
  ) {
    super(notCurrentMessage(file, state));
    this.name = 'StoreNotCurrentError';
  }
}
