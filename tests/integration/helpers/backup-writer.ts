/**
 * Stands in for the serving app in the backup-while-writing test: its own process, its own
 * connection (the app's: WAL, 5 s busy timeout), storing one report after another through the
 * same path as the editor's form, until its stdin closes. Then it prints one JSON line:
 * { committed: reportIds[], failures: { code, message }[] }.
 *
 *   tsx tests/integration/helpers/backup-writer.ts <database file>
 */
import { loadGazetteer } from '@/lib/ingest/gazetteer';
import { storeDraft } from '@/lib/ingest/store-draft';
import type { GazetteerEntry } from '@/lib/locations/gazetteer';
import type { Sql } from '@/lib/store/sql';
import { openStoreSql } from '@/lib/store/store-sql';
import { draft, incident, killed } from './drafts';

const file = process.argv[2];
if (!file) throw new Error('usage: backup-writer.ts <database file>');

const committed: number[] = [];
const failures: { code: string; message: string }[] = [];
// Long enough that the store spans many pages, as a real one does.
const FILLER = ' Police and MSS officers patrolled the area after the exchange of fire.'.repeat(30);
let stopping = false;
process.stdin.resume();
process.stdin.on('end', () => {
  stopping = true;
});

async function writeOne(sql: Sql, gazetteer: GazetteerEntry[], n: number): Promise<void> {
  const result = await storeDraft(sql, {
    input: { text: `Writer report ${n}.${FILLER}`, publishedAt: '2025-03-01' },
    draft: draft({
      incidents: [
        incident({
          date: `2025-0${1 + (n % 9)}-${String(1 + (n % 28)).padStart(2, '0')}`,
          title: `Writer incident ${n}`,
          casualties: [killed(1 + (n % 3)), killed(1 + (n % 5), 'gang', null)],
        }),
      ],
    }),
    gazetteer,
  });
  committed.push(result.reportId);
}

// One transaction per turn of the event loop, so that stdin's end is noticed.
async function tick(sql: Sql, gazetteer: GazetteerEntry[], n: number): Promise<void> {
  if (stopping) {
    await sql.close();
    process.stdout.write(`${JSON.stringify({ committed, failures })}\n`);
    return;
  }
  try {
    await writeOne(sql, gazetteer, n);
  } catch (error) {
    const { code = 'none', message = String(error) } = error as { code?: string; message?: string };
    failures.push({ code, message });
  }
  setImmediate(() => void tick(sql, gazetteer, n + 1));
}

void (async () => {
  const sql = await openStoreSql(`file:${file}`);
  await tick(sql, await loadGazetteer(sql), 0);
})();
