/**
 * Fetches one web page (an editor's "import a link", a feed item's article) or one news feed,
 * guarded against server-side request forgery: a link could otherwise make the server read its
 * own admin ports, the cloud's metadata address or the office network, and show the answer back.
 *
 * - Only http(s), no credentials in the address, a few redirects (each one checked again).
 * - Every address a host name resolves to must be public unicast (ipaddr.js's ranges): no
 *   loopback, private, link-local, carrier-grade NAT, unique-local, multicast, reserved or
 *   IPv4-mapped private addresses. The check runs inside the connection's own DNS lookup, so the
 *   address checked is the address connected to (no second lookup an attacker could answer
 *   differently). Address literals are checked the same way before connecting.
 * - A time limit for the whole fetch, a size limit on the decoded body (a compressed bomb stops
 *   at the limit); pages only as HTML, feeds only as XML. A feed sends back the validators of its
 *   last answer (ETag, Last-Modified) and may get a 304.
 * - Hosts named in IMPORT_ALLOW_HOSTS may resolve to private addresses (the tests' local server,
 *   an intranet news site); nothing else may.
 */
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { guardedLookup, isPublicAddress } from './address-guard';
import { decode, decoded } from './body-decoding';

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Host names (lower case) allowed to resolve to addresses that are not public. */
  allowHosts: readonly string[];
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = {
  timeoutMs: 10_000,
  maxBytes: 5 * 2 ** 20,
  maxRedirects: 3,
  allowHosts: [],
};

export type FetchFailure =
  | 'bad_url'
  | 'forbidden_address'
  | 'unreachable'
  | 'timeout'
  | 'too_large'
  | 'not_html'
  | 'not_feed'
  | 'http_status'
  | 'too_many_redirects'
  | 'no_article';

/** A page that could not be fetched, with a sentence for the editor. */
export class FetchPageError extends Error {
  constructor(
    readonly failure: FetchFailure,
    message: string,
  ) {
    super(message);
    this.name = 'FetchPageError';
  }
}

export interface FetchedPage {
  /** Where the page was finally read, after redirects. */
  url: string;
  html: string;
}

/** What is being fetched: an article's web page, or a news feed (RSS, Atom). */
export type FetchKind = 'page' | 'feed';

/** A feed's caching validators from its last answer, sent back to get a 304 when nothing changed. */
export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export interface FetchedResource {
  url: string;
  /** 304: unchanged since the validators sent; the body is empty. */
  status: 200 | 304;
  body: string;
  etag: string | null;
  lastModified: string | null;
  /** Seconds the answer may be reused (Cache-Control max-age), if it said. */
  maxAgeSeconds: number | null;
}

const ACCEPT: Record<FetchKind, string> = {
  page: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
  feed: 'application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1',
};

/** Content types each kind takes: HTML for pages; anything XML for feeds (servers label them loosely). */
const ACCEPTED: Record<FetchKind, RegExp> = {
  page: /^\s*(text\/html|application\/xhtml\+xml)\b/i,
  feed: /^\s*(application|text)\/([\w.+-]*\+)?(xml|rss|atom)\b/i,
};

const USER_AGENT: Record<FetchKind, string> = {
  page: 'HaitiIncidentTracker/1.0 (+link import by an editor)',
  feed: 'HaitiIncidentTracker/1.0 (+news feed poller)',
};

function notAccepted(kind: FetchKind, contentType: string): FetchPageError {
  const what = contentType.split(';')[0] || 'something';
  return kind === 'page'
    ? new FetchPageError('not_html', `This link leads to ${what}, not a web page.`)
    : new FetchPageError('not_feed', `This address answers with ${what}, not an RSS or Atom feed.`);
}

function maxAge(cacheControl: string | undefined): number | null {
  const seconds = /(?:^|,)\s*max-age\s*=\s*"?(\d+)/i.exec(cacheControl ?? '')?.[1];
  return seconds === undefined ? null : Number(seconds);
}

const timedOut = () => new FetchPageError('timeout', 'The site took too long to answer.');

const forbidden = (host: string) =>
  new FetchPageError(
    'forbidden_address',
    `${host} is a private or local address; links must lead to a public web site.`,
  );

function parseLink(link: string): URL {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    throw new FetchPageError('bad_url', 'This is not a web address (it should start with https://).');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchPageError('bad_url', 'Only http and https links can be imported.');
  if (url.username || url.password)
    throw new FetchPageError('bad_url', 'Links with a user name or password cannot be imported.');
  return url;
}

interface Answer {
  status: number;
  location?: string;
  resource?: FetchedResource;
}

