import 'server-only';
/**
 * GET /api/searches/<token>/atom: a saved search's newest recorded incidents as an Atom feed.
 *
 * The token in the address is the credential — feed readers cannot sign in — so the feed answers
 * whoever holds the address, whether or not reading needs a session (PUBLIC_READ), and shows only
 * what the owner could read anyway. An unknown or replaced token, or a disabled owner, is a 404 in
 * the API's error shape that says nothing of which it was. Conditional GET: an ETag over the body
 * (and Last-Modified), so a reader polling an unchanged feed gets a 304.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../db';
import { apiError } from '../http/api-error';
import type { Sql } from '../store/sql';
import { atomFeed } from './atom';
import { describeFilters } from './describe-filters';
import { feedPath, publicOrigin, tagUri } from './feed-address';
import { incidentEntry } from './feed-entries';
import { FEED_SIZE, listIncidentsByCreation } from './feed-incidents';
import { type FeedSearch, searchByFeedToken } from './queries';
import { describeFilterErrors, filtersOfQuery } from './schema';

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

const notFound = () =>
  apiError(
    404,
    'not_found',
    'There is no feed at this address. It may have been replaced by a new address or removed: its owner finds the current one on their saved searches page.',
  );

async function feedXml(
  search: FeedSearch,
  options: { origin: string; self: string; database: Db; placeNames: ReadonlyMap<string, string> },
) {
  const { filters, errors } = filtersOfQuery(search.query);
  const problems = describeFilterErrors(errors);
  // A filter that stopped being valid (a place or actor since removed) must not widen the feed.
  const incidents = problems
    ? []
    : await listIncidentsByCreation(filters, { limit: FEED_SIZE }, options.database);
  const entries = incidents.map((i) => incidentEntry(i, options.origin));
  const updated = [search.createdAt, ...incidents.map((i) => i.updatedAt)]
    .map((t) => Date.parse(t))
    .reduce((a, b) => Math.max(a, b));
  const xml = atomFeed({
    id: tagUri(options.origin, `saved-searches/${search.id}`),
    title: `${search.name} · Haiti Incident Tracker`,
    subtitle: problems
      ? `This search's filters are no longer valid (${problems}): save it again from the timeline.`
      : `${describeFilters(filters, options.placeNames)}. The newest ${FEED_SIZE} recorded incidents, newest first.`,
    updated: new Date(updated).toISOString(),
    author: search.owner,
    self: options.self,
    alternate: `${options.origin}/incidents${search.query ? `?${search.query}` : ''}`,
    generator: 'Haiti Incident Tracker',
    entries,
  });
  return { xml, updated };
}

/** A weak comparison of If-None-Match against our (strong) ETag, as RFC 9110 asks for GET. */
function matches(ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

export async function savedSearchFeed(
  request: Request,
  options: {
    token: string;
    sql: Sql;
    database: Db;
    placeNames: () => Promise<ReadonlyMap<string, string>>;
  },
): Promise<Response> {
  const search = await searchByFeedToken(options.sql, options.token);
  if (!search) return notFound();
  const origin = publicOrigin(request.headers, request.url);
  const built = await feedXml(search, {
    origin,
    self: `${origin}${feedPath(options.token)}`,
    database: options.database,
    placeNames: await options.placeNames(),
  });
  const xml = built.xml;
  const etag = `"${createHash('sha256').update(xml).digest('base64url').slice(0, 32)}"`;
  const lastModified = new Date(built.updated).toUTCString();
  const headers = {
    etag,
    'last-modified': lastModified,
    // The address is a credential: no search engine should keep it.
    'x-robots-tag': 'noindex, nofollow',
  };
  const ifNoneMatch = request.headers.get('if-none-match');
  const ifModifiedSince = Date.parse(request.headers.get('if-modified-since') ?? '');
  const notModified =
    ifNoneMatch !== null
      ? matches(ifNoneMatch, etag)
      : Number.isFinite(ifModifiedSince) && Math.floor(built.updated / 1000) * 1000 <= ifModifiedSince;
  if (notModified) return new Response(null, { status: 304, headers });
  return new Response(xml, { status: 200, headers: { ...headers, 'content-type': ATOM_CONTENT_TYPE } });
}
