/**
 * Audit coverage: every exported write function of the store (found by scanning lib/ for the
 * modules that write) must be listed here, and calling it must add audit entries that name the
 * acting user, written in the same transaction as the change. A new mutation without an audit
 * entry, or not listed here, fails this test.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '@/lib/auth/totp';
import { readReport } from '@/lib/extract';
import { addFeed, deleteFeed, setFeedActive } from '@/lib/feeds/feed-mutations';
import { feedInputSchema } from '@/lib/feeds/schema';
import { addActorClaim, removeActorClaim } from '@/lib/incidents/actor-claim-mutations';
import { mergeIncidents, splitIncident } from '@/lib/incidents/merge';
import { createIncident, setIncidentDeleted, updateIncident } from '@/lib/incidents/mutations';
import { incidentFieldsSchema } from '@/lib/incidents/schema';
import {
  deleteClaim,
  linkSource,
  saveClaim,
  saveIncidentWithClaims,
  setSourceDenies,
} from '@/lib/incidents/source-mutations';
import { readIncidentRow } from '@/lib/incidents/stored-incident';
import { loadGazetteer } from '@/lib/ingest/gazetteer';
import { storeDraft, suggestMatches } from '@/lib/ingest/store-draft';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { installGazetteer } from '@/lib/locations/mutations';
import { createPlace } from '@/lib/locations/place-mutations';
import { placeInputSchema } from '@/lib/locations/schema';
import { correctReport } from '@/lib/reports/correction-mutations';
import { draftToReview } from '@/lib/reports/review-draft';
import { loadMatchViews } from '@/lib/reports/review-matches';
import { markReportReviewed } from '@/lib/reports/review-mutations';
import { saveReview } from '@/lib/reports/save-review';
import { withdrawReport } from '@/lib/reports/withdrawal-mutations';
import {
  createSavedSearch,
  deleteSavedSearch,
  renameSavedSearch,
  renewFeedAddress,
} from '@/lib/saved-searches/mutations';
import { savedSearchInputSchema } from '@/lib/saved-searches/schema';
import type { Sql } from '@/lib/store/sql';
import { createUser, endSessionsOf, updateUserAccess } from '@/lib/users/mutations';
import { changeOwnPassword, resetPassword } from '@/lib/users/password-mutations';
import { endOwnSessions } from '@/lib/users/session-mutations';
import {
  confirmTotpEnrolment,
  disableTotp,
  regenerateRecoveryCodes,
  resetTotp,
  startTotpEnrolment,
} from '@/lib/users/totp-mutations';
import { draft, incident, killed } from './helpers/drafts';
import { createTestDb } from './helpers/test-db';
import { enrolTwoFactor } from './helpers/two-factor';

const ROOT = path.resolve(__dirname, '..', '..');
const WRITE_MODULES = /(mutations|merge|save-review|store-draft)\.ts$/;

/** Exported from write modules but not writes themselves (reads and helpers used inside audited writes). */
const NOT_MUTATIONS = new Set([
  'lib/incidents/mutations.ts#touchIncident', // only ever called inside an audited write
  'lib/incidents/mutations.ts#appendPassage', // likewise
  'lib/ingest/store-draft.ts#suggestMatches',
  // The built-in gazetteer installed at start-up: the system's own data, never an editor's change.
  'lib/locations/mutations.ts#installGazetteer',
  'lib/reports/correction-mutations.ts#openReport', // a read with version check
  'lib/reports/withdrawal-mutations.ts#withdrawalImpact', // a read: what withdrawing would remove
  'lib/users/session-mutations.ts#listOwnSessions', // a read: the user's own sessions
  // The user's own reading position ("new since your last visit"), like a session's lastSeenAt:
  // written as they read pages, no data changes.
  'lib/saved-searches/visit-mutations.ts#recordVisit',
]);

/** Changes users make to their own account (the editor acts on itself). */
const SELF_SERVICE = new Set([
  'lib/users/totp-mutations.ts#startTotpEnrolment',
  'lib/users/totp-mutations.ts#confirmTotpEnrolment',
  'lib/users/totp-mutations.ts#regenerateRecoveryCodes',
  'lib/users/totp-mutations.ts#disableTotp',
  'lib/users/password-mutations.ts#changeOwnPassword',
  'lib/users/session-mutations.ts#endOwnSessions',
]);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'generated') return [];
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const exported = walk(path.join(ROOT, 'lib'))
  .filter((f) => WRITE_MODULES.test(f))
  .flatMap((f) => {
    const rel = path.relative(ROOT, f).split(path.sep).join('/');
    return [...readFileSync(f, 'utf8').matchAll(/^export (?:async )?function (\w+)/gm)].map(
      (m) => `${rel}#${m[1]}`,
    );
  });