/** One request, no redirect followed: the response's status, location and (for 200 or 304) its body. */
function requestOnce(
  url: URL,
  limits: FetchLimits,
  deadline: number,
  kind: FetchKind,
  validators: Validators,
): Promise<Answer> {
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const allowed = limits.allowHosts.includes(host);
  if (isIP(host) && !allowed && !isPublicAddress(host)) return Promise.reject(forbidden(host));
  return new Promise((resolve, reject) => {
    const remaining = deadline - Date.now();
    if (remaining <= 0) {
      reject(timedOut());
      return;
    }
    const client = url.protocol === 'https:' ? https : http;
    const request = client.get(url, {
      // A connection of its own: a pooled one to the same host would skip the lookup's check.
      agent: false,
      lookup: guardedLookup(allowed, forbidden) as never,
      headers: {
        'user-agent': USER_AGENT[kind],
        accept: ACCEPT[kind],
        'accept-encoding': 'gzip, deflate, br',
        ...(validators.etag ? { 'if-none-match': validators.etag } : {}),
        ...(validators.lastModified ? { 'if-modified-since': validators.lastModified } : {}),
      },
    });
    const timer = setTimeout(() => {
      request.destroy(timedOut());
    }, remaining);
    const fail = (error: unknown) => {
      clearTimeout(timer);
      if (error instanceof FetchPageError) reject(error);
      else
        reject(
          new FetchPageError(
            'unreachable',
            `The site could not be reached (${(error as NodeJS.ErrnoException).code ?? 'network error'}).`,
          ),
        );
    };
    request.on('error', fail);
    request.on('response', (response) => {
      const status = response.statusCode ?? 0;
      const resource = (code: 200 | 304, body: string): FetchedResource => ({
        url: url.toString(),
        status: code,
        body,
        etag: response.headers.etag ?? null,
        lastModified: response.headers['last-modified'] ?? null,
        maxAgeSeconds: maxAge(response.headers['cache-control']),
      });
      if (status === 304 && (validators.etag || validators.lastModified)) {
        response.resume();
        clearTimeout(timer);
        resolve({ status, resource: resource(304, '') });
        return;
      }
      if (status >= 300 && status < 400) {
        response.resume();
        clearTimeout(timer);
        resolve({ status, location: response.headers.location });
        return;
      }
      if (status !== 200) {
        response.resume();
        fail(new FetchPageError('http_status', `The site answered ${status}; nothing could be read.`));
        return;
      }
      const contentType = String(response.headers['content-type'] ?? '');
      if (!ACCEPTED[kind].test(contentType)) {
        response.destroy();
        fail(notAccepted(kind, contentType));
        return;
      }
      const tooLarge = () =>
        new FetchPageError(
          'too_large',
          `The page is larger than ${Math.round(limits.maxBytes / 2 ** 20)} MB; it was not read.`,
        );
      if (Number(response.headers['content-length'] ?? 0) > limits.maxBytes) {
        response.destroy();
        fail(tooLarge());
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      const body = decoded(response);
      body.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limits.maxBytes) {
          response.destroy();
          body.destroy();
          fail(tooLarge());
          return;
        }
        chunks.push(chunk);
      });
      body.on('error', fail);
      body.on('end', () => {
        clearTimeout(timer);
        resolve({ status, resource: resource(200, decode(Buffer.concat(chunks), contentType)) });
      });
    });
  });
}

export async function fetchPage(link: string, options: Partial<FetchLimits> = {}): Promise<FetchedPage> {
  const page = await fetchResource(link, { ...options, kind: 'page' });
  return { url: page.url, html: page.body };
}

/** A page or a feed, under the guard; a feed may send validators and get a 304 back. */
export async function fetchResource(
  link: string,
  options: Partial<FetchLimits> & { kind: FetchKind; validators?: Validators },
): Promise<FetchedResource> {
  const { kind, validators = {}, ...given } = options;
  const limits: FetchLimits = { ...DEFAULT_FETCH_LIMITS, ...given };
  let url = parseLink(link);
  const deadline = Date.now() + limits.timeoutMs;
  for (let hop = 0; ; hop++) {
    const answer = await requestOnce(url, limits, deadline, kind, validators);
    if (answer.resource) return answer.resource;
    if (!answer.location)
      throw new FetchPageError('http_status', `The site answered ${answer.status} without saying where to.`);
    if (hop >= limits.maxRedirects)
      throw new FetchPageError(
        'too_many_redirects',
        `The link redirects more than ${limits.maxRedirects} times; nothing was read.`,
      );
    url = parseLink(new URL(answer.location, url).toString());
  }
}