let sql: Sql;
/** The store's Sql, for the domains on the asynchronous interface (accounts, feeds, saved searches, incidents, reports, places). */
let sqlAsync: Sql;
const SESSION_SECRET = 'audit-session-secret-'.padEnd(40, 'x');
const CONTEXT = { address: '127.0.0.1' };
const totpOptions = () => ({ userId: editor, sessionSecret: SESSION_SECRET, context: CONTEXT });
let editor: number;
let admin: number;
let n = 0;

/** The newest audit entry's id: what a call that first sets up data reports as its starting point. */
const mark = async () => ({
  auditFrom:
    (await sql.get<{ id: number }>('SELECT coalesce(max("id"), 0) AS "id" FROM "AuditEntry"'))?.id ?? 0,
});
const version = async (id: number) => (await readIncidentRow(sqlAsync, id)).version;

async function storedIncident(): Promise<{ incidentId: number; reportId: number }> {
  const publishedAt = '2025-02-24';
  const result = await storeDraft(sqlAsync, {
    input: { text: `Audit coverage report ${++n}.`, publishedAt },
    draft: draft({ publishedAt, incidents: [incident({ casualties: [killed(1)] })] }),
    gazetteer: await loadGazetteer(sqlAsync),
    decisions: [{ action: 'create' }],
    userId: editor,
  });
  return { incidentId: result.incidents[0]?.incidentId ?? 0, reportId: result.reportId };
}

const fields = () =>
  incidentFieldsSchema.parse({
    title: `Hand-made ${++n}`,
    date: '2025-03-01',
    datePrecision: 'day',
    type: 'gunfire',
    placeText: 'somewhere',
    placePrecision: 'commune',
    status: 'reviewed',
  });

/** A saved search of the acting editor's; its id. */
async function savedSearch(): Promise<number> {
  const input = savedSearchInputSchema.parse({ name: `Search ${++n}`, query: 'type=attack' });
  const saved = await createSavedSearch(sqlAsync, { userId: editor, input });
  if (!saved.ok) throw new Error(saved.message);
  return saved.id;
}

const newFeed = () =>
  feedInputSchema.parse({ url: `https://news.example/feed-${++n}.xml`, name: `Feed ${n}` });

/**
 * One real call per mutation, as the acting user `editor` (or `admin` for accounts). A call that
 * first sets up data returns `mark()` taken just before the mutation under test.
 */
const CALLS: Record<string, () => unknown> = {
  'lib/incidents/mutations.ts#createIncident': () =>
    createIncident(sqlAsync, { input: fields(), userId: editor }),
  'lib/incidents/mutations.ts#updateIncident': async () => {
    const id = await createIncident(sqlAsync, { input: fields(), userId: editor });
    const before = await mark();
    await updateIncident(sqlAsync, {
      id,
      version: 1,
      input: { ...fields(), title: 'Changed' },
      userId: editor,
    });
    return before;
  },
  'lib/incidents/mutations.ts#setIncidentDeleted': async () => {
    const id = await createIncident(sqlAsync, { input: fields(), userId: editor });
    const before = await mark();
    await setIncidentDeleted(sqlAsync, { id, version: 1, deleted: true, userId: editor });
    return before;
  },
  'lib/incidents/source-mutations.ts#saveClaim': async () => {
    const { incidentId, reportId } = await storedIncident();
    const before = await mark();
    await saveClaim(sqlAsync, {
      incidentId,
      version: await version(incidentId),
      input: { reportId, kind: 'injured', count: 2, hedge: 'exact', affiliation: 'civilian', country: null },
      userId: editor,
    });
    return before;
  },
  'lib/incidents/source-mutations.ts#saveIncidentWithClaims': async () => {
    const id = await createIncident(sqlAsync, { input: fields(), userId: editor });
    const { reportId } = await storedIncident();
    await linkSource(sqlAsync, {
      incidentId: id,
      version: 1,
      input: { reportId, excerpt: 'passage' },
      userId: editor,
    });
    const before = await mark();
    await saveIncidentWithClaims(sqlAsync, {
      id,
      version: await version(id),
      input: { ...fields(), title: 'Changed with a claim' },
      claims: [
        { input: { reportId, kind: 'killed', count: 1, hedge: 'exact', affiliation: 'gang', country: null } },
      ],
      userId: editor,
    });
    return before;
  },
  'lib/incidents/actor-claim-mutations.ts#addActorClaim': async () => {
    const { incidentId, reportId } = await storedIncident();
    const before = await mark();
    await addActorClaim(sqlAsync, {
      incidentId,
      version: await version(incidentId),
      input: {
        reportId,
        role: 'perpetrator',
        actorKey: 'gran-grif',
        name: 'Gran Grif',
        type: 'armed_group',
        country: null,
      },
      userId: editor,
    });
    return before;
  },
  'lib/incidents/actor-claim-mutations.ts#removeActorClaim': async () => {
    const { incidentId, reportId } = await storedIncident();
    await addActorClaim(sqlAsync, {
      incidentId,
      version: await version(incidentId),
      input: {
        reportId,
        role: 'target',
        actorKey: 'hnp',
        name: 'Haitian National Police',
        type: 'state_force',
        country: null,
      },
      userId: editor,
    });
    const claim = (await sql.get('SELECT "id" FROM "ActorClaim" WHERE "incidentId" = ?', [incidentId])) as {
      id: number;
    };
    const before = await mark();
    await removeActorClaim(sqlAsync, {
      incidentId,
      version: await version(incidentId),
      actorClaimId: claim.id,
      userId: editor,
    });
    return before;
  },
  'lib/incidents/source-mutations.ts#setSourceDenies': async () => {
    const { incidentId, reportId } = await storedIncident();
    const before = await mark();
    await setSourceDenies(sqlAsync, {
      incidentId,
      version: await version(incidentId),
      reportId,
      denies: true,
      userId: editor,
    });
    return before;
  },
  'lib/incidents/source-mutations.ts#deleteClaim': async () => {
    const { incidentId } = await storedIncident();
    const claim = (await sql.get('SELECT "id" FROM "CasualtyClaim" WHERE "incidentId" = ?', [
      incidentId,
    ])) as {
      id: number;
    };
    const before = await mark();
    await deleteClaim(sqlAsync, {
      incidentId,
      version: await version(incidentId),
      claimId: claim.id,
      userId: editor,
    });
    return before;
  },
  'lib/incidents/source-mutations.ts#linkSource': async () => {
    const a = await storedIncident();
    const b = await storedIncident();
    const before = await mark();
    await linkSource(sqlAsync, {
      incidentId: a.incidentId,
      version: await version(a.incidentId),
      input: { reportId: b.reportId, excerpt: 'Audit coverage' },
      userId: editor,
    });
    return before;
  },
  'lib/incidents/merge.ts#mergeIncidents': async () => {
    const a = await storedIncident();
    const b = await storedIncident();
    const before = await mark();
    await mergeIncidents(sqlAsync, {
      target: { id: a.incidentId, version: await version(a.incidentId) },
      others: [{ id: b.incidentId, version: await version(b.incidentId) }],
      userId: editor,
    });
    return before;
  },
  'lib/incidents/merge.ts#splitIncident': async () => {
    const a = await storedIncident();
    const b = await storedIncident();
    await mergeIncidents(sqlAsync, {
      target: { id: a.incidentId, version: await version(a.incidentId) },
      others: [{ id: b.incidentId, version: await version(b.incidentId) }],
      userId: editor,
    });
    const before = await mark();
    await splitIncident(sqlAsync, {
      incident: { id: a.incidentId, version: await version(a.incidentId) },
      reportIds: [b.reportId],
      userId: editor,
    });
    return before;
  },
  'lib/ingest/store-draft.ts#storeDraft': () => storedIncident(),
  'lib/reports/save-review.ts#saveReview': async () => {
    const gazetteer = await loadGazetteer(sqlAsync);
    const text = `PORT-AU-PRINCE — Two police officers were killed on Monday in Pont-Sondé. Audit ${++n}.`;
    const d = readReport(text, { publishedAt: '2025-02-24', gazetteer });
    const review = draftToReview(
      { title: 'Audit review', outlet: '', url: '', publishedAt: '2025-02-24', text },
      d,
      await loadMatchViews(sqlAsync, await suggestMatches(sqlAsync, d, gazetteer)),
    );
    const result = await saveReview(sqlAsync, { review, userId: editor });
    expect(result.ok).toBe(true);
  },
  'lib/reports/correction-mutations.ts#correctReport': async () => {
    const { reportId } = await storedIncident();
    const before = await mark();
    const input = { title: 'Corrected', outlet: 'AP', url: null, publishedAt: '2025-02-24' };
    await correctReport(sqlAsync, {
      reportId,
      version: 1,
      input,
      gazetteer: await loadGazetteer(sqlAsync),
      userId: editor,
    });
    return before;
  },
  'lib/reports/review-mutations.ts#markReportReviewed': async () => {
    const { reportId } = await storedIncident();
    const before = await mark();
    await markReportReviewed(sqlAsync, { reportId, version: 1, userId: editor });
    return before;
  },
  'lib/reports/withdrawal-mutations.ts#withdrawReport': async () => {
    const { reportId } = await storedIncident();
    const before = await mark();
    await withdrawReport(sqlAsync, { reportId, version: 1, reason: 'junk', userId: editor });
    return before;
  },
  'lib/feeds/feed-mutations.ts#addFeed': () => addFeed(sqlAsync, newFeed(), editor),
  'lib/feeds/feed-mutations.ts#setFeedActive': async () => {
    const added = await addFeed(sqlAsync, newFeed(), editor);
    const before = await mark();
    if (added.ok) await setFeedActive(sqlAsync, added.id, false, editor);
    return before;
  },
  'lib/feeds/feed-mutations.ts#deleteFeed': async () => {
    const added = await addFeed(sqlAsync, newFeed(), editor);
    const before = await mark();
    if (added.ok) await deleteFeed(sqlAsync, added.id, editor);
    return before;
  },
  'lib/saved-searches/mutations.ts#createSavedSearch': () => savedSearch(),
  'lib/saved-searches/mutations.ts#renameSavedSearch': async () => {
    const searchId = await savedSearch();
    const before = await mark();
    await renameSavedSearch(sqlAsync, { userId: editor, searchId, name: `Renamed ${++n}` });
    return before;
  },
  'lib/saved-searches/mutations.ts#deleteSavedSearch': async () => {
    const searchId = await savedSearch();
    const before = await mark();
    await deleteSavedSearch(sqlAsync, { userId: editor, searchId });
    return before;
  },
  'lib/saved-searches/mutations.ts#renewFeedAddress': async () => {
    const searchId = await savedSearch();
    const before = await mark();
    await renewFeedAddress(sqlAsync, { userId: editor, searchId });
    return before;
  },
  'lib/locations/place-mutations.ts#createPlace': async () => {
    const parent = (await sql.get(`SELECT "id" FROM "Location" WHERE "key" = 'port-au-prince'`)) as {
      id: number;
    };
    await createPlace(sqlAsync, {
      input: placeInputSchema.parse({
        name: `Audit place ${++n}`,
        kind: 'neighbourhood',
        parentId: parent.id,
        lat: 18.54,
        lng: -72.33,
      }),
      userId: editor,
    });
  },
  'lib/users/mutations.ts#createUser': () =>
    createUser(sqlAsync, {
      input: { email: `audit${++n}@example.org`, name: 'A', role: 'viewer', password: 'audit password 1' },
      actorId: admin,
    }),
  'lib/users/mutations.ts#updateUserAccess': () =>
    updateUserAccess(sqlAsync, { userId: editor, role: 'editor', actorId: admin }),
  'lib/users/mutations.ts#endSessionsOf': () => endSessionsOf(sqlAsync, { userId: editor, actorId: admin }),
  'lib/users/password-mutations.ts#resetPassword': () =>
    resetPassword(sqlAsync, { userId: editor, actorId: admin, context: { address: '127.0.0.1' } }),
  'lib/users/password-mutations.ts#changeOwnPassword': async () => {
    const current = await resetPassword(sqlAsync, {
      userId: editor,
      actorId: admin,
      context: { address: '127.0.0.1' },
    });
    const before = await mark();
    await changeOwnPassword(sqlAsync, {
      userId: editor,
      current,
      password: `audit changed password ${++n}`,
      keepSessionId: '',
      context: { address: '127.0.0.1' },
    });
    return before;
  },
  'lib/users/totp-mutations.ts#startTotpEnrolment': async () => {
    await resetTotp(sqlAsync, { userId: editor, actorId: admin, context: CONTEXT });
    const before = await mark();
    await startTotpEnrolment(sqlAsync, { userId: editor, sessionSecret: SESSION_SECRET, context: CONTEXT });
    return before;
  },
  'lib/users/totp-mutations.ts#confirmTotpEnrolment': async () => {
    await resetTotp(sqlAsync, { userId: editor, actorId: admin, context: CONTEXT });
    const secret = await startTotpEnrolment(sqlAsync, {
      userId: editor,
      sessionSecret: SESSION_SECRET,
      context: CONTEXT,
    });
    const before = await mark();
    const now = new Date();
    await confirmTotpEnrolment(sqlAsync, { ...totpOptions(), now, code: totpCode(secret, now) });
    return before;
  },
  'lib/users/totp-mutations.ts#regenerateRecoveryCodes': async () => {
    await resetTotp(sqlAsync, { userId: editor, actorId: admin, context: CONTEXT });
    const { secret } = await enrolTwoFactor(sqlAsync, { userId: editor, sessionSecret: SESSION_SECRET });
    const before = await mark();
    const later = new Date(Date.now() + 60_000); // a new step: the enrolment's code is spent
    await regenerateRecoveryCodes(sqlAsync, { ...totpOptions(), now: later, code: totpCode(secret, later) });
    return before;
  },
  'lib/users/totp-mutations.ts#disableTotp': async () => {
    const password = await resetPassword(sqlAsync, { userId: editor, actorId: admin, context: CONTEXT });
    await resetTotp(sqlAsync, { userId: editor, actorId: admin, context: CONTEXT });
    const { secret } = await enrolTwoFactor(sqlAsync, { userId: editor, sessionSecret: SESSION_SECRET });
    const before = await mark();
    const later = new Date(Date.now() + 60_000);
    await disableTotp(sqlAsync, { ...totpOptions(), now: later, password, code: totpCode(secret, later) });
    return before;
  },
  'lib/users/totp-mutations.ts#resetTotp': () =>
    resetTotp(sqlAsync, { userId: editor, actorId: admin, context: CONTEXT }),
  'lib/users/session-mutations.ts#endOwnSessions': () =>
    endOwnSessions(sqlAsync, {
      userId: editor,
      currentSessionId: '',
      which: 'others',
      context: { address: '127.0.0.1' },
    }),
};

beforeAll(async () => {
  const { db, sql: storeSql } = await createTestDb();
  sqlAsync = storeSql;
  await installGazetteer(db, GAZETTEER);
  sql = storeSql;
  admin = await createUser(sqlAsync, {
    input: { email: 'admin@audit.test', name: 'Admin', role: 'admin', password: 'admin password 12' },
    actorId: null,
  });
  editor = await createUser(sqlAsync, {
    input: { email: 'editor@audit.test', name: 'Editor', role: 'editor', password: 'editor password 1' },
    actorId: admin,
  });
});

describe('audit coverage', () => {
  it('knows every exported write function', () => {
    expect(exported.length).toBeGreaterThan(10);
    const unlisted = exported.filter((k) => !NOT_MUTATIONS.has(k) && !(k in CALLS));
    const stale = Object.keys(CALLS).filter((k) => !exported.includes(k));
    expect(unlisted, 'write functions with no audit check here').toEqual([]);
    expect(stale, 'listed functions that no longer exist').toEqual([]);
  });

  for (const [name, call] of Object.entries(CALLS)) {
    it(`${name.split('#')[1]} writes audit entries naming who acted`, async () => {
      const before = (await mark()).auditFrom;
      const returned = await call();
      const from =
        typeof returned === 'object' && returned !== null && 'auditFrom' in returned
          ? (returned as { auditFrom: number }).auditFrom
          : before;
      const entries = (await sql.all('SELECT "userId", "entity", "action" FROM "AuditEntry" WHERE "id" > ?', [
        from,
      ])) as {
        userId: number | null;
      }[];
      expect(entries.length).toBeGreaterThan(0);
      // Account changes are an admin's, except those a user makes to their own account.
      const actor = name.startsWith('lib/users/') && !SELF_SERVICE.has(name) ? admin : editor;
      for (const e of entries) expect(e.userId).toBe(actor);
    });
  }
});
